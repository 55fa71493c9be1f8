import PHIPacks
import PHITestSupport
import Testing
@testable import PHIDetect

/// Evidence-only keyword lists are walked with the other lists only in segments near digits and
/// trigger bytes, and elsewhere only around the candidates that ask. The findings, evidence
/// distances included, must be exactly those of a rule set that walks every list over all text.
@Suite("Evidence walk")
struct EvidenceWalkTests {
    /// The default packs, plus one never-matching rule triggered by each evidence-only list, which
    /// makes the word pass walk that list everywhere.
    static func eager(_ library: PackLibrary) throws -> RuleSet {
        let lazy = library.ruleSet
        let lists = lazy.listNames.indices.filter { lazy.evidenceOnly[$0] }.map { lazy.listNames[$0] }
        #expect(lists.count >= 5)
        var packs = library.packs
        packs[0].rules += lists.map { list in
            RuleDefinition(id: "test.eager.\(list)", type: "TEST", patterns: [("never", "(?!)")],
                           prefilter: .keywords(list), levels: [.init(level: .low, score: 1)])
        }
        let eager = try PackLibrary.build(packs).ruleSet
        #expect(eager.listNames.indices.allSatisfy { !eager.evidenceOnly[$0] })
        return eager
    }

    /// Identifier lines, keyword phrases of every evidence-only list, and stretches of plain
    /// words long enough that whole segments hold no digit.
    static func text(_ rng: inout SplitMix, _ rules: RuleSet, _ library: PackLibrary) -> String {
        let phrases = library.packs.flatMap { pack in
            pack.keywordLists.filter { rules.listNames.firstIndex(of: $0.key).map { rules.evidenceOnly[$0] } ?? false }
                .flatMap(\.value)
        }.sorted()
        // The letter's lines, and names whose evidence (a label, a personal-care phrase) is far from any digit.
        let lines = ScannerTests.letter.split(separator: "\n").map(String.init)
            + ["Dear Maria Lopez,", "Patient name: Maria Lopez", "Hello Ana Ortiz,", "Re: Maria Lopez"]
        // Plain words only: a given name in running text is a candidate of name.prose, which asks for evidence.
        let plain = ["the", "clinic", "will", "call", "them", "about", "her", "visit", "and", "plan"]
        var out = ""
        while out.utf8.count < 24_000 {
            switch rng.next() % 4 {
            case 0: out += lines[Int(rng.next() % UInt64(lines.count))] + "\n"
            case 1: out += phrases[Int(rng.next() % UInt64(phrases.count))] + (rng.next() % 2 == 0 ? ": " : " ")
            default:
                for _ in 0..<Int(rng.next() % 1600) { out += plain[Int(rng.next() % UInt64(plain.count))] + " " }
                out += "\n"
            }
        }
        return out
    }

    @Test("lazily walked evidence gives the findings of walking every list everywhere")
    func lazyEqualsEager() throws {
        let library = try TestPacks.library()
        let eager = try Self.eager(library)
        var rng = SplitMix(seed: 0xE71_DE4CE)
        var withEvidence = 0, skipped = 0
        for _ in 0..<8 {
            let text = Self.text(&rng, library.ruleSet, library)
            let expected = Chunking.scan(text, size: 1 << 20, rules: eager)
            withEvidence += expected.filter { !$0.evidence.isEmpty }.count
            for size in [7, 4096] {
                #expect(Chunking.scan(text, size: size, rules: library.ruleSet) == expected)
            }
            // Whole: and some of the text was never walked for evidence.
            let scanner = Scanner(rules: library.ruleSet, fingerprinter: TestPacks.fingerprinter)
            scanner.feed(Array(text.utf8))
            #expect(scanner.finish() == expected)
            skipped += text.utf8.count - scanner.evidenceWalked.reduce(0) { $0 + $1.count }
        }
        #expect(withEvidence >= 20)
        #expect(skipped > 10_000)
    }
}
