/// A streaming, tolerant quoted-printable decoder.
///
/// `=XY` (either case) becomes a byte; `=` before a line end (optionally after spaces) is a soft
/// break, also when split across chunks; an invalid `=` sequence is kept literally.
struct QuotedPrintableDecoder {
    /// Bytes from an `=` whose meaning depends on what follows (at most `maxPending`).
    private var pending: [UInt8] = []
    /// True once an invalid `=` sequence was kept literally.
    private(set) var sawBadInput = false
    private static let maxPending = 80

    /// Decodes the next chunk, appending to `out`.
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + input.count)
        var i = 0
        let n = input.count
        while i < n {
            if pending.isEmpty {
                // Copy the run up to the next "=" in one go.
                var j = i
                while j < n && input[j] != 0x3D { j += 1 }
                if j > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<j])) }
                if j < n { pending.append(0x3D) }
                i = j + 1
                continue
            }
            if step(input[i], into: &out) { i += 1 }
        }
    }

    /// Ends the stream: a lone trailing `=` is a soft break, anything else is kept literally.
    mutating func finish(into out: inout [UInt8]) {
        if pending.count > 1 {
            if !pending.dropFirst().allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                sawBadInput = true
                out.append(contentsOf: pending)
            }
        }
        pending.removeAll()
    }

    /// Handles one byte after a pending "="; returns false when the byte must be seen again.
    private mutating func step(_ b: UInt8, into out: inout [UInt8]) -> Bool {
        let second = pending.count > 1 ? pending[1] : nil
        switch second {
        case nil:
            if Self.hexValue(b) != nil || b == 0x0D || b == 0x20 || b == 0x09 {
                pending.append(b)
                return true
            }
            if b == 0x0A {
                pending.removeAll()
                return true
            }
            return literal(into: &out)
        case let s? where Self.hexValue(s) != nil && pending.count == 2:
            if let hi = Self.hexValue(s), let lo = Self.hexValue(b) {
                out.append(hi << 4 | lo)
                pending.removeAll()
                return true
            }
            return literal(into: &out)
        default:
            // "=" followed by spaces and/or CR: a soft break if a line end follows.
            if b == 0x0A {
                pending.removeAll()
                return true
            }
            if pending.last == 0x0D {
                pending.removeAll()  // "=\r" without "\n": take it as a soft break
                return false
            }
            if (b == 0x20 || b == 0x09 || b == 0x0D) && pending.count < Self.maxPending {
                pending.append(b)
                return true
            }
            return literal(into: &out)
        }
    }

    /// Emits the pending "=" sequence as it was and asks for the current byte to be seen again.
    private mutating func literal(into out: inout [UInt8]) -> Bool {
        sawBadInput = true
        out.append(contentsOf: pending)
        pending.removeAll()
        return false
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}
