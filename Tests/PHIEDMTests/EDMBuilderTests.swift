import Foundation
import PHIDetect
import PHIInspect
import PHIPolicy
import PHITestSupport
import Testing
@testable import PHIEDM

@Suite struct EDMBuilderTests {
    /// Every roster cell as written and as normalised, long enough to mean something in a grep.
    static func plainValues() -> [String] {
        var out = Set<String>()
        let kinds: [EDMSchema.Kind] = [.digits, .id, .name, .name, .date, .zip]
        for row in RosterFixture.rows {
            for (i, cell) in row.prefix(6).enumerated() {
                out.insert(cell)
                if let n = EDMNormalizer.normalize(Array(cell.utf8), kind: kinds[i]) { out.insert(String(decoding: n, as: UTF8.self)) }
            }
        }
        return out.filter { $0.utf8.count >= 4 }.sorted()
    }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard n.count <= haystack.count else { return false }
        return (0...(haystack.count - n.count)).contains { i in haystack[i..<(i + n.count)].elementsEqual(n) }
    }

    @Test func noPlainRosterValueIsInTheFile() throws {
        let f = try RosterFixture(); defer { f.remove() }
        _ = try f.build()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: f.edm)))
        let values = Self.plainValues()
        #expect(values.count > 100)
        for v in values { #expect(!Self.contains(bytes, v), "\(v) in the .edm file") }
        // Column names are there (the schema); a sanity check that the search works.
        #expect(Self.contains(bytes, "first_name"))
    }

    @Test func noPlainRosterValueIsInFindingsOrTheAuditRecord() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let roster = try f.build()
        let packs = try TestPacks.library()
        let engine = InspectionEngine(rules: packs.ruleSet, fingerprinter: TestPacks.fingerprinter, rosters: [roster])
        let rows = RosterFixture.rows.map { r in "\(r[2]) \(r[3]), born \(r[4]), chart \(r[0]), card \(r[1]), zip \(r[5])" }
        let message = "From: a@example.org\r\nTo: b@example.net\r\nSubject: list\r\n\r\n" + rows.joined(separator: "\r\n") + "\r\n"
        let inspector = Inspector(engine: engine)
        inspector.raw(Array(message.utf8))
        let report = inspector.finish()
        #expect(report.findings.contains { $0.rule == "edm.clinic" })
        let decision = Policy().decide(report: report, envelope: Envelope(sender: "a@example.org", recipients: ["b@example.net"]))
        let audit = try JSONEncoder().encode(decision.auditRecord)
        let findings = try JSONEncoder().encode(report.findings)
        for v in Self.plainValues() {
            #expect(!Self.contains(Array(audit), v), "\(v) in the audit record")
            #expect(!Self.contains(Array(findings), v), "\(v) in the findings")
        }
    }

    @Test func aTwentyRowListOfRosterPatientsIsBulk() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let roster = try f.build()
        let packs = try TestPacks.library()
        // Rows the packs alone do not read as patients: bare numbers, no labels.
        let text = RosterFixture.rows.prefix(20).map { r in "\(r[0].prefix(3)) \(r[0].dropFirst(3))  ok" }.joined(separator: "\n")
        func classify(_ rosters: [EDMRoster]) -> Classification {
            let engine = InspectionEngine(rules: packs.ruleSet, fingerprinter: TestPacks.fingerprinter, rosters: rosters)
            let inspector = Inspector(engine: engine)
            inspector.raw(Array("Subject: numbers\r\n\r\n\(text)\r\n".utf8))
            return Classifier().classify(inspector.finish())
        }
        #expect(!classify([]).reasons.contains { $0.hasPrefix("bulk") })
        let with = classify([roster])
        #expect(with.verdict == .phi)
        #expect(with.reasons.contains("bulk:20"))
    }

    @Test func aWrongKeyIsRefusedNamingBothKeyIds() throws {
        let f = try RosterFixture(); defer { f.remove() }
        _ = try f.build()
        let other = EDMKey(bytes: Array(repeating: 9, count: 32))
        #expect(throws: EDMError.self) { try EDMRoster(file: f.edm, key: other) }
        do {
            _ = try EDMRoster(file: f.edm, key: other)
        } catch {
            #expect(error.code == "key" && error.description.contains(f.key.id) && error.description.contains(other.id))
        }
        // A key file too short to be a key names the file and its line.
        try Data("secret\n".utf8).write(to: URL(fileURLWithPath: f.keyFile))
        do {
            _ = try EDMKey(file: f.keyFile)
            Issue.record("a 7-byte key was accepted")
        } catch {
            #expect(error.code == "key" && error.line == 1 && error.description.hasPrefix(f.keyFile + ":1:"))
        }
    }

    @Test func aTruncatedCSVFailsNamingTheLine() throws {
        // The export stopped mid-row: line 26 has four of seven fields.
        let f = try RosterFixture(extraCSV: "9999999,ABC12345,Ada,Lovelace"); defer { f.remove() }
        do {
            _ = try f.build()
            Issue.record("a truncated CSV was built")
        } catch let e as EDMError {
            #expect(e.line == 26 && e.code == "csv" && e.description.contains("4 fields"))
            #expect(!e.description.contains("Lovelace"))
        }
        // ...or inside a quoted field.
        let g = try RosterFixture(extraCSV: "9999998,ABC12346,\"Ada,Lov"); defer { g.remove() }
        #expect { try g.build() } throws: { ($0 as? EDMError)?.line == 26 }
    }

    @Test func aSchemaCSVMismatchFailsNamingTheLine() throws {
        let f = try RosterFixture(); defer { f.remove() }
        var schema = RosterFixture.schema
        schema.columns.append(.init(name: "ssn", kind: .digits, role: .primary, type: "SSN"))
        #expect { try EDMBuilder.build(schema: schema, csv: f.csv, key: f.key, output: f.edm) } throws: {
            ($0 as? EDMError)?.line == 1 && "\($0)".contains("`ssn`")
        }
        // A value that is not of its column's kind: line and column, never the value.
        var rows = RosterFixture.rows
        rows[4][4] = "someday"
        let g = try RosterFixture(rows: rows); defer { g.remove() }
        #expect { try g.build() } throws: {
            ($0 as? EDMError)?.line == 6 && "\($0)".contains("`dob`") && !"\($0)".contains("someday")
        }
    }

    @Test func aTruncatedOrDamagedRosterFileIsRefused() throws {
        let f = try RosterFixture(); defer { f.remove() }
        _ = try f.build()
        let whole = try Data(contentsOf: URL(fileURLWithPath: f.edm))
        for cut in [5, 100, whole.count / 2, whole.count - 1] {
            try whole.prefix(cut).write(to: URL(fileURLWithPath: f.edm))
            #expect { try EDMRoster(file: f.edm, key: f.key) } throws: { ($0 as? EDMError)?.code == "index" }
        }
        try (whole + Data([0])).write(to: URL(fileURLWithPath: f.edm))
        #expect(throws: EDMError.self) { try EDMIndex(path: f.edm) }
    }

    @Test func aFailedRebuildLeavesTheDeployedRosterWhole() throws {
        let f = try RosterFixture(); defer { f.remove() }
        let before = try f.build()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: f.edm))
        try (RosterFixture.header + "\n1,2,3\n").write(toFile: f.csv, atomically: true, encoding: .utf8)
        #expect(throws: EDMError.self) { try f.build() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: f.edm)) == bytes)
        #expect(!EDMMatcher.match("chart 44-173-02", roster: before, fingerprinter: TestPacks.fingerprinter).findings.isEmpty)
    }
}
