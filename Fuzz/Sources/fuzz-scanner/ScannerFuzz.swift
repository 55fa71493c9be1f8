import FuzzSupport
import PHIDetect

/// The streaming scanner with the default packs from `Patterns/`. Input: a chunking byte, then
/// text (as bytes: invalid UTF-8 reaches the normalizer as mail could deliver it). Invariant: the
/// findings do not depend on how the text is split.
@_cdecl("LLVMFuzzerTestOneInput")
public func scannerFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let plan = ChunkPlan(input.byte())
    let text = input.rest()
    FuzzCheck.same(scan(text, .whole), scan(text, plan), "findings at chunk plan \(plan.seed)")
    return 0
}

private func scan(_ text: [UInt8], _ plan: ChunkPlan) -> [Finding] {
    let engine = FuzzEngine.shared
    let scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter, part: "1")
    for chunk in plan.chunks(text) { scanner.feed(chunk) }
    return scanner.finish()
}
