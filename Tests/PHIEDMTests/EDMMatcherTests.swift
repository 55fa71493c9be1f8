import Foundation
import PHIDetect
import PHITestSupport
import Testing
@testable import PHIEDM

@Suite struct EDMMatcherTests {
    let fp = TestPacks.fingerprinter

    func match(_ text: String, _ roster: EDMRoster, chunk: Int? = nil) -> (findings: [Finding], records: Set<UInt32>) {
        guard let chunk else { return EDMMatcher.match(text, roster: roster, fingerprinter: fp) }
        let m = EDMMatcher(roster: roster, fingerprinter: fp)
        for c in Chunking.chunks(Array(text.utf8), size: chunk) { m.feed(c) }
        return (m.finish(), m.records)
    }

    @Test func aRosterMRNInAnUnfamiliarFormatWithNoLabelIsFoundHigh() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let roster = try f.build()
        // Roster MRN 4417302, written as no export ever writes it.
        for text in ["could you pull 44-173-02 before clinic", "ref 441 7302 thanks", "see A4417302.", "44.17.302"] {
            let found = match(text, roster).findings
            #expect(found.count == 1, "\(text)")
            #expect(found.first?.type == "MRN" && found.first?.level == .high && found.first?.rule == "edm.clinic")
            #expect(found.first?.evidence.map(\.name) == ["mrn"])
        }
    }

    @Test func aMemberIDIsFoundWithoutItsSeparatorsOrCase() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let found = match("card xjh 88214 01 on file", try f.build()).findings
        #expect(found.map(\.type) == ["MEMBER_ID"])
    }

    @Test func aRandomNumberOfTheSameShapeIsNot() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let roster = try f.build()
        let known = Set(RosterFixture.rows.map { $0[0] })
        var rng = SplitMix(seed: 14)
        var text = ""
        for _ in 0..<2_000 {
            let n = String(4_400_000 + Int(rng.next() % 400_000))
            if known.contains(n) { continue }
            text += "chart \(n.prefix(2))-\(n.dropFirst(2).prefix(3))-\(n.suffix(2)) and \(n); "
        }
        #expect(match(text, roster).findings.isEmpty)
    }

    @Test func aRosterPatientsNameAndDateOfBirthInProseAreFound() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let roster = try f.build()
        let text = "Quick note: Ngozi Okafor (born January 3, 1940) came back with the same complaint."
        let found = match(text, roster).findings
        #expect(Set(found.map(\.type)) == ["NAME", "DOB"])
        #expect(found.allSatisfy { $0.level == .high && $0.rule == "edm.clinic" })
        #expect(found.first { $0.type == "DOB" }?.evidence.map(\.name).sorted() == ["dob", "first_name", "last_name"])
        // Accents and case fold; the date in another form.
        let other = match("JOSE NUNEZ, dob 02/04/1941, called", roster).findings
        #expect(Set(other.map(\.type)) == ["NAME", "DOB"])
    }

    @Test func aNameAloneOrWithAnotherPatientsDateIsNotAMatch() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let roster = try f.build()
        #expect(match("Ngozi Okafor came back with the same complaint.", roster).findings.isEmpty)
        #expect(match("Ngozi Okafor (born January 4, 1940) came back.", roster).findings.isEmpty)
        // A given name counts only with the family name.
        #expect(match("Ngozi (born January 3, 1940) came back.", roster).findings.isEmpty)
        #expect(match("Okafor (born January 3, 1940) came back.", roster).findings.count == 2)
    }

    @Test func aTwentyRowListOfRosterPatientsHasTwentyRecords() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let roster = try f.build()
        let rows = RosterFixture.rows.prefix(20).map { r in "\(r[2]) \(r[3])\t\(r[4])\tfollow-up" }
        let result = match(rows.joined(separator: "\n"), roster)
        #expect(result.records.count == 20)
        #expect(Set(result.findings.filter { $0.type == "DOB" }.map(\.fingerprint)).count == 20)
    }

    @Test func findingsAreTheSameForAnyChunking() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let roster = try f.build()
        let filler = String(repeating: "Nothing to see here, just words and a 12345 or two.\n", count: 3_000)
        let text = filler + "Ngozi Okafor (born January 3, 1940), chart 44-173-02.\n" + filler
            + RosterFixture.rows.prefix(5).map { "\($0[3]), \($0[2]) \($0[4])" }.joined(separator: "\n") + "\n" + filler
        let whole = match(text, roster)
        #expect(whole.records.count == 5)
        for size in [1, 7, 4096, 65535] {
            #expect(match(text, roster, chunk: size).findings == whole.findings, "chunk \(size)")
        }
    }
}
