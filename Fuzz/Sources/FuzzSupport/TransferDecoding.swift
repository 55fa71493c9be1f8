/// What the base64 and quoted-printable targets need of a streaming decoder; each target
/// declares the conformance of the (internal) decoder it fuzzes.
public protocol FuzzedTransferDecoder {
    var sawBadInput: Bool { get }
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8])
    mutating func finish(into out: inout [UInt8])
}

/// Runs a transfer decoder over an input split by a chunk plan.
public enum TransferDecoding {
    /// The decoded bytes and whether the decoder saw bad input.
    public static func run(_ decoder: some FuzzedTransferDecoder, _ text: [UInt8],
                           _ plan: ChunkPlan) -> (bytes: [UInt8], bad: Bool) {
        var d = decoder
        var out: [UInt8] = []
        for chunk in plan.chunks(text) { chunk.withUnsafeBufferPointer { d.decode($0, into: &out) } }
        d.finish(into: &out)
        return (out, d.sawBadInput)
    }
}
