import Testing
@testable import PHIPacks
import PHIDetect

@Suite("Pack linter")
struct PackLinterTests {
    @Test("nested unbounded quantifiers are caught", arguments: [
        ("(a+)+", true), ("(\\d+)*x", true), ("(?:[a-z]+\\s?){2,}", true), ("(a|b*)+", true),
        ("(\\d{3}-)+", false), ("\\d+(-\\d+){1,3}", false), ("[(+]+", false), ("(?:ab){1,8}c+", false),
        ("\\(+\\)+", false),
    ])
    func nested(_ pattern: String, _ bad: Bool) {
        #expect(PackLinter.hasNestedUnboundedQuantifier(pattern) == bad)
    }

    @Test("lint refuses a nested-quantifier pattern and a rule without examples")
    func lintsPack() throws {
        let yaml = PackParserTests.pack(PackParserTests.goodRule.replacingOccurrences(
            of: "patterns: {p: '\\d{3}-\\d{2}-\\d{4}'}", with: "patterns: {p: '(\\d+)+-\\d{4}'}"))
        let pack = try PackParser.parse(yaml, file: "t.yaml", directory: "")
        let codes = Set(PackLinter.lint([pack], minExamples: 2).map(\.code))
        #expect(codes.contains(.nestedQuantifier))
        #expect(codes.contains(.noExamples))
    }

    @Test("a level that needs no keyword, for one pattern of a rule whose other levels all need one, is refused")
    func ungatedLevel() throws {
        func rule(_ levels: [RuleDefinition.LevelSpec]) -> RuleDefinition {
            RuleDefinition(id: "t.dob", type: "DOB", patterns: [("numeric", "\\d{2}/\\d{2}/\\d{4}"), ("other", "\\d{8}")],
                           prefilter: .digits(minDigits: 2, mixed: false),
                           evidence: [.init(name: "birth", source: .keywords("dob"), before: 40, after: 0),
                                      .init(name: "health", source: .entities(["DIAGNOSIS"]), before: 300, after: 300)],
                           levels: levels)
        }
        let gated = RuleDefinition.LevelSpec(level: .high, score: 80, require: ["birth"])
        // The Korean birth date's mistake: a level for one pattern with no keyword beside keyword-gated ones.
        #expect(PackLinter.ungatedPatternLevel(rule([gated, .init(level: .high, score: 80, pattern: "other")])) == "other")
        // An entity alone does not gate it either.
        #expect(PackLinter.ungatedPatternLevel(rule([gated, .init(level: .medium, score: 60, pattern: "other",
                                                                    require: ["health"])])) == "other")
        // Gated by a keyword: fine.
        #expect(PackLinter.ungatedPatternLevel(rule([gated, .init(level: .high, score: 80, pattern: "other",
                                                                    require: ["birth"])])) == nil)
        // Declared: a level meant to find the pattern by its shape alone (an SSN's dashes, a dotted ICD code).
        #expect(PackLinter.ungatedPatternLevel(rule([gated, .init(level: .high, score: 80, pattern: "other",
                                                                    byShape: true)])) == nil)
        // A rule meant to run everywhere (a level for every pattern with no keyword) is not this mistake.
        #expect(PackLinter.ungatedPatternLevel(rule([gated, .init(level: .medium, score: 50)])) == nil)
        let perLevel = rule([gated, RuleDefinition.LevelSpec(level: .high, score: 80, pattern: "other")]).keywordsPerLevel
        #expect(perLevel.count == 2 && perLevel[0] == [0] && perLevel[1] == nil)
    }

    @Test("the shipped packs lint clean with four examples each way")
    func shipped() throws {
        let library = try PackLibrary.load(directory: PackFixtures.patterns)
        #expect(PackLinter.lint(library.packs, minExamples: 4).isEmpty)
    }
}
