import PHIDetect
import Testing
@testable import PHIPacks

@Suite("Pack parser")
struct PackParserTests {
    static func pack(_ rules: String) -> String {
        """
        schema: phi-pack/1
        pack: {id: t, version: 1.0.0}
        keyword_lists:
          ssn: [ssn]
        rules:
        \(rules)
        """
    }

    static let goodRule = """
          - id: t.ssn
            type: SSN
            prefilter: {digits: 9}
            patterns: {p: '\\d{3}-\\d{2}-\\d{4}'}
            normalize: digits
            validators: [ssn.structure]
            evidence: {label: {keywords: ssn, before: 20, after: 5}}
            levels:
              - {level: high, score: 85, require: [label]}
            examples:
              match: ["SSN 536-90-4399"]
              no_match: ["536-90-4399 alone", "SSN 000-12-3456"]
        """

    @Test("a valid pack parses into rules and examples with lines")
    func parses() throws {
        let pack = try PackParser.parse(Self.pack(Self.goodRule), file: "t.yaml", directory: "")
        #expect(pack.rules.map(\.id) == ["t.ssn"])
        #expect(pack.examples.count == 3)
        #expect(pack.examples[0].line == 16)
        #expect(pack.ruleLines["t.ssn"] == 6)
    }

    @Test("prefilter options parse: mixed, mixed_max, tokens, upper_after, upper_before, separators")
    func digitPrefilter() throws {
        let yaml = Self.pack(Self.goodRule.replacingOccurrences(
            of: "prefilter: {digits: 9}",
            with: "prefilter: {digits: 1, tokens: 2, mixed: true, upper_after: true, upper_before: true, separators: '.:'}"))
        let pack = try PackParser.parse(yaml, file: "t.yaml", directory: "")
        #expect(pack.rules.first?.prefilter
            == .digits(minDigits: 1, mixed: true, minTokens: 2, upperAfter: true, upperBefore: true,
                       separators: Array(".:".utf8)))
        #expect(throws: PackError.self) {
            _ = try PackParser.parse(Self.pack(Self.goodRule.replacingOccurrences(
                of: "prefilter: {digits: 9}", with: "prefilter: {digits: 9, separators: 'x'}")), file: "t.yaml", directory: "")
        }
        let keyed = try PackParser.parse(Self.pack(Self.goodRule.replacingOccurrences(
            of: "prefilter: {digits: 9}", with: "prefilter: {keywords: ssn, upper_after: true}")), file: "t.yaml", directory: "")
        #expect(keyed.rules.first?.prefilter == .keywords("ssn", upperAfter: true))
        let anywhere = try PackParser.parse(Self.pack(Self.goodRule.replacingOccurrences(
            of: "prefilter: {digits: 9}", with: "prefilter: {keywords: ssn, anywhere: true}")), file: "t.yaml", directory: "")
        #expect(anywhere.rules.first?.prefilter == .keywords("ssn", anywhere: true))
        let why = try PackParser.parse(Self.pack(Self.goodRule.replacingOccurrences(
            of: "prefilter: {digits: 9}",
            with: "prefilter: {digits: 9}\n    exclude:\n      - {context: 'x$', before: 4, why: \"a test reason\"}")),
            file: "t.yaml", directory: "")
        #expect(why.rules.first?.exclusions == [.init(regex: "x$", before: 4, after: 0, why: "a test reason")])
        let short = try PackParser.parse(Self.pack(Self.goodRule.replacingOccurrences(
            of: "prefilter: {digits: 9}", with: "prefilter: {digits: 1, mixed_max: 8}")), file: "t.yaml", directory: "")
        #expect(short.rules.first?.prefilter == .digits(minDigits: 1, mixed: false, mixedMax: 8))
        for bad in ["0", "-3", "2000"] {
            #expect(throws: PackError.self) {
                _ = try PackParser.parse(Self.pack(Self.goodRule.replacingOccurrences(
                    of: "prefilter: {digits: 9}", with: "prefilter: {digits: 1, mixed_max: \(bad)}")), file: "t.yaml", directory: "")
            }
        }
        let plain = try PackParser.parse(Self.pack(Self.goodRule), file: "t.yaml", directory: "")
        #expect(plain.rules.first?.prefilter == .digits(minDigits: 9, mixed: false, minTokens: 1, upperAfter: false, upperBefore: false))
    }

    @Test("an unknown key is refused with its line")
    func unknownKey() {
        let yaml = Self.pack(Self.goodRule.replacingOccurrences(of: "    normalize: digits", with: "    normalise: digits"))
        #expect(throws: PackError(.unknownKey, file: "t.yaml", line: 10, "rules[0].normalise")) {
            _ = try PackParser.parse(yaml, file: "t.yaml", directory: "")
        }
    }

    @Test("fragments are shared by patterns and exclusions as {{name}}; an unknown one is refused at its line")
    func fragments() throws {
        func withFragments(_ fragments: String, _ rule: String) -> String {
            Self.pack(rule).replacingOccurrences(of: "rules:\n", with: "fragments:\n\(fragments)rules:\n")
        }
        let rule = Self.goodRule
            .replacingOccurrences(of: "patterns: {p: '\\d{3}-\\d{2}-\\d{4}'}", with: "patterns: {p: '{{ssn}}'}")
            .replacingOccurrences(of: "prefilter: {digits: 9}",
                                  with: "prefilter: {digits: 9}\n    exclude:\n      - {context: 'x{{tail}}$', before: 4}")
        let pack = try PackParser.parse(withFragments("  ssn: '\\d{3}-\\d{2}-\\d{4}'\n  tail: 'y|z'\n", rule),
                                        file: "t.yaml", directory: "")
        #expect(pack.rules.first?.patterns.first?.regex == "(?:\\d{3}-\\d{2}-\\d{4})")
        #expect(pack.rules.first?.exclusions.first?.regex == "x(?:y|z)$")
        #expect(pack.examples.count == 3)
        #expect(throws: PackError(.badValue, file: "t.yaml", line: 13, "rules[0].patterns.p: unknown fragment ssn")) {
            _ = try PackParser.parse(withFragments("  tail: 'y'\n", rule), file: "t.yaml", directory: "")
        }
        #expect(throws: PackError.self) {
            _ = try PackParser.parse(withFragments("  ssn: '{{tail}}'\n  tail: 'y'\n", rule), file: "t.yaml", directory: "")
        }
        #expect(throws: PackError.self) {
            _ = try PackParser.parse(withFragments("  Bad-Name: 'y'\n", rule), file: "t.yaml", directory: "")
        }
    }

    @Test("a wrong schema, a bad level and broken YAML are refused")
    func badInput() {
        #expect(throws: PackError.self) {
            _ = try PackParser.parse("schema: phi-pack/2\npack: {id: t, version: 1}\nrules: []", file: "t", directory: "")
        }
        #expect(throws: PackError.self) {
            _ = try PackParser.parse(Self.pack(Self.goodRule.replacingOccurrences(of: "level: high", with: "level: huge")),
                                     file: "t", directory: "")
        }
        #expect(throws: PackError.self) { _ = try PackParser.parse("rules: [\n  - {", file: "t", directory: "") }
    }

    @Test("a pattern that does not compile names the rule and pattern, not a sample")
    func badPattern() throws {
        let pack = try PackParser.parse(Self.pack(Self.goodRule.replacingOccurrences(of: "\\d{4}'", with: "(\\d{4}'")),
                                        file: "t.yaml", directory: "")
        do {
            _ = try PackLibrary.build([pack])
            Issue.record("expected a compile error")
        } catch {
            #expect(error.code == .compile)
            #expect(error.line == 6)
            #expect(error.detail.contains("t.ssn: badPattern: p:"))
        }
    }
}

@Suite("Pack parser: types and windows")
struct PackParserTypeTests {
    func refusal(_ rule: String) -> PackError? {
        do {
            _ = try PackParser.parse(PackParserTests.pack(rule), file: "t.yaml", directory: "")
            return nil
        } catch {
            return error
        }
    }

    @Test("a type that is not canonical is refused at its line, naming the expected types")
    func unknownType() {
        let e = refusal(PackParserTests.goodRule.replacingOccurrences(of: "type: SSN", with: "type: SSNN"))
        #expect(e?.code == .badValue)
        #expect(e?.line == 7)
        #expect(e?.detail.contains("unknown type SSNN") == true)
        #expect(e?.detail.contains("MEMBER_ID") == true)
    }

    @Test("negative and oversized evidence and window distances are refused")
    func windows() {
        for (from, to) in [("before: 20", "before: -20"), ("after: 5", "after: 5000")] {
            let e = refusal(PackParserTests.goodRule.replacingOccurrences(of: from, with: to))
            #expect(e?.code == .badValue, "\(to)")
        }
        let lead = refusal(PackParserTests.goodRule.replacingOccurrences(of: "    normalize:", with: "    window: {lead: -1}\n    normalize:"))
        #expect(lead?.code == .badValue)
    }
}
