import FuzzSupport
import PHIInspect
import PHITestSupport

/// The whole inspection of a raw message: MIME walk, text and HTML scans, tables in bodies,
/// attachments through the Extractor, the scanner. Input: a chunking byte, then the message.
/// Invariant: the report (timing aside) does not depend on how the message is split, unless the
/// time budget ran out.
@_cdecl("LLVMFuzzerTestOneInput")
public func inspectorFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let plan = ChunkPlan(input.byte())
    let message = input.rest()
    let whole = inspect(message, .whole)
    let chunked = inspect(message, plan)
    if !whole.unscannable.contains(where: { $0.hasPrefix("time.budget") })
        && !chunked.unscannable.contains(where: { $0.hasPrefix("time.budget") }) {
        FuzzCheck.same(whole, chunked, "the report at chunk plan \(plan.seed)")
    }
    return 0
}

private func inspect(_ message: [UInt8], _ plan: ChunkPlan) -> ScanReportSummary {
    let inspector = Inspector(engine: FuzzEngine.shared)
    for chunk in plan.chunks(message) { inspector.raw(chunk) }
    return ScanReportSummary(inspector.finish())
}
