import PHITestSupport
import Testing
@testable import PHIDetect

@Suite("Scanner")
struct ScannerTests {
    static let letter = """
        From the desk of Dr. Ana Ortiz, MD (NPI 1234567893, DEA F91234563)

        Patient: Maria Lopez
        DOB: 03/14/1962   MRN: 00482913
        SSN: 536-90-4399
        Medicare MBI: 1EG4-TE5-MK73
        Dx: E11.9 type 2 diabetes mellitus; hypertension (I10). Started metformin 500 mg.
        Patient phone: (312) 555-0187, email maria.lopez@example.com
        Address: 1234 Elm Street, Springfield, IL 62704-1234
        Admitted 03/02/2026, discharged 03/05/2026.
        Order 536904399 shipped; version 10.4.2.1 deployed to 203.0.113.45.
        """

    static func signature(_ f: Finding) -> String {
        "\(f.type) \(f.rule) \(f.level) \(f.start)-\(f.end) \(f.masked) \(f.fingerprint)"
    }

    @Test("findings are identical for every chunk size", arguments: Chunking.sizes)
    func chunkInvariance(_ size: Int) throws {
        let rules = try TestPacks.library().ruleSet
        let whole = Chunking.scan(Self.letter, size: 1 << 20, rules: rules).map(Self.signature)
        #expect(whole.count >= 15)
        #expect(Chunking.scan(Self.letter, size: size, rules: rules).map(Self.signature) == whole)
    }

    @Test("identifiers straddling chunk boundaries are found at every offset")
    func boundaries() throws {
        let rules = try TestPacks.library().ruleSet
        // Pad so the SSN and the keyword fall across every position of a 7-byte and a 4096-byte chunk.
        for pad in 0..<16 {
            let text = String(repeating: "x ", count: 2040 + pad) + "Patient SSN: 536-90-4399 and DOB 03/14/1962.\n"
            let expected = Chunking.scan(text, size: 1 << 20, rules: rules).map(Self.signature)
            #expect(expected.contains { $0.hasPrefix("SSN us.ssn high") })
            for size in [1, 7, 4096, 65_535] {
                #expect(Chunking.scan(text, size: size, rules: rules).map(Self.signature) == expected)
            }
        }
    }

    @Test("the default pack finds the letter's identifiers with their levels")
    func letterFindings() throws {
        let rules = try TestPacks.library().ruleSet
        let found = Scanner.scan(Self.letter, rules: rules, fingerprinter: TestPacks.fingerprinter)
        func level(_ type: String) -> Level? { found.filter { $0.type == type }.map(\.level).max() }
        #expect(level("SSN") == .high)
        #expect(level("MBI") == .high)
        #expect(level("MRN") == .high)
        #expect(level("DOB") == .high)
        #expect(level("NAME") == .high)
        #expect(level("NPI") == .high)
        #expect(level("DEA") == .high)
        #expect(level("ICD10") == .high)
        #expect(level("PHONE") == .medium)
        #expect(level("DIAGNOSIS") == .medium)
        #expect(level("MEDICATION") == .medium)
        // "Order 536904399" is excluded by context; the version string is not an IP.
        #expect(found.filter { $0.type == "SSN" }.count == 1)
        #expect(!found.contains { $0.type == "IP" && $0.masked.hasPrefix("**.") })
    }

    @Test("marked spans are reported at their byte offsets")
    func offsets() throws {
        let rules = try TestPacks.library().ruleSet
        let marked = MarkedText("Hola — SSN: ⟦536-90-4399⟧, MRN: ⟦00482913⟧")
        let found = Scanner.scan(marked.text, rules: rules, fingerprinter: TestPacks.fingerprinter)
            .filter { ["SSN", "MRN"].contains($0.type) }
        #expect(found.map { $0.start..<$0.end } == marked.spans)
    }

    @Test("fullwidth digits and compatibility forms match after NFKC", arguments: Chunking.sizes)
    func fullwidth(_ size: Int) throws {
        let rules = try TestPacks.library().ruleSet
        let found = Chunking.scan("ＳＳＮ：５３６－９０－４３９９", size: size, rules: rules)
        #expect(found.contains { $0.type == "SSN" && $0.level == .high && $0.masked == "***-**-4399" })
    }

    @Test("the official ICD-10-CM list decides: U07.1 and S72.001A valid, E11.99 not")
    func icdList() throws {
        let rules = try TestPacks.library().ruleSet
        for (code, valid) in [("U07.1", true), ("S72.001A", true), ("E11.99", false), ("R69", true)] {
            let found = Scanner.scan("ICD-10 diagnosis code \(code)", rules: rules, fingerprinter: TestPacks.fingerprinter)
            #expect(found.contains { $0.type == "ICD10" } == valid, "\(code)")
        }
    }

