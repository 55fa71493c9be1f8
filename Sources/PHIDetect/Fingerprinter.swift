internal import CScan

/// HMAC-SHA256 fingerprints of normalized values: comparable across messages, useless without the key.
public struct Fingerprinter: Sendable {
    /// SHA-256 states after the inner and outer key blocks (the standard HMAC precomputation).
    private let innerState: SHA256.State
    private let outerState: SHA256.State
    private static let prefix = Array("hmac-sha256:".utf8)
    /// The inner then the outer state as sixteen words, for the C HMAC.
    private let states: [UInt32]

    /// A fingerprinter keyed with `key` (any length; hashed when longer than 64 bytes).
    public init(key: [UInt8]) {
        var k = key.count > 64 ? SHA256.hash(key) : key
        k += [UInt8](repeating: 0, count: 64 - k.count)
        var inner = SHA256.State()
        inner.compress(k.map { $0 ^ 0x36 }, at: 0)
        var outer = SHA256.State()
        outer.compress(k.map { $0 ^ 0x5c }, at: 0)
        self.innerState = inner
        self.outerState = outer
        self.states = [inner.h.0, inner.h.1, inner.h.2, inner.h.3, inner.h.4, inner.h.5, inner.h.6, inner.h.7,
                       outer.h.0, outer.h.1, outer.h.2, outer.h.3, outer.h.4, outer.h.5, outer.h.6, outer.h.7]
    }

    /// HMAC-SHA256(key, message).
    public func mac(_ message: some Collection<UInt8>) -> [UInt8] {
        let inner = SHA256.finish(innerState, Array(message), prefixLength: 64)
        return SHA256.finish(outerState, inner, prefixLength: 64)
    }

    /// `hmac-sha256:` plus the first 32 hex digits of the MAC of `value`.
    public func fingerprint(_ value: String) -> String {
        var value = value
        return value.withUTF8 { msg in
            String(unsafeUninitializedCapacity: 44) { out in
                Fingerprinter.prefix.withUnsafeBufferPointer { p in
                    for i in 0..<12 { out[i] = p[i] }
                }
                states.withUnsafeBufferPointer { st in
                    out.withMemoryRebound(to: CChar.self) { hex in
                        guard let sb = st.baseAddress, let hb = hex.baseAddress else { return }
                        phi_hmac_hex(sb, sb + 8, msg.baseAddress, msg.count, hb + 12, 32)  // NULL when empty
                    }
                }
                return 44
            }
        }
    }

    /// The first 64 bits of HMAC-SHA256(key, message), big-endian: a keyed hash for lookup tables
    /// (exact data match) without allocating.
    public func mac64(_ message: UnsafeBufferPointer<UInt8>) -> UInt64 {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 16) { hex -> UInt64 in
            guard let hb = hex.baseAddress else { return 0 }
            states.withUnsafeBufferPointer { st in
                guard let sb = st.baseAddress else { return }
                phi_hmac_hex(sb, sb + 8, message.baseAddress, message.count, hb, 16)
            }
            var v: UInt64 = 0
            for c in hex {
                let b = UInt8(bitPattern: c)
                v = v << 4 | UInt64(b <= 57 ? b &- 48 : b &- 87)
            }
            return v
        }
    }

    /// A random key of 32 bytes from the system's CSPRNG (the per-process default).
    public static func randomKey() -> [UInt8] {
        var rng = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }
}

/// SHA-256 (FIPS 180-4), enough for HMAC fingerprints without a crypto dependency.
enum SHA256 {
    /// The eight working words; `compress` folds in one 64-byte block.
    struct State: Sendable {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)

        mutating func compress(_ data: [UInt8], at offset: Int) {
            var words: [UInt32] = [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7]
            data.withUnsafeBufferPointer { d in
                guard let base = d.baseAddress else { return }
                words.withUnsafeMutableBufferPointer { w in
                    guard let wb = w.baseAddress else { return }
                    phi_sha256_block(wb, base + offset)
                }
            }
            h = (words[0], words[1], words[2], words[3], words[4], words[5], words[6], words[7])
        }

        var digest: [UInt8] {
            [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7].flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - $0 * 8)) } }
        }
    }

    /// Continues `state` (which has absorbed `prefixLength` bytes) with `message` and pads.
    static func finish(_ state: State, _ message: [UInt8], prefixLength: Int) -> [UInt8] {
        var s = state
        var data = message
        let bitLength = UInt64(prefixLength + message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for i in (0..<8).reversed() { data.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        for offset in stride(from: 0, to: data.count, by: 64) { s.compress(data, at: offset) }
        return s.digest
    }

    static func hash(_ message: [UInt8]) -> [UInt8] {
        finish(State(), message, prefixLength: 0)
    }

}
