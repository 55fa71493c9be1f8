import FuzzSupport
@testable import PHIExtract

/// XML to text under each rule set (generic/CDA, Word, PowerPoint, OpenDocument), attribute
/// parsing, and the spreadsheet readers (xlsx parts, ODF `content.xml`) on the same bytes.
/// Input: a rules byte (bits 0-1 the rule set; bit 7 adds a run with an output cap of bits 2-6
/// bytes), a chunking byte, then the document. Invariant: the text of an uncapped run does not
/// depend on how the document is split.
@_cdecl("LLVMFuzzerTestOneInput")
public func xmlFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let choice = input.byte()
    let plan = ChunkPlan(input.byte())
    let xml = input.rest()
    let rules = [XMLTextRules.generic, .docx, .pptx, .odf][Int(choice & 3)]
    let whole = read(xml, rules, .whole, maxBytes: .max)
    let chunked = read(xml, rules, plan, maxBytes: .max)
    FuzzCheck.same(whole.output, chunked.output, "XML text (rules \(choice & 3)) at chunk plan \(plan.seed)")
    if choice & 0x80 != 0 {
        let capped = read(xml, rules, plan, maxBytes: Int(choice >> 2 & 0x1F))
        if capped.output.count > Int(choice >> 2 & 0x1F) { FuzzCheck.fail("XML text past its cap") }
    }
    _ = MarkupTokenizer.attributes(in: xml)
    let shared = SpreadsheetReader.sharedStrings(xml)
    let dates = SpreadsheetReader.dateStyleIndexes(xml)
    _ = SpreadsheetReader.rows(xml, shared: shared, dateStyles: dates)
    _ = SpreadsheetReader.sheetEntries(xml)
    _ = SpreadsheetReader.relationships(xml)
    _ = OpenDocumentSheetReader.sheets(xml)
    return 0
}

private func read(_ xml: [UInt8], _ rules: XMLTextRules, _ plan: ChunkPlan, maxBytes: Int) -> XMLTextReader {
    var reader = XMLTextReader(rules: rules, maxBytes: maxBytes)
    for chunk in plan.chunks(xml) { reader.feed(chunk) }
    reader.finish()
    return reader
}
