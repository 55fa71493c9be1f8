import Testing
@testable import PHIExtract

@Suite("RTFText")
struct RTFTextTests {
    @Test("keeps the text and drops control words and destinations")
    func text() {
        let rtf = #"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}{\*\generator Riched20;}"#
            + #"\f0\fs20 Patient: Jos\'e9 Roe\par SSN:\tab 536-90-4399\line {\b bold}\u8212?end}"#
        #expect(String(decoding: RTFText.text(of: rtf.bytes), as: UTF8.self) == "Patient: José Roe\nSSN:\t536-90-4399\nbold—end")
    }

    @Test("reads an RTF part through the extractor")
    func part() {
        let result = Extractor.extract(#"{\rtf1 MRN 778899\par}"#.bytes, contentType: "application/rtf", filename: "m.rtf")
        #expect(result.segments == [TextSegment(path: "m.rtf", text: "MRN 778899\n")])
    }
}
