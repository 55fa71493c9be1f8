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

    @Test("an out-of-range \\u parameter becomes U+FFFD instead of trapping", arguments: [
        #"{\rtf1 SSN 536-90-4399 \u99999999999?x}"#, #"{\rtf1 \u-12399999?x}"#, #"{\rtf1 \u-99999999999?x}"#,
        #"{\rtf1 \u65536?x}"#, #"{\rtf1 \u55296?x}"#,
    ])
    func hostileUnicode(rtf: String) {
        let text = String(decoding: RTFText.text(of: rtf.bytes), as: UTF8.self)
        #expect(text.hasSuffix("\u{FFFD}x"))
    }

    @Test("negative \\u parameters name code points above 32767")
    func negativeUnicode() {
        #expect(RTFText.unicodeScalar(-4064) == 0xF020)
        #expect(RTFText.unicodeScalar(-32_768) == 0x8000)
        #expect(RTFText.unicodeScalar(-32_769) == 0xFFFD)
        #expect(RTFText.unicodeScalar(65_535) == 0xFFFF)
    }
}
