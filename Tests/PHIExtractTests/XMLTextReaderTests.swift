import Testing
@testable import PHIExtract

@Suite("XMLTextReader")
struct XMLTextReaderTests {
    static let docx = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
        <w:p><w:r><w:t>Patient: Jane </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Roe</w:t></w:r></w:p>\
        <w:p><w:r><w:t>SSN </w:t></w:r><w:r><w:t>536</w:t></w:r><w:r><w:t>-90-4399</w:t></w:r><w:r><w:tab/><w:t>A&amp;B</w:t></w:r></w:p>\
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>MRN</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12345678</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
        <w:p><w:r><w:instrText>HYPERLINK x</w:instrText><w:delText>old 078</w:delText></w:r></w:p>\
        </w:body></w:document>
        """

    @Test("reads Word runs, paragraphs, tabs and table cells")
    func word() {
        let text = String(decoding: XMLTextReader.text(of: Self.docx.bytes, rules: .docx), as: UTF8.self)
        #expect(text == "Patient: Jane Roe\nSSN 536-90-4399\tA&B\nMRN\t12345678\nold 078\n")
    }

    @Test("gives the same text at every chunk size", arguments: [1, 7, 4096, 65535])
    func chunks(size: Int) {
        let bytes = Self.docx.bytes
        var reader = XMLTextReader(rules: .docx)
        var i = 0
        while i < bytes.count {
            reader.feed(bytes[i..<min(i + size, bytes.count)])
            i += size
        }
        reader.finish()
        #expect(reader.output == XMLTextReader.text(of: bytes, rules: .docx))
    }

    @Test("keeps blank text of a generic document the same however it is split",
          arguments: ["n\n", "<a>x</a>  <![CDATA[y]]>\n<b> </b>  z  <c/>", " \t<r>\n\n<s>one two</s>\n</r>"])
    func genericBlankRuns(xml: String) {
        let bytes = xml.bytes
        let whole = XMLTextReader.text(of: bytes, rules: .generic)
        for size in 1...3 {
            var reader = XMLTextReader(rules: .generic)
            var i = 0
            while i < bytes.count {
                reader.feed(bytes[i..<min(i + size, bytes.count)])
                i += size
            }
            reader.finish()
            #expect(reader.output == whole, "chunk size \(size)")
        }
    }

    @Test("reads OpenDocument spaces, tabs and CDATA")
    func odf() {
        let xml = "<office:text><text:h>Title</text:h><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c"
            + "<text:span>d</text:span></text:p><text:p><![CDATA[x<y]]></text:p></office:text>"
        #expect(String(decoding: XMLTextReader.text(of: xml.bytes, rules: .odf), as: UTF8.self) == "Title\na   b\tcd\nx<y\n")
    }

    @Test("reads any XML with element text and attribute values on lines")
    func generic() {
        let xml = "<ClinicalDocument xmlns=\"urn:hl7\"><patient><id extension=\"MRN-778899\" root=\"2.16\"/>"
            + "<name><given>Jane</given><family>Roe</family></name></patient></ClinicalDocument>"
        let text = String(decoding: XMLTextReader.text(of: xml.bytes, rules: .generic), as: UTF8.self)
        #expect(text == "extension: MRN-778899\nroot: 2.16\nJane\nRoe\n")
    }

    @Test("stops growing at its byte limit")
    func truncates() {
        var reader = XMLTextReader(rules: .docx, maxBytes: 5)
        reader.feed("<w:p><w:t>0123456789</w:t></w:p>".bytes)
        reader.finish()
        #expect(reader.truncated)
        #expect(reader.output.count <= 5)
    }
}
