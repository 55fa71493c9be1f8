import FuzzSupport
@testable import PHIMIME

/// The quoted-printable transfer decoder. Input: a chunking byte, then the encoded text.
/// Invariant: the bytes and the bad-input flag do not depend on the chunking.
@_cdecl("LLVMFuzzerTestOneInput")
public func quotedPrintableFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let plan = ChunkPlan(input.byte())
    let text = input.rest()
    let whole = TransferDecoding.run(QuotedPrintableDecoder(), text, .whole)
    let chunked = TransferDecoding.run(QuotedPrintableDecoder(), text, plan)
    FuzzCheck.same(whole.bytes, chunked.bytes, "quoted-printable output at chunk plan \(plan.seed)")
    FuzzCheck.same(whole.bad, chunked.bad, "quoted-printable bad-input flag at chunk plan \(plan.seed)")
    return 0
}
extension QuotedPrintableDecoder: FuzzedTransferDecoder {}
