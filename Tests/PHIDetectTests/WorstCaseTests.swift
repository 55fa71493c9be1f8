import PHITestSupport
import Testing
@testable import PHIDetect

/// Hostile shapes of text: what must still be found after them, and how findings stay bounded.
/// (Their speed is measured by `make bench`, not here.)
@Suite("Worst-case text")
struct WorstCaseTests {
    static func signature(_ f: Finding) -> String { "\(f.type) \(f.rule) \(f.level) \(f.start)-\(f.end) \(f.fingerprint)" }

    @Test("after a token longer than any phrase, words and identifiers are found, at every chunk size",
          arguments: ["x", "7", "1-", "é"])
    func afterLongToken(_ unit: String) throws {
        let rules = try TestPacks.library().ruleSet
        let text = String(repeating: unit, count: 40_000)
            + " Patient SSN: 536-90-4399, DOB 03/14/1962, type 2 diabetes mellitus.\n"
        let whole = Chunking.scan(text, size: 1 << 22, rules: rules).map(Self.signature)
        #expect(whole.contains { $0.hasPrefix("SSN us.ssn high") })
        #expect(whole.contains { $0.hasPrefix("DIAGNOSIS") })
        for size in [7, 4096, 65_535] {
            #expect(Chunking.scan(text, size: size, rules: rules).map(Self.signature) == whole)
        }
    }

    @Test("a text dense with values keeps the first findings whole and counts the rest exactly")
    func denseFindingsAreTallied() throws {
        let rules = try TestPacks.library().ruleSet
        let n = 2 * FindingTally.keptFindings + 500
        var text = "Patient list, SSN of each:\n"
        for i in 0..<n { text += "SSN: 536-\(10 + i / 9000)-\(1000 + i % 9000)\n" }
        let scanner = Scanner(rules: rules, fingerprinter: TestPacks.fingerprinter)
        for chunk in Chunking.chunks(Array(text.utf8), size: 65_536) { scanner.feed(chunk) }
        let kept = scanner.finish()
        let keptSSN = kept.filter { $0.type == "SSN" }.count
        let tallied = scanner.overflow.entries.filter { $0.type == "SSN" }
        #expect(kept.count == FindingTally.keptFindings)
        #expect(keptSSN + tallied.reduce(0) { $0 + $1.count } == n)
        #expect(tallied.reduce(0) { $0 + $1.distinct } == n - keptSSN)
        // Every kept finding is whole (past the kept ones, findings are built for the tally only),
        // and what is kept and tallied does not depend on the chunking.
        #expect(kept.allSatisfy { !$0.masked.isEmpty })
        #expect(kept.filter { $0.type == "SSN" }.allSatisfy { !$0.evidence.isEmpty })
        let small = Scanner(rules: rules, fingerprinter: TestPacks.fingerprinter)
        for chunk in Chunking.chunks(Array(text.utf8), size: 7) { small.feed(chunk) }
        #expect(small.finish() == kept)
        #expect(small.overflow == scanner.overflow)
        // A report adds them the same way: a bounded number kept, every one counted.
        let all = kept.count + scanner.overflow.count
        var report = ScanReport()
        report.add(kept, tally: scanner.overflow)
        report.add(kept)  // a second part with as many findings: all tallied
        #expect(report.findings.count == FindingTally.keptFindings)
        #expect(report.findingCount == all + kept.count)
        #expect(report.countsByType["SSN"] == n + keptSSN)
    }

    @Test("a tally's fingerprint key reads the fingerprint's hex digits")
    func tallyKey() {
        #expect(FindingTally.key("hmac-sha256:00000000000000000000000000000001") == 1)
        #expect(FindingTally.key("hmac-sha256:0000000000000000ffffffffffffffff") == UInt64.max)
        #expect(FindingTally.key("hmac-sha256:0000000000000000000000000000000A") == 10)
    }
}

/// A person's name joined by the capitalised word before it is still found.
@Suite("Names after a capitalised word")
struct NameRetryTests {
    @Test("the name test retries from the match's second word", arguments: [
        ("Yesterday Maria Lopez had her knee MRI.", "M**** L****"),
        ("Encik Ahmad bin Salleh had his MRI of the knee.", "A**** b** S*****"),
        ("Today Olga Ivanova had her colonoscopy.", "O*** I******"),
    ])
    func retry(_ text: String, _ masked: String) throws {
        let rules = try TestPacks.library().ruleSet
        for size in Chunking.sizes {
            let names = Chunking.scan(text, size: size, rules: rules).filter { $0.type == "NAME" }
            #expect(names.map(\.masked) == [masked])
            #expect(names.first.map { $0.level >= .medium } == true)
        }
    }

    @Test("the second word of a match", arguments: [
        ("Yesterday Maria Lopez", 10), ("Jen, Mark", 5), ("IBARRA^MARIA", 7), ("Lopez", -1),
    ])
    func nextWord(_ text: String, _ expected: Int) {
        let bytes = Array(text.utf8)
        let next = bytes.withUnsafeBufferPointer { Scanner.nextWord($0, in: 0..<$0.count) }
        #expect(next == (expected < 0 ? nil : expected))
    }
}
