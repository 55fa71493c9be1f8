import FuzzSupport
@testable import PHIMIME

/// The base64 transfer decoder. Input: a chunking byte, then the encoded text.
/// Invariant: the bytes and the bad-input flag do not depend on the chunking.
@_cdecl("LLVMFuzzerTestOneInput")
public func base64Fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let plan = ChunkPlan(input.byte())
    let text = input.rest()
    let whole = TransferDecoding.run(Base64Decoder(), text, .whole)
    let chunked = TransferDecoding.run(Base64Decoder(), text, plan)
    FuzzCheck.same(whole.bytes, chunked.bytes, "base64 output at chunk plan \(plan.seed)")
    FuzzCheck.same(whole.bad, chunked.bad, "base64 bad-input flag at chunk plan \(plan.seed)")
    return 0
}
extension Base64Decoder: FuzzedTransferDecoder {}
