import FuzzSupport
@testable import PHIExtract

/// HL7 v2, X12 and FHIR (JSON and XML) pasted into running text (`InterchangeFinder`), and the
/// readers on the whole bytes (`HL7Reader`, `X12Reader`, `FHIRReader`, `FHIRXMLTree`). Input: a
/// chunking byte, a line-length byte (0: the default 64 KiB; else that many bytes), then the
/// text. Invariant: the events do not depend on how the text is split.
@_cdecl("LLVMFuzzerTestOneInput")
public func interchangeFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let plan = ChunkPlan(input.byte())
    let lineBytes = Int(input.byte())
    let text = input.rest()
    let whole = find(text, .whole, lineBytes)
    let chunked = find(text, plan, lineBytes)
    FuzzCheck.same(whole, chunked, "interchange events at chunk plan \(plan.seed)")
    let string = String(decoding: text, as: UTF8.self)
    _ = HL7Reader.render(string)
    _ = X12Reader.render(string)
    _ = FHIRReader.render(text)
    _ = FHIRReader.render(json: text)
    _ = FHIRXMLTree.tree(of: text)
    return 0
}

private func find(_ text: [UInt8], _ plan: ChunkPlan, _ lineBytes: Int) -> [InterchangeFinder.Event] {
    var finder = lineBytes == 0 ? InterchangeFinder() : InterchangeFinder(maxLineBytes: lineBytes)
    var events: [InterchangeFinder.Event] = []
    for chunk in plan.chunks(text) { events += finder.feed(Array(chunk)) }
    return events + finder.finish()
}
