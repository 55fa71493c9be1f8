import PHIDetect
import PHIInspect
import PHITestSupport
import Testing
@testable import PHIPolicy

/// The default packs plus the default classifier on texts shaped like real mail.
@Suite("Content verdicts on real-looking mail")
struct ContentVerdictTests {
    static func verdict(_ text: String) throws -> ContentVerdict {
        let engine = try CorpusFixtures.engine()
        let scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter)
        scanner.feed(Array(text.utf8))
        return Classifier().classify(ScanReport(findings: scanner.finish())).verdict
    }

    @Test("a provider's own NPI, DEA, phone and address in a signature are not PHI", arguments: [
        """
        Hi all, the diabetes education class moves to Thursday. Bring your questions about insulin.
        --
        Ana Ortiz, MD | Internal Medicine | NPI 1234567893 | DEA F91234563
        1234 Elm Street, Springfield, IL 62704 | Tel (312) 555-0100 | Cell 312-555-0199
        """,
        """
        Our newsletter on diabetes prevention goes out Friday; it contains no patient information.

        Thanks,
        Dana Whitfield | Clinic Operations | (312) 555-0100
        """,
        """
        Dear Jennifer,

        Join our diabetes prevention webinar next week. Learn how metformin and diet help.

        Best,
        The Wellness Team
        """,
        """
        Reminder: HIPAA training is due. Never email an SSN or a medical record number unencrypted.
        Questions: privacy@example.org or (312) 555-0142. Order 536904399 shipped on 03/02/2026.
        """,
    ])
    func signaturesAreClean(_ text: String) throws {
        #expect(try Self.verdict(text) == .clean)
    }

    @Test("a patient's identifier with health information is PHI", arguments: [
        "Patient: Maria Lopez, DOB 03/14/1962. Dx: E11.9 type 2 diabetes.",
        "SSN: 536-90-4399",
        "Lab results for Tiffany Smith DOB 10/23/2014 - anemia",
        "Medicare MBI: 1EG4-TE5-MK73",
        "Patient phone: (312) 555-0187. Started metformin 500 mg for diabetes.",
        "Dear Mr. Green,\nYour refill request for tramadol has been sent to your pharmacy.\nDx: HIV disease",
        "Admission notification\nPassport no.:    P8821937 (GBR)\nAdmitted:        02/05/2025 03:40 via Emergency\nWard:            High Dependency Unit, bed 7",
        (10...16).map { "Maria Lopez,03/14/1962,536-90-43\($0),Springfield" }.joined(separator: "\n"),
    ])
    func patientsArePHI(_ text: String) throws {
        #expect(try Self.verdict(text) == .phi)
    }
}

/// The classifier reads tallied findings (past those a report keeps) as it reads kept ones.
@Suite("Classifier over tallied findings")
struct TalliedClassifierTests {
    static func finding(_ type: String, _ i: Int, level: Level = .high) -> Finding {
        Finding(type: type, rule: "t.\(type.lowercased())", level: level, score: 80, start: i, end: i + 1,
                masked: "***", fingerprint: "hmac-sha256:" + String(repeating: "0", count: 28) + Self.hex4(i))
    }

    static func hex4(_ i: Int) -> String {
        let h = String(i, radix: 16)
        return String(repeating: "0", count: 4 - h.count) + h
    }

    @Test("strong and bulk reasons come from tallied findings alone")
    func talliedOnly() {
        var tally = FindingTally()
        tally.add((0..<7).map { Self.finding("MRN", $0) })
        let c = Classifier().classify(ScanReport(findings: [], tally: tally))
        #expect(c.verdict == .phi)
        #expect(c.reasons.contains("strong:MRN"))
        #expect(c.reasons.contains("bulk:7"))
    }

    @Test("distinct values are counted across kept and tallied findings, once each")
    func distinctAcross() {
        var tally = FindingTally()
        tally.add((2..<6).map { Self.finding("DOB", $0, level: .medium) })
        let kept = (0..<4).map { Self.finding("DOB", $0, level: .medium) } + [Self.finding("CARE", 99, level: .low)]
        let c = Classifier().classify(ScanReport(findings: kept, tally: tally))
        #expect(c.reasons.contains("bulk:6"))
    }

    @Test("a licence or passport number is a person's identifier: with care it is PHI, alone it is not")
    func licenceIsAPersonIdentifier() {
        let alone = Classifier().classify(ScanReport(findings: [Self.finding("LICENSE", 0, level: .medium)], tally: FindingTally()))
        #expect(alone.verdict == .clean)
        let withCare = [Self.finding("LICENSE", 0, level: .medium), Self.finding("CARE", 1, level: .medium)]
        let c = Classifier().classify(ScanReport(findings: withCare, tally: FindingTally()))
        #expect(c.verdict == .phi)
        #expect(c.reasons == ["combined:LICENSE+CARE"])
    }

    @Test("names and birth dates make a list only in mail about health care; strong identifiers in any")
    func bulkNeedsHealthContext() {
        let people = (0..<6).map { Self.finding("DOB", $0, level: .medium) } + (6..<12).map { Self.finding("NAME", $0, level: .medium) }
        let roster = Classifier().classify(ScanReport(findings: people, tally: FindingTally()))
        #expect(roster.verdict == .clean)
        #expect(roster.records == 0)
        let patients = Classifier().classify(ScanReport(findings: people + [Self.finding("CARE", 99, level: .low)], tally: FindingTally()))
        #expect(patients.reasons.contains("bulk:12"))
        let mrns = Classifier().classify(ScanReport(findings: (0..<5).map { Self.finding("MRN", $0, level: .medium) }, tally: FindingTally()))
        #expect(mrns.reasons.contains("bulk:5"))
    }
}
