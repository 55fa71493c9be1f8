/// How a target splits its input into chunks for a streaming parser, chosen by one input byte.
///
/// Seed 0 feeds the whole input at once; any other seed picks a largest chunk size (1, 2, 3, 7,
/// 16, 64, 255, 1024 or 4096 bytes) and a pseudo-random sequence of sizes up to it, so the
/// fuzzer explores splits inside tokens, line ends, escapes and multi-byte characters.
public struct ChunkPlan: Sendable {
    /// The byte that chose the plan.
    public let seed: UInt8

    private static let largest = [1, 2, 3, 7, 16, 64, 255, 1024, 4096]

    /// The plan for `seed`.
    public init(_ seed: UInt8) {
        self.seed = seed
    }

    /// The plan that feeds everything in one chunk.
    public static let whole = ChunkPlan(0)

    /// `bytes` split by this plan (no chunk is empty; an empty input gives no chunks).
    public func chunks(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        guard !bytes.isEmpty else { return [] }
        guard seed != 0 else { return [bytes[...]] }
        let largest = Self.largest[Int(seed) % Self.largest.count]
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
        var out: [ArraySlice<UInt8>] = []
        var i = 0
        while i < bytes.count {
            // SplitMix64: cheap, and the same sizes on every platform.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            let size = 1 + Int(z % UInt64(largest))
            let end = min(bytes.count, i + size)
            out.append(bytes[i..<end])
            i = end
        }
        return out
    }
}
