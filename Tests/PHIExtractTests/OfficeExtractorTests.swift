import Testing
@testable import PHIExtract

@Suite("OfficeExtractor")
struct OfficeExtractorTests {
    static let contentTypes = ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>".bytes)

    static var docx: [UInt8] {
        ArchiveBuilder.make(.zip, [
            contentTypes,
            ("word/document.xml", XMLTextReaderTests.docx.bytes),
            ("word/header1.xml", "<w:hdr><w:p><w:r><w:t>Memorial Clinic</w:t></w:r></w:p></w:hdr>".bytes),
            ("word/footer1.xml", "<w:ftr><w:p><w:r><w:t>Confidential</w:t></w:r></w:p></w:ftr>".bytes),
            ("word/media/image1.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]),
        ])
    }

    @Test("reads a Word document with its headers and footers")
    func word() throws {
        let result = Extractor.extract(Self.docx, contentType: "application/octet-stream", filename: "note.docx")
        #expect(result.unscannable.isEmpty)
        let segment = try #require(result.segments.first)
        #expect(segment.path == "note.docx")
        #expect(segment.text.hasPrefix("Patient: Jane Roe\nSSN 536-90-4399\tA&B\nMRN\t12345678\n"))
        #expect(segment.text.contains("Memorial Clinic"))
        #expect(segment.text.contains("Confidential"))
    }

    @Test("knows a Word document by its entries when the name says nothing")
    func sniffedWord() {
        let result = Extractor.extract(Self.docx, contentType: "application/octet-stream", filename: "attachment.bin")
        #expect(result.segments.first?.text.contains("536-90-4399") == true)
    }

    @Test("reads PowerPoint slides in order, then notes")
    func powerPoint() throws {
        func slide(_ text: String) -> [UInt8] {
            "<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>\(text)</a:t></a:r><a:br/><a:r><a:t>end</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>".bytes
        }
        let pptx = ArchiveBuilder.make(.zip, [
            Self.contentTypes, ("ppt/presentation.xml", "<p:presentation/>".bytes),
            ("ppt/slides/slide10.xml", slide("ten")), ("ppt/slides/slide2.xml", slide("two")),
            ("ppt/notesSlides/notesSlide1.xml", slide("note")),
        ])
        let result = Extractor.extract(pptx, contentType: "", filename: "deck.pptx")
        let text = try #require(result.segments.first?.text)
        #expect(text == "two\nend\nten\nend\nnote\nend\n")
    }

    @Test("reads an OpenDocument text by its mimetype")
    func openDocument() throws {
        let odt = ArchiveBuilder.make(.zip, [
            ("mimetype", "application/vnd.oasis.opendocument.text".bytes),
            ("content.xml", "<office:document-content><office:body><office:text><text:p>MRN: <text:span>A-7788</text:span></text:p></office:text></office:body></office:document-content>".bytes),
        ], options: "zip:compression=store")
        #expect(Extractor.kind(contentType: "", filename: nil, prefix: Array(odt.prefix(1024))) == .odf)
        let result = Extractor.extract(odt, contentType: "", filename: "letter.odt")
        #expect(result.segments == [TextSegment(path: "letter.odt", text: "MRN: A-7788\n")])
    }

    static let tableRows = [["Pt", "D.O.B.", "Med Rec #"], ["Lopez, Maria", "03/14/1962", "00482913"],
                            ["Nguyen, Linda", "08/23/1966", "00731458"], ["Miller, Donald", "12/05/1948", "00732019"]]
    static let typedRows = "Patient name: Lopez, Maria\nDOB: 03/14/1962\nMRN: 00482913\n\nPatient name: Nguyen, Linda\n"
        + "DOB: 08/23/1966\nMRN: 00731458\n\nPatient name: Miller, Donald\nDOB: 12/05/1948\nMRN: 00732019\n"

    @Test("renders a Word table row by row with its header typed")
    func wordTable() throws {
        let rows = Self.tableRows.map { row in
            "<w:tr>" + row.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
        }.joined()
        let docx = ArchiveBuilder.make(.zip, [Self.contentTypes, ("word/document.xml",
            "<w:document><w:body><w:p><w:r><w:t>Census</w:t></w:r></w:p><w:tbl>\(rows)</w:tbl></w:body></w:document>".bytes)])
        let text = try #require(Extractor.extract(docx, contentType: "", filename: "census.docx").segments.first?.text)
        #expect(text.hasPrefix("Census\nPt\tD.O.B.\tMed Rec #\nLopez, Maria\t03/14/1962\t00482913\n"))
        #expect(text.hasSuffix(Self.typedRows))
    }

    @Test("renders an OpenDocument text table row by row with its header typed")
    func openDocumentTable() throws {
        let rows = Self.tableRows.map { row in
            "<table:table-row>" + row.map { "<table:table-cell><text:p>\($0)</text:p></table:table-cell>" }.joined() + "</table:table-row>"
        }.joined()
        let odt = ArchiveBuilder.make(.zip, [
            ("mimetype", "application/vnd.oasis.opendocument.text".bytes),
            ("content.xml", "<office:document-content><office:body><office:text><table:table>\(rows)</table:table></office:text></office:body></office:document-content>".bytes),
        ], options: "zip:compression=store")
        let text = try #require(Extractor.extract(odt, contentType: "", filename: "census.odt").segments.first?.text)
        #expect(text.hasSuffix(Self.typedRows))
    }

    @Test("reports a password-protected OpenDocument file as encrypted")
    func encryptedOpenDocument() {
        let odt = ArchiveBuilder.make(.zip, [
            ("mimetype", "application/vnd.oasis.opendocument.text".bytes),
            ("META-INF/manifest.xml", "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>".bytes),
            ("content.xml", [0x9A, 0x11, 0x3C, 0x70, 0x3E, 0xFE]),
        ], options: "zip:compression=store")
        let result = Extractor.extract(odt, contentType: "", filename: "locked.odt")
        #expect(result.unscannable == [ExtractProblem(code: "office.encrypted", path: "locked.odt")])
        #expect(result.segments.isEmpty)
    }

    @Test("drops Word tab stops and keeps non-breaking hyphens")
    func wordDetails() {
        let xml = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>536</w:t><w:noBreakHyphen/><w:t>90</w:t><w:noBreakHyphen/><w:t>4399</w:t></w:r></w:p>"
        #expect(String(decoding: XMLTextReader.text(of: xml.bytes, rules: .docx), as: UTF8.self) == "536-90-4399\n")
    }

    @Test("reads Office files embedded in a document")
    func embedded() {
        let inner = ArchiveBuilder.make(.zip, [("word/document.xml", "<w:p><w:t>inner 078-05-1120</w:t></w:p>".bytes)])
        let outer = ArchiveBuilder.make(.zip, [
            ("word/document.xml", "<w:p><w:t>outer</w:t></w:p>".bytes),
            ("word/embeddings/Microsoft_Word_Document.docx", inner),
        ])
        let result = Extractor.extract(outer, contentType: "", filename: "a.docx")
        #expect(result.segments.map(\.path) == ["a.docx", "a.docx/word/embeddings/Microsoft_Word_Document.docx"])
        #expect(result.segments.last?.text == "inner 078-05-1120\n")
    }

    @Test("reports encrypted and legacy OLE Office files as unscannable")
    func ole() {
        var header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)
        let legacy = Extractor.extract(header, contentType: "application/msword", filename: "old.doc")
        #expect(legacy.unscannable == [ExtractProblem(code: "office.legacy", path: "old.doc")])
        header += Array("EncryptedPackage".utf8).flatMap { [$0, 0] }
        let encrypted = Extractor.extract(header, contentType: "application/octet-stream", filename: "secret.docx")
        #expect(encrypted.unscannable == [ExtractProblem(code: "office.encrypted", path: "secret.docx")])
    }

