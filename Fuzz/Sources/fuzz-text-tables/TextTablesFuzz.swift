import FuzzSupport
@testable import PHIExtract

/// Tables pasted into running text (`TextTableFinder`). Input: a chunking byte, a line-length
/// byte (0: the default 64 KiB; else that many bytes, so long lines are reached), then the text.
/// Invariant: the events do not depend on how the text is split.
@_cdecl("LLVMFuzzerTestOneInput")
public func textTablesFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let plan = ChunkPlan(input.byte())
    let lineBytes = Int(input.byte())
    let text = input.rest()
    let whole = find(text, .whole, lineBytes)
    let chunked = find(text, plan, lineBytes)
    FuzzCheck.same(whole, chunked, "text tables at chunk plan \(plan.seed)")
    return 0
}

private func find(_ text: [UInt8], _ plan: ChunkPlan, _ lineBytes: Int) -> [TextTableFinder.Event] {
    var finder = lineBytes == 0 ? TextTableFinder() : TextTableFinder(maxLineBytes: lineBytes)
    var events: [TextTableFinder.Event] = []
    for chunk in plan.chunks(text) { events += finder.feed(Array(chunk)) }
    events += finder.finish()
    // Rows may arrive in more events when the text is split; their text joined is what counts.
    var joined: [TextTableFinder.Event] = []
    for event in events {
        if case .rows(let more) = event, case .rows(let have)? = joined.last {
            joined[joined.count - 1] = .rows(have + more)
        } else {
            joined.append(event)
        }
    }
    return joined
}
