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

    @Test("a handle tests a whole window: empty matches count, a limit hit is no match and is counted")
    func handleMatches() throws {
        let title = try Regex(#"(?i:dr|nurse)\.?[ \t]*$"#, dollarEndOnly: true)
        let empty = try Regex(#"x*"#)
        let catastrophic = try Regex("(a+)+$")
        let scratch = MatchScratch()
        func test(_ regex: Regex, _ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { scratch.matches(regex.handle, in: $0) }
        }
        #expect(test(title, "seen by Dr. "))
        #expect(!test(title, "Dr. Patel saw him "))
        #expect(test(empty, "abc"))
        #expect(!test(title, ""))  // no bytes at all: nothing to test
        #expect(!test(catastrophic, String(repeating: "a", count: 40_000) + "!"))
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

    @Test("anchoring, compiled in or asked for at match time, matches only at the start offset")
    func anchoring() throws {
        let compiled = try Regex(#"\d{3}\s[A-Z][a-z]+"#, anchored: true)
        let plain = try Regex(#"\d{3}\s[A-Z][a-z]+"#)
        #expect(compiled.isAnchored && compiled.isJIT)
        let subject = Array("at 123 Main and 456 Oak".utf8)
        let scratch = MatchScratch()
        subject.withUnsafeBufferPointer { text in
            for regex in [compiled, plain] {
                #expect(scratch.firstSpan(regex, in: text, from: 3, anchored: true)?.whole == 3..<11)
                #expect(scratch.firstSpan(regex, in: text, from: 2, anchored: true) == nil)
            }
            #expect(scratch.firstSpan(plain, in: text, from: 12)?.whole == 16..<23)
            #expect(scratch.firstSpan(compiled, in: text, from: 12, anchored: true) == nil)
        }
    }

    @Test("firstSpan returns the requested group, nil when it did not take part")
    func spans() throws {
        let regex = try Regex(#"(?:MRN:\s*(?<value>\d+)|ID\s(\d+))"#)
        let subject = Array("x MRN: 4411 ID 77".utf8)
        let scratch = MatchScratch()
        subject.withUnsafeBufferPointer { text in
            let first = scratch.firstSpan(regex, in: text, from: 0, group: 1)
            #expect(first?.whole == 2..<11 && first?.group == 7..<11)
            let second = scratch.firstSpan(regex, in: text, from: 11, group: 1)
            #expect(second?.whole == 12..<17 && second?.group == nil)
        }
    }

    @Test("with dollarEndOnly, $ matches only at the very end, not before a final newline")
    func dollarEndOnly() throws {
        let scratch = MatchScratch()
        let text = Array("Ravinder MD\n".utf8)
        try text.withUnsafeBufferPointer { buf in
            let plain = try Regex("MD$")
            let strict = try Regex("MD$", dollarEndOnly: true)
            #expect(scratch.firstMatch(plain, in: buf, from: 0, notEmpty: false) != nil)
            #expect(scratch.firstMatch(strict, in: buf, from: 0, notEmpty: false) == nil)
        }
    }
}
