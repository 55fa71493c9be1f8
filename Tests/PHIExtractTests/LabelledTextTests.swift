import Testing
@testable import PHIExtract

/// The labelled-text builder the interchange readers share.
@Suite("LabelledText")
struct LabelledTextTests {
    @Test("an identifier is written once, and identifier lines stand apart by a spacer")
    func onceAndSpaced() {
        var out = LabelledText()
        out.identifier("MRN", "00482913")
        out.identifier("SSN", "536-90-4399")
        out.identifier("MRN", "536904399")
        let text = out.take()
        #expect(text == "MRN: 00482913\n" + LabelledText.spacer + "SSN: 536-90-4399\n")
    }

    @Test("codes, dates, phones and SSNs take the forms the rules read")
    func forms() {
        #expect(LabelledText.icd("E119", icd9: false) == "E11.9")
        #expect(LabelledText.icd("I10", icd9: false) == "I10")
        #expect(LabelledText.icd("25000", icd9: true) == "250.00")
        #expect(LabelledText.isoDate("196203141200") == "1962-03-14")
        #expect(LabelledText.isoDate("19621314") == nil)
        #expect(LabelledText.phone("(312)555-0187") == "312-555-0187")
        #expect(LabelledText.ssn("536904399") == "536-90-4399")
        #expect(LabelledText.looksLikeMBI("1EG4-TE5-MK73"))
        #expect(!LabelledText.looksLikeMBI("W884512097"))
        #expect(LabelledText.titleCase("123 MAIN ST") == "123 Main St")
    }
}
