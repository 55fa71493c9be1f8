import Testing
@testable import PHIExtract

@Suite("OpenDocumentSheetReader")
struct OpenDocumentSheetReaderTests {
    static let content = """
        <office:document-content><office:body><office:spreadsheet>\
        <table:table table:name="Patients"><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>\
        <table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>SSN</text:p></table:table-cell></table:table-row>\
        <table:table-row><table:table-cell office:value-type="string"><text:p>Jane</text:p><text:p>Roe</text:p></table:table-cell>\
        <table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>536-90-4399</text:p></table:table-cell>\
        <table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table>\
        <table:table table:name="Empty"/></office:spreadsheet></office:body></office:document-content>
        """

    @Test("gives one segment per table with header context, skipping repeated empty cells")
    func sheets() {
        let ods = ArchiveBuilder.make(.zip, [
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".bytes), ("content.xml", Self.content.bytes),
        ], options: "zip:compression=store")
        let result = Extractor.extract(ods, contentType: "", filename: "list.ods")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments == [TextSegment(path: "list.ods/Patients", text: "Name: Jane Roe\nSSN: 536-90-4399\n")])
    }
}
