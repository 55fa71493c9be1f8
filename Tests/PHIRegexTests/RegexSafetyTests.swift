import Testing
@testable import PHIRegex

@Suite("Regex safety")
struct RegexSafetyTests {
    @Test("a catastrophic pattern stops at the match limit instead of running away")
    func matchLimit() throws {
        let regex = try Regex("(a+)+$")
        let scratch = MatchScratch()
        let subject = Array(String(repeating: "a", count: 40_000).utf8) + [UInt8(ascii: "!")]
        let m = subject.withUnsafeBufferPointer { scratch.firstMatch(regex, in: $0, from: 0) }
        #expect(m == nil)
        #expect(scratch.limitHits > 0)
    }

    @Test("named groups and captures are reported as byte ranges")
    func captures() throws {
        let regex = try Regex(#"SSN:\s*(?<value>\d{3}-\d{2}-\d{4})"#)
        let matches = MatchScratch().allMatches(regex, in: "x SSN: 536-90-4399 y")
        #expect(matches.count == 1)
        #expect(matches.first?.groups.first == 7..<18)
        #expect(regex.groupNames["value"] == 1)
    }

    @Test("a bad pattern throws with its offset")
    func badPattern() {
        #expect(throws: RegexError.self) { _ = try Regex("(ab") }
    }
}
