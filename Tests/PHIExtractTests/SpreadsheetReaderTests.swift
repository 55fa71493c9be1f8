import Testing
@testable import PHIExtract

@Suite("SpreadsheetReader")
struct SpreadsheetReaderTests {
    static func workbook() -> [UInt8] {
        let workbook = """
            <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="Patients &amp; Labs" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/>\
            </sheets></workbook>
            """
        let rels = """
            <Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>
            """
        let shared = """
            <sst count="4"><si><t>Name</t></si><si><t>SSN</t></si><si><r><t>Jane </t></r><r><rPr/><t>Roe</t></r>\
            <rPh><t>ロー</t></rPh></si><si><t xml:space="preserve">DOB</t></si></sst>
            """
        let styles = """
            <styleSheet><numFmts><numFmt numFmtId="164" formatCode="mm/dd/yyyy"/></numFmts>\
            <cellStyleXfs><xf numFmtId="0"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>
            """
        let sheet1 = """
            <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
            <c r="D1" t="s"><v>3</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>536-90-4399</t></is></c>\
            <c r="C2"><v>42</v></c><c r="D2" s="1"><v>21917</v></c></row>\
            <row r="3"><c r="A3" t="str"><f>CONCAT("J","D")</f><v>JD</v></c><c r="B3"><v>536904399</v></c>\
            <c r="D3" s="2"><v>25569</v></c></row></sheetData></worksheet>
            """
        let sheet2 = "<worksheet><sheetData><row><c t=\"b\"><v>1</v></c><c><v>3.25</v></c></row></sheetData></worksheet>"
        return ArchiveBuilder.make(.zip, [
            ("[Content_Types].xml", "<Types/>".bytes), ("xl/workbook.xml", workbook.bytes),
            ("xl/_rels/workbook.xml.rels", rels.bytes), ("xl/sharedStrings.xml", shared.bytes),
            ("xl/styles.xml", styles.bytes), ("xl/worksheets/sheet1.xml", sheet1.bytes),
            ("xl/worksheets/sheet2.xml", sheet2.bytes),
        ])
    }

    @Test("gives one segment per sheet, named from the workbook, with header context")
    func sheets() {
        let result = Extractor.extract(Self.workbook(), contentType: "application/octet-stream", filename: "labs.xlsx")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.map(\.path) == ["labs.xlsx/Patients & Labs", "labs.xlsx/Notes"])
        #expect(result.segments.first?.text == """
            Name: Jane Roe
            SSN: 536-90-4399
            42
            DOB: 01/02/1960

            Name: JD
            SSN: 536904399
            DOB: 01/01/1970

            """)
        #expect(result.segments.last?.text == "TRUE\t3.25\n")
    }

    @Test("turns Excel date serials into US dates")
    func dates() {
        #expect(SpreadsheetReader.usDate(serial: 1) == "01/01/1900")
        #expect(SpreadsheetReader.usDate(serial: 61) == "03/01/1900")
        #expect(SpreadsheetReader.usDate(serial: 45_000) == "03/15/2023")
        #expect(SpreadsheetReader.isDateFormat("[$-409]d-mmm-yy;@"))
        #expect(!SpreadsheetReader.isDateFormat("0.00\"days\""))
    }

    @Test("reads column letters")
    func columns() {
        #expect(SpreadsheetReader.columnIndex("A1") == 0)
        #expect(SpreadsheetReader.columnIndex("AB12") == 27)
        #expect(SpreadsheetReader.columnIndex("12") == nil)
    }
}
