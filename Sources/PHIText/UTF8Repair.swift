/// A streaming UTF-8 validator that passes valid UTF-8 through and replaces invalid bytes.
///
/// Feed bytes in chunks split anywhere: a sequence cut by a chunk edge is kept (at most three
/// bytes) until the next chunk. Each maximal invalid subpart becomes U+FFFD, as ICU and WHATWG
/// do. Not thread-safe: one per stream.
public struct UTF8Repair: Sendable {
    private var pending: [UInt8] = []

    /// Creates a repairer with no pending bytes.
    public init() {}

    /// Number of bytes of an incomplete sequence held for the next chunk.
    public var pendingCount: Int { pending.count }

    /// Validates the next chunk; with `flush`, an incomplete trailing sequence becomes U+FFFD.
    public mutating func repair(_ bytes: some Collection<UInt8>, flush: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        if let done = bytes.withContiguousStorageIfAvailable({ buf -> Bool in
            repair(buf, flush: flush, into: &out)
            return true
        }), done {
            return out
        }
        let copy = Array(bytes)
        copy.withUnsafeBufferPointer { repair($0, flush: flush, into: &out) }
        return out
    }

    /// Validates the next chunk, appending the repaired UTF-8 to `out`.
    public mutating func repair(_ input: UnsafeBufferPointer<UInt8>, flush: Bool, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + input.count + pending.count)
        if pending.isEmpty {
            Self.scan(input, flush: flush, into: &out, pending: &pending)
            return
        }
        // A sequence was cut by the last chunk edge: rescan it joined to this chunk.
        var joined = pending
        pending.removeAll()
        joined.append(contentsOf: input)
        joined.withUnsafeBufferPointer { Self.scan($0, flush: flush, into: &out, pending: &pending) }
    }

    /// True when `bytes` are valid UTF-8; with `allowTruncatedEnd`, a sequence cut at the end is fine.
    public static func isValid(_ bytes: some Collection<UInt8>, allowTruncatedEnd: Bool = false) -> Bool {
        let copy = Array(bytes)
        var i = 0
        while i < copy.count {
            let b = copy[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let n = validPrefix(copy, i)
            if n.valid {
                i += n.length
            } else if allowTruncatedEnd && n.truncated {
                return true
            } else {
                return false
            }
        }
        return true
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Expected length of a sequence starting with `lead` (1 for an invalid lead).
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 1
        }
    }

    /// Checks the sequence at `i`: valid with its length, or the length of its maximal invalid subpart.
    static func validPrefix(_ b: some RandomAccessCollection<UInt8>, _ i: Int) -> (valid: Bool, length: Int, truncated: Bool) {
        let base = b.startIndex
        let lead = b[b.index(base, offsetBy: i)]
        let need = sequenceLength(lead)
        if need == 1 { return (false, 1, false) }
        let count = b.count
        for k in 1..<need {
            if i + k >= count { return (false, k, true) }
            let c = b[b.index(base, offsetBy: i + k)]
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            if k == 1 {
                switch lead {
                case 0xE0: lo = 0xA0
                case 0xED: hi = 0x9F
                case 0xF0: lo = 0x90
                case 0xF4: hi = 0x8F
                default: break
                }
            }
            if c < lo || c > hi { return (false, k, false) }
        }
        return (true, need, false)
    }

    /// Scans `buf`, appending valid bytes and U+FFFD; holds a truncated tail unless `flush`.
    private static func scan(_ buf: UnsafeBufferPointer<UInt8>, flush: Bool, into out: inout [UInt8],
                             pending: inout [UInt8]) {
        var i = 0
        var runStart = 0
        let n = buf.count
        while i < n {
            if buf[i] < 0x80 {
                i += 1
                continue
            }
            let r = validPrefix(buf, i)
            if r.valid {
                i += r.length
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i]))
            if r.truncated && !flush {
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: buf[i..<n]))
                return
            }
            out.append(contentsOf: replacement)
            i += r.length
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n]))
    }
}