    @Test("stops an Office file whose XML expands like a bomb")
    func bomb() {
        let body = [UInt8](repeating: 0x20, count: 32 << 20)
        let docx = ArchiveBuilder.make(.zip, [("word/document.xml", body)])
        let result = Extractor.extract(docx, contentType: "", filename: "huge.docx")
        #expect(result.unscannable == [ExtractProblem(code: "archive.bomb", path: "huge.docx")])
    }

    @Test("reports a damaged Office file as corrupt")
    func corrupt() {
        let result = Extractor.extract("not a zip at all".bytes, contentType: "", filename: "broken.docx")
        #expect(result.unscannable == [ExtractProblem(code: "office.corrupt", path: "broken.docx")])
        let docx = Self.docx
        let cut = Extractor.extract(Array(docx.prefix(docx.count / 2)), contentType: "", filename: "cut.docx")
        #expect(!cut.unscannable.isEmpty)
    }
}

@Suite("OfficeExtractor on files from real producers")
struct OfficeProducerTests {
    @Test("reads a python-docx document: header, runs, table")
    func pythonDocx() throws {
        let result = Extractor.extract(ArchiveBuilder.fixture("python-docx.docx"), contentType: "application/octet-stream",
                                       filename: "referral.docx")
        #expect(result.unscannable.isEmpty)
        let text = try #require(result.segments.first?.text)
        #expect(text.contains("Patient SSN: 536-90-4399"))
        #expect(text.contains("MRN\tA1234567"))
        #expect(text.contains("Diagnosis\tE11.9 Type 2 diabetes"))
        #expect(text.contains("Memorial Clinic"))
    }

    @Test("reads an openpyxl workbook: sheet names, dates, header context")
    func openpyxl() {
        let result = Extractor.extract(ArchiveBuilder.fixture("openpyxl.xlsx"), contentType: "", filename: "labs.xlsx")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.map(\.path) == ["labs.xlsx/Patients", "labs.xlsx/Summary"])
        let text = result.segments.first?.text ?? ""
        #expect(text.contains("Patient name: Jane Roe\nSSN: 536-90-4399\nDOB: 01/02/1960\nMRN: A1234567\nVisits: 3\n"))
        #expect(text.contains("DOB: 12/31/1971"))
    }

    @Test("reads a python-pptx deck with its notes")
    func pythonPptx() throws {
        let result = Extractor.extract(ArchiveBuilder.fixture("python-pptx.pptx"), contentType: "", filename: "deck.pptx")
        let text = try #require(result.segments.first?.text)
        #expect(text.contains("Case review"))
        #expect(text.contains("Jane Roe, DOB 01/02/1960"))
        #expect(text.contains("MRN A1234567"))
    }
}
