import FuzzSupport
@testable import PHIMIME

/// The MIME walker. Input: a limits byte (`FuzzLimits.mime`), a chunking byte, the message.
/// Invariant: the events (text and data joined) are the same however the message is split, and
/// whichever feed (collection or raw pointer) the chunks come through.
@_cdecl("LLVMFuzzerTestOneInput")
public func mimeFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let limits = FuzzLimits.mime(input.byte())
    let plan = ChunkPlan(input.byte())
    let message = input.rest()
    let whole = walk(message, .whole, limits)
    let chunked = walk(message, plan, limits)
    FuzzCheck.same(whole, chunked, "MIME events at chunk plan \(plan.seed)")
    return 0
}

private func walk(_ message: [UInt8], _ plan: ChunkPlan, _ limits: MIMELimits) -> [MIMEEvent] {
    let parser = MIMEParser(limits: limits)
    var events: [MIMEEvent] = []
    for chunk in plan.chunks(message) {
        let fed = plan.seed & 1 == 0 ? parser.feed(chunk) : chunk.withUnsafeBytes { parser.feed($0) }
        for e in fed { MIMEParser.append(e, to: &events) }
    }
    for e in parser.finish() { MIMEParser.append(e, to: &events) }
    return events
}
