import PHITestSupport
import Testing
@testable import PHIDetect

/// Plain-text mail is often hard-wrapped at 72-78 columns, so a label or a term can be split by
/// a line break. Phrases may span one line break (not a blank line), and what is reported about
/// such a finding stays on one line.
@Suite("Hard-wrapped lines")
struct HardWrapTests {
    static func findings(_ text: String) throws -> [Finding] {
        Chunking.scan(text, size: 7, rules: try TestPacks.library().ruleSet)
    }

    @Test("a birth-date label split across lines still raises the date", arguments: ["\n", "\r\n", " \r\n"])
    func wrappedLabel(_ lineBreak: String) throws {
        let found = try Self.findings("Patient says her date of\(lineBreak)birth is 5/9/1988 and she takes sertraline.")
        #expect(found.contains { $0.type == "DOB" && $0.level == .high })
    }

    @Test("a blank line still separates the words of a label")
    func blankLineSeparates() throws {
        let found = try Self.findings("Please confirm the date of\n\nbirth is 5/9/1988 on the form.")
        #expect(!found.contains { $0.type == "DOB" && $0.level == .high })
    }

    @Test("a term split across lines is one finding whose masked rendering is one line")
    func maskedOnOneLine() throws {
        let found = try Self.findings("Assessment: type 2\r\ndiabetes mellitus, stable.")
        let term = try #require(found.first { $0.type == "DIAGNOSIS" })
        #expect(term.end - term.start == "type 2\r\ndiabetes mellitus".utf8.count)
        #expect(!term.masked.contains { $0.isNewline })
    }
}
