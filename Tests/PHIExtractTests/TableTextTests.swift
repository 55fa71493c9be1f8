import Testing
@testable import PHIExtract

@Suite("TableText")
struct TableTextTests {
    @Test("puts each header right before its values")
    func headerContext() {
        let text = TableText.render([["Name", "SSN", "DOB"], ["Jane Roe", "536-90-4399", "01/02/1960"], ["John Doe", "", "3/4/1970"]])
        #expect(text == "Name: Jane Roe\nSSN: 536-90-4399\nDOB: 01/02/1960\n\nName: John Doe\nDOB: 3/4/1970\n")
    }

    @Test("keeps rows as tab-separated lines when the first row is data")
    func noHeader() {
        #expect(TableText.render([["Jane", "536-90-4399"], ["John", "078-05-1120"]]) == "Jane\t536-90-4399\nJohn\t078-05-1120\n")
        #expect(TableText.render([["only", "row"]]) == "only\trow\n")
    }

    @Test("tells header rows from data rows")
    func looksLikeHeader() {
        #expect(TableText.looksLikeHeader(["Patient Name", "SSN", "Visit 2"]))
        #expect(!TableText.looksLikeHeader(["Jane", "12345"]))
        #expect(!TableText.looksLikeHeader(["", ""]))
        // A bulleted list split at its commas, or a row holding a date, is data.
        #expect(!TableText.looksLikeHeader(["  * Jasmine Ortiz", "RN - Endoscopy pre-op/recovery", "starting 6/2"]))
        #expect(!TableText.looksLikeHeader(["Visit", "seen 03/14/2025"]))
        #expect(!TableText.looksLikeHeader(["\u{2022} Peter Obi", "CST"]))
        #expect(TableText.looksLikeHeader(["Room/Bed", "Pt", "Going to"]))
    }

    @Test("types header cells for every sheet and CSV: each value gets its column's canonical label")
    func typedHeaders() {
        let text = TableText.render([["Pt Name", "Med Rec #", "Birth Date", "Subscriber #", "Dx"],
                                     ["LOPEZ, MARIA", "00482913", "03/14/1962", "W123456789", "Asthma"]])
        #expect(text == "Patient name: LOPEZ, MARIA\nMRN: 00482913\nDOB: 03/14/1962\nMember ID: W123456789\nDiagnosis: Asthma\n")
    }
}
