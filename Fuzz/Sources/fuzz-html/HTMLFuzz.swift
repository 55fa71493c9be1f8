import FuzzSupport
@testable import PHIExtract

/// HTML to text (tokenizer, entities, script/style, blocks and cells). Input: a chunking byte,
/// then the document. Invariant: the text does not depend on how the document is split.
@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let plan = ChunkPlan(input.byte())
    let html = input.rest()
    FuzzCheck.same(text(html, .whole), text(html, plan), "HTML text at chunk plan \(plan.seed)")
    return 0
}

private func text(_ html: [UInt8], _ plan: ChunkPlan) -> [UInt8] {
    var stream = HTMLTextStream()
    var out: [UInt8] = []
    for chunk in plan.chunks(html) { out += stream.feed(chunk) }
    out += stream.finish()
    return out
}
