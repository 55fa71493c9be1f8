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

/// Chinese, Japanese and Korean text has no word breaks (or particles attached): its phrases are
/// found inside the runs, once each, at every chunk size.
@Suite("Phrases inside CJK runs")
struct CJKRunTests {
    static func signature(_ f: Finding) -> String { "\(f.type) \(f.rule) \(f.level) \(f.start)-\(f.end)" }

    @Test("a care word inside a run of Chinese, after a Korean word's particle, or standing alone, at every chunk size")
    func careInsideRuns() throws {
        let rules = try TestPacks.library().ruleSet
        // 复诊 inside a sentence; 예약 with the particle 이; 透析 as a whole token between spaces.
        // (ASCII punctuation: offsets are of the NFKC text, which folds full-width forms.)
        let text = "我妈妈下周二上午10点在刘医生那里复诊, 能不能改到周四?\n대장 내시경 예약이 되어 있는데요.\n每周三次 透析 治疗\n"
            + String(repeating: "患者下周再来", count: 3000) + "\n"
        let whole = Chunking.scan(text, size: 1 << 22, rules: rules).map(Self.signature)
        let care = whole.filter { $0.hasPrefix("CARE care ") }
        let starts = Set(care.map { $0.split(separator: " ")[3] })
        #expect(care.count == starts.count)  // none twice
        func offset(_ s: String) -> Int { text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: s)!.lowerBound.samePosition(in: text.utf8)!) }
        for term in ["复诊", "예약", "透析"] {
            let start = offset(term), end = start + term.utf8.count
            #expect(care.contains { $0.hasSuffix(" \(start)-\(end)") }, "\(term)")
        }
        for size in Chunking.sizes {
            #expect(Chunking.scan(text, size: size, rules: rules).map(Self.signature) == whole, "size \(size)")
        }
    }
}
