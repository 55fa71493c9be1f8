import PHIDetect
import PHIRegex
import PHITestSupport
import Testing
@testable import PHIPacks

@Suite("Shipped pattern safety")
struct PatternSafetyTests {
    /// Inputs shaped to make backtracking patterns work hard: long runs of what the patterns eat.
    static let hostile: [String] = [
        String(repeating: "1-", count: 20_000), String(repeating: "1 ", count: 20_000),
        String(repeating: "9", count: 40_000), String(repeating: "a@", count: 20_000),
        String(repeating: "a.", count: 20_000) + "@", String(repeating: "A1", count: 20_000),
        String(repeating: "12:", count: 15_000), String(repeating: "Aa ", count: 15_000) + "Street",
        String(repeating: "1.", count: 20_000), "Patient: " + String(repeating: "Ab ", count: 15_000),
        String(repeating: "March 1, ", count: 5_000),
    ]

    @Test("no shipped pattern needs to give up at the PCRE2 limits on hostile input")
    func everyPattern() throws {
        let library = try TestPacks.library()
        let scratch = MatchScratch()
        for rule in library.ruleSet.definitions {
            for (name, source) in rule.patterns + rule.exclusions.map({ (name: "exclude", regex: $0.regex) }) {
                let regex = try Regex(source)
                for input in Self.hostile {
                    let before = scratch.limitHits
                    _ = scratch.allMatches(regex, in: input)
                    #expect(scratch.limitHits == before, "\(rule.id).\(name)")
                }
            }
        }
    }

    @Test("the scanner gets through every hostile input")
    func scanner() throws {
        let rules = try TestPacks.library().ruleSet
        for input in Self.hostile {
            let scanner = Scanner(rules: rules, fingerprinter: TestPacks.fingerprinter)
            for chunk in Chunking.chunks(Array(input.utf8), size: 4096) { scanner.feed(chunk) }
            _ = scanner.finish()
        }
    }
}
