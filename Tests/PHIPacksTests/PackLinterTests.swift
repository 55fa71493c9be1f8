import Testing
@testable import PHIPacks

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

    @Test("the shipped packs lint clean with four examples each way")
    func shipped() throws {
        let library = try PackLibrary.load(directory: PackFixtures.patterns)
        #expect(PackLinter.lint(library.packs, minExamples: 4).isEmpty)
    }
}
