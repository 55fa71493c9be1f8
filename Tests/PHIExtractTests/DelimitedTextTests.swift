import Testing
@testable import PHIExtract

@Suite("DelimitedText")
struct DelimitedTextTests {
    @Test("parses quoted fields with embedded commas, quotes and newlines")
    func quoted() {
        let rows = DelimitedText.parse("Name,Note\r\n\"Roe, Jane\",\"said \"\"hi\"\"\nagain\"\r\nx,\n")
        #expect(rows == [["Name", "Note"], ["Roe, Jane", "said \"hi\"\nagain"], ["x", ""]])
    }

    @Test("sniffs semicolons and tabs, and drops a BOM")
    func sniff() {
        #expect(DelimitedText.parse("\u{FEFF}a;b;c\n1;2,5;3") == [["a", "b", "c"], ["1", "2,5", "3"]])
        #expect(DelimitedText.parse("a\tb\n1\t2") == [["a", "b"], ["1", "2"]])
        #expect(DelimitedText.parse("a,b;c", delimiter: 0x09) == [["a,b;c"]])
    }

    @Test("keeps an unterminated quote's text")
    func unterminated() {
        #expect(DelimitedText.parse("a,\"b c") == [["a", "b c"]])
    }
}
