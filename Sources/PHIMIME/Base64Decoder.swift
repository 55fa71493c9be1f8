/// A streaming, tolerant base64 decoder.
///
/// Whitespace and line ends are skipped; stray characters are skipped and remembered; padding
/// ends a quantum wherever it comes (so concatenated base64 decodes); a truncated final quantum
/// is decoded as far as it goes.
struct Base64Decoder {
    private var bits: UInt32 = 0
    private var count = 0
    /// True once a stray character, misplaced padding or a truncated end was seen.
    private(set) var sawBadInput = false

    /// Decodes the next chunk, appending to `out`.
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + input.count / 4 * 3 + 3)
        Self.table.withUnsafeBufferPointer { table in
            for byte in input {
                let v = table[Int(byte)]
                if v < 64 {
                    bits = bits << 6 | UInt32(v)
                    count += 1
                    if count == 4 {
                        out.append(UInt8(truncatingIfNeeded: bits >> 16))
                        out.append(UInt8(truncatingIfNeeded: bits >> 8))
                        out.append(UInt8(truncatingIfNeeded: bits))
                        bits = 0
                        count = 0
                    }
                } else if v == Self.pad {
                    endQuantum(into: &out, padded: true)
                } else if v == Self.invalid {
                    sawBadInput = true
                }
            }
        }
    }

    /// Decodes whatever is left of the last quantum.
    mutating func finish(into out: inout [UInt8]) {
        if count != 0 {
            sawBadInput = true
            endQuantum(into: &out, padded: false)
        }
    }

    private mutating func endQuantum(into out: inout [UInt8], padded: Bool) {
        switch count {
        case 2:
            out.append(UInt8(truncatingIfNeeded: bits >> 4))
        case 3:
            out.append(UInt8(truncatingIfNeeded: bits >> 10))
            out.append(UInt8(truncatingIfNeeded: bits >> 2))
        case 1:
            sawBadInput = true
        default:
            break
        }
        bits = 0
        count = 0
    }

    private static let pad: UInt8 = 0xFD
    private static let skip: UInt8 = 0xFE
    private static let invalid: UInt8 = 0xFF

    private static let table: [UInt8] = {
        var t = [UInt8](repeating: invalid, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
        t[Int(UInt8(ascii: "="))] = pad
        for c in [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), 0x0B, 0x0C] {
            t[Int(c)] = skip
        }
        return t
    }()
}