    @Test("a checksum alone never yields high confidence")
    func checksumAlone() throws {
        let rules = try TestPacks.library().ruleSet
        let found = Scanner.scan("Ref F91234563 and 1234567893 and 1EG4TE5MK73", rules: rules,
                                 fingerprinter: TestPacks.fingerprinter)
        #expect(!found.contains { $0.level == .high })
    }

    @Test("no finding carries the raw value")
    func masked() throws {
        let rules = try TestPacks.library().ruleSet
        let found = Scanner.scan(Self.letter, rules: rules, fingerprinter: TestPacks.fingerprinter)
        let raws = ["536-90-4399", "00482913", "1EG4-TE5-MK73", "maria.lopez@example.com", "Maria Lopez", "(312) 555-0187"]
        for f in found {
            for raw in raws {
                #expect(!f.masked.contains(raw))
                #expect(!"\(f)".contains(raw))
            }
        }
    }

    @Test("allow-listed values and fingerprints are not reported")
    func allowLists() throws {
        let base = RuleDefinition(id: "t.ssn", type: "SSN", patterns: [("p", #"\d{3}-\d{2}-\d{4}"#)],
                                  prefilter: .digits(minDigits: 9, mixed: false), normalizer: .digits,
                                  levels: [.init(level: .low, score: 10)])
        var byValue = base
        byValue.allowValues = ["536904399"]
        var byPrint = base
        byPrint.allowFingerprints = [TestPacks.fingerprinter.fingerprint("536904399")]
        for rule in [byValue, byPrint] {
            let set = try RuleSet(rules: [rule], keywordLists: [:])
            #expect(Scanner.scan("a 536-90-4399 b 536-90-4398", rules: set, fingerprinter: TestPacks.fingerprinter)
                .map(\.masked) == ["***-**-4398"])
        }
    }

    /// A prefilter case: a rule whose pattern alone would match everywhere in `text`, so only its
    /// prefilter decides which matches are found (by start offset).
    struct GateCase: Sendable, CustomTestStringConvertible {
        var name: String
        var pattern: String
        var prefilter: RuleDefinition.Prefilter
        var lead = 8, trail = 48
        var text: String
        var starts: [Int]
        var testDescription: String { name }
    }

    static let gateCases: [GateCase] = [
        // 221B Baker, 7<tab>Oak, 40 Émile; not "12 apples", "9   Elm" (three spaces), "5 x".
        GateCase(name: "digits upper_after", pattern: #"\d{1,5}[A-Z]?[ \t]{1,2}[^\s,]+"#,
                 prefilter: .digits(minDigits: 1, mixed: false, upperAfter: true), lead: 0, trail: 40,
                 text: "at 221B Baker, 12 apples, 7\tOak, 9   Elm, 40 Émile, 5 x", starts: [3, 26, 42]),
        // Not "for the", "for   Cy" (three spaces), "FOR x".
        GateCase(name: "keywords upper_after", pattern: #"(?i:for)[ \t]{1,2}[^\s,.]+"#,
                 prefilter: .keywords("for", upperAfter: true), lead: 0, trail: 30,
                 text: "for Ann, for the, For\tBo, for  Émile, for   Cy, FOR x.", starts: [0, 18, 26]),
        // A name near "for" counts only where the match touches the keyword, unless `anywhere`.
        GateCase(name: "keywords touching", pattern: #"\p{Lu}\.[ ]\p{Lu}[a-z]+"#,
                 prefilter: .keywords("for"), lead: 20, trail: 20,
                 text: "the kit for B. Castellano", starts: []),
        GateCase(name: "keywords anywhere", pattern: #"\p{Lu}\.[ ]\p{Lu}[a-z]+"#,
                 prefilter: .keywords("for", anywhere: true), lead: 20, trail: 20,
                 text: "the kit for B. Castellano, not C. Farfaraway who stands beyond the window", starts: [12]),
        // Not lowercase "il", three spaces, or "x".
        GateCase(name: "digits upper_before", pattern: #"[A-Za-z]\s{1,2}\d{5}"#,
                 prefilter: .digits(minDigits: 5, mixed: false, upperBefore: true), lead: 4, trail: 8,
                 text: "IL 62704, il 62705, NY\n10001, TX   75001, x 12345", starts: [1, 21]),
        // Dots and colons, not dashes or slashes.
        GateCase(name: "digits separators", pattern: #"\d+\W\d+\W\d+\W\d+"#,
                 prefilter: .digits(minDigits: 4, mixed: false, minTokens: 3, separators: Array(".:".utf8)),
                 text: "a 10.1.2.3 b 10-1-2-3 c 10:1:2:3 d 10/1/2/3 e", starts: [2, 24]),
        // A short mixed token, not a long one (a line of smtp-source filler, a hash): "E11.9" and
        // "12 79M" run the rule, "1XXXXXXXXX" and "9ab8cd7ef6" do not.
        GateCase(name: "digits mixed_max", pattern: #"[0-9A-Za-z]+"#,
                 prefilter: .digits(minDigits: 1, mixed: true, mixedMax: 8), lead: 0, trail: 0,
                 text: "E11.9 then 1XXXXXXXXX and 9ab8cd7ef6 and 12 79M", starts: [0, 41]),
        GateCase(name: "digits mixed", pattern: #"[0-9A-Za-z]+"#,
                 prefilter: .digits(minDigits: 1, mixed: true), lead: 0, trail: 0,
                 text: "E11.9 then 1XXXXXXXXX and 9ab8cd7ef6 and 12 79M", starts: [0, 11, 26, 41]),
    ]

    /// A rule whose every level needs a keyword list near its match: the pre-check that skips its
    /// windows must know those lists, also when a level needs any one of several (`require_any`).
    @Test("a level needing any of several keyword lists keeps the pre-check, an entity among them drops it")
    func requiredEvidence() throws {
        func rule(anyOf: [String]) -> RuleDefinition {
            RuleDefinition(id: "t.dob", type: "DOB", patterns: [("p", #"\d{2}/\d{2}/\d{4}"#)],
                           prefilter: .digits(minDigits: 2, mixed: false),
                           evidence: [.init(name: "birth", source: .keywords("dob"), before: 40, after: 5),
                                      .init(name: "near", source: .keywords("ur"), before: 6, after: 0),
                                      .init(name: "who", source: .entities(["NAME"]), before: 40, after: 40)],
                           levels: [.init(level: .high, score: 80, requireAny: anyOf)])
        }
        let lists: [String: [String]] = ["dob": ["dob"], "ur": ["ur"]]
        let keywords = try RuleSet(rules: [rule(anyOf: ["birth", "near"])], keywordLists: lists)
        #expect(keywords.rules[0].requiredEvidence == [0, 1])
        let text = "dob 03/14/1962, ur. 04/15/1963, and then a stretch of words past both windows: seen 05/16/1964"
        #expect(Scanner.scan(text, rules: keywords, fingerprinter: TestPacks.fingerprinter).map(\.start) == [4, 20])
        let entity = try RuleSet(rules: [rule(anyOf: ["birth", "who"])], keywordLists: lists)
        #expect(entity.rules[0].requiredEvidence.isEmpty)
    }

    @Test("prefilter options gate where a rule runs", arguments: gateCases)
    func prefilterGates(_ c: GateCase) throws {
        let rule = RuleDefinition(id: "t.gate", type: "T", patterns: [("p", c.pattern)], prefilter: c.prefilter,
                                  lead: c.lead, trail: c.trail, levels: [.init(level: .low, score: 10)])
        let set = try RuleSet(rules: [rule], keywordLists: ["for": ["for"]])
        #expect(Scanner.scan(c.text, rules: set, fingerprinter: TestPacks.fingerprinter).map(\.start) == c.starts)
    }
}

/// Exclusions explained: with `explainsExclusions`, a name an exclusion kept from counting is
/// reported `low`, score 0, with evidence `excluded` naming the pack's reason; without it, not at all.
@Suite("Explained exclusions")
struct ExplainedExclusionTests {
    static func rules(explain: Bool) throws -> RuleSet {
        let rule = RuleDefinition(id: "t.name", type: "NAME", patterns: [("p", #"\p{Lu}[a-z]+ \p{Lu}[a-z]+"#)],
                                  prefilter: .keywords("saw", anywhere: true), lead: 4, trail: 40,
                                  levels: [.init(level: .medium, score: 60)],
                                  exclusions: [.init(regex: #"^,? ?RN\b"#, before: 0, after: 6, why: "credentials after the name")])
        return try RuleSet(rules: [rule], keywordLists: ["saw": ["saw"]], explainsExclusions: explain)
    }

    @Test("an excluded name is reported only when explaining, with its reason")
    func explained() throws {
        let text = "saw Maria Lopez, RN today"
        let plain = Scanner.scan(text, rules: try Self.rules(explain: false), fingerprinter: TestPacks.fingerprinter)
        #expect(plain.isEmpty)
        let explained = Scanner.scan(text, rules: try Self.rules(explain: true), fingerprinter: TestPacks.fingerprinter)
        #expect(explained.count == 1)
        #expect(explained.first?.level == .low && explained.first?.score == 0)
        #expect(explained.first?.evidence.first?.name == "excluded")
        #expect(explained.first?.evidence.first?.source == "credentials after the name")
        let counted = Scanner.scan("saw Maria Lopez today", rules: try Self.rules(explain: true), fingerprinter: TestPacks.fingerprinter)
        #expect(counted.first?.level == .medium)
        // The explanation convention is read in one place: the finding's exclusion reason.
        #expect(explained.first?.exclusionReason == "credentials after the name")
        #expect(counted.first?.exclusionReason == nil)
    }

    /// One rule excludes a span ("audiologist Ms. Carla Benson"), another finds a name inside it
    /// ("Carla Benson"): the explanation is reported beside the finding, never in its place.
    @Test("explaining an exclusion never hides another rule's finding inside it")
    func explanationHidesNothing() throws {
        let titled = RuleDefinition(id: "t.titled", type: "NAME", patterns: [("p", #"Ms\. \p{Lu}[a-z]+ \p{Lu}[a-z]+"#)],
                                    prefilter: .keywords("ms", anywhere: true), lead: 0, trail: 40,
                                    levels: [.init(level: .medium, score: 60)],
                                    exclusions: [.init(regex: #"audiologist $"#, before: 12, after: 0, why: "a job title before the name")])
        let plain = RuleDefinition(id: "t.plain", type: "NAME", patterns: [("p", #"\p{Lu}[a-z]+ \p{Lu}[a-z]+"#)],
                                   prefilter: .keywords("carla", anywhere: true), lead: 0, trail: 40,
                                   levels: [.init(level: .medium, score: 55)])
        let text = "District audiologist Ms. Carla Benson will run a session"
        func scan(explain: Bool) throws -> [Finding] {
            let set = try RuleSet(rules: [titled, plain], keywordLists: ["ms": ["ms"], "carla": ["carla"]], explainsExclusions: explain)
            return Scanner.scan(text, rules: set, fingerprinter: TestPacks.fingerprinter)
        }
        let counted = try scan(explain: false).filter { $0.score > 0 }
        let explained = try scan(explain: true)
        #expect(counted.map(\.rule) == ["t.plain"])
        #expect(explained.filter { $0.score > 0 }.map(\.rule) == counted.map(\.rule))
        #expect(explained.contains { $0.rule == "t.titled" && $0.evidence.first?.name == "excluded" })
        #expect(explained.filter { $0.exclusionReason == nil }.map(\.rule) == counted.map(\.rule))
    }
}

/// Which keyword lists the word pass walks over all text and which are evidence only.
@Suite("Walked lists")
struct WalkedListTests {
    static func rules(reach: Int) throws -> RuleSet {
        let rule = RuleDefinition(id: "t.care", type: "CARE", patterns: [], prefilter: .terms("care"),
                                  evidence: [.init(name: "near", source: .keywords("near"), before: 300, after: 300),
                                             .init(name: "far", source: .keywords("far"), before: reach, after: reach)],
                                  levels: [.init(level: .low, score: 10, require: ["far"]), .init(level: .medium, score: 50)])
        return try RuleSet(rules: [rule], keywordLists: ["care": ["biopsy"], "near": ["nurse"], "far": ["animal hospital"]])
    }

    @Test("a dictionary rule's evidence reaching far is walked over all text; near evidence stays lazy")
    func farEvidenceIsWalked() throws {
        let far = try Self.rules(reach: 1_500), near = try Self.rules(reach: 400)
        let index = Dictionary(uniqueKeysWithValues: far.listNames.enumerated().map { ($1, $0) })
        #expect(far.evidenceOnly[index["far"]!] == false)
        #expect(far.evidenceOnly[index["near"]!] == true)
        #expect(near.evidenceOnly[index["far"]!] == true)
        // And the far list still finds its evidence 1,200 bytes from the term.
        let text = "biopsy " + String(repeating: "x ", count: 600) + "Animal Hospital"
        #expect(Scanner.scan(text, rules: far, fingerprinter: TestPacks.fingerprinter).first?.level == .low)
    }
}
