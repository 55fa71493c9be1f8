/// The spans already turned into candidates, keyed by rule and offsets: an open-addressing set
/// of packed integers with a multiplicative hash. Cheaper than `Set` with SipHash on the
/// per-candidate path, and it forgets spans that end before a horizon when the scanner trims.
struct SpanSet {
    /// Packed keys plus one (zero marks an empty slot).
    private var slots = [UInt64](repeating: 0, count: 256)
    private var count = 0

    /// Packs rule (16 bits), length (20 bits) and start (up to 2^44 bytes) into one word; nil
    /// when a part does not fit (the caller then treats the span as new, which is only slower).
    @inline(__always)
    static func key(rule: Int, start: Int, end: Int) -> UInt64? {
        let length = end - start
        guard rule < 1 << 16, length >= 0, length < 1 << 20, start >= 0, start < 1 << 44 else { return nil }
        return UInt64(start) << 36 | UInt64(length) << 16 | UInt64(rule)
    }

    /// Inserts the span; false when it was already present.
    mutating func insert(rule: Int, start: Int, end: Int) -> Bool {
        guard let key = SpanSet.key(rule: rule, start: start, end: end) else { return true }
        if (count + 1) * 2 > slots.count { rehash(capacity: slots.count * 2, keeping: { _ in true }) }
        let stored = key &+ 1
        let mask = slots.count - 1
        var s = SpanSet.slot(stored, mask)
        while slots[s] != 0 {
            if slots[s] == stored { return false }
            s = (s + 1) & mask
        }
        slots[s] = stored
        count += 1
        return true
    }

    /// Forgets every span that ends before `horizon`.
    mutating func removeEnding(before horizon: Int) {
        rehash(capacity: slots.count) { key in
            let start = Int(key >> 36), length = Int((key >> 16) & 0xFFFFF)
            return start + length >= horizon
        }
        while slots.count > 256 && count * 8 < slots.count { rehash(capacity: slots.count / 2, keeping: { _ in true }) }
    }

    @inline(__always)
    private static func slot(_ stored: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (stored &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func rehash(capacity: Int, keeping keep: (UInt64) -> Bool) {
        let old = slots
        slots = [UInt64](repeating: 0, count: capacity)
        count = 0
        let mask = capacity - 1
        for stored in old where stored != 0 && keep(stored &- 1) {
            var s = SpanSet.slot(stored, mask)
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = stored
            count += 1
        }
    }
}
