import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

/// A patient list of `rows` rows: an MRN, a name and a date of birth each, with a diagnosis column.
func patientList(rows: Int) -> ScanReport {
    var findings: [Finding] = []
    for i in 0..<rows {
        findings.append(valued("MRN", "us.mrn", 3 * i))
        findings.append(valued("NAME", "name.table", 3 * i + 1, .medium, score: 70))
        findings.append(valued("DOB", "dob.label", 3 * i + 2, .high, score: 80))
        findings.append(valued("ICD10", "icd10cm", 1_000_000 + i % 7, .medium, score: 60))
    }
    return ScanReport(findings: findings, bytes: rows * 80)
}

@Suite("Policy escalation: bulk size, per-type overrides, allow-listed fingerprints")
struct PolicyEscalationTests {
    @Test("records count rows, not identifiers: 600 rows of MRN, name and DOB are 600")
    func records() {
        #expect(Classifier().classify(patientList(rows: 600)).records == 600)
        #expect(Classifier().classify(patientList(rows: 1)).records == 1)
        #expect(Classifier().classify(ScanReport()).records == 0)
    }

    @Test("bulk escalation rejects a 600-row list while a one-patient referral is encrypted")
    func bulk() {
        var c = PolicyConfig()
        c.policy.bulk.over = 500
        let p = Policy(config: c)
        let env = Envelope(recipients: ["b@remote.test"])
        let list = p.decide(report: patientList(rows: 600), envelope: env)
        #expect(list.verdict == .phi)
        #expect(list.disposition == .reject)
        #expect(list.auditRecord.applied == ["bulk:600"])
        let referral = p.decide(report: patientList(rows: 1), envelope: env)
        #expect(referral.verdict == .phi)
        #expect(referral.actions == [.encrypt, .tag])
        #expect(p.decide(report: patientList(rows: 500), envelope: env).disposition == .encrypt)
        // Off by default.
        #expect(Policy().decide(report: patientList(rows: 600), envelope: env).disposition == .encrypt)
    }

    @Test("bulk escalation leaves internal-only mail alone unless bulk.internal is set")
    func bulkInternal() {
        var c = PolicyConfig()
        c.site.internalDomains = ["hospital.test"]
        c.policy.bulk.over = 500
        c.policy.bulk.actions = [.quarantine]
        let env = Envelope(recipients: ["a@hospital.test"])
        #expect(Policy(config: c).decide(report: patientList(rows: 600), envelope: env).actions == [.tag])
        c.policy.bulk.internal = true
        #expect(Policy(config: c).decide(report: patientList(rows: 600), envelope: env).actions == [.tag, .quarantine])
    }

    @Test("a per-type ignore drops the type before classification; per-type actions add to PHI")
    func perType() {
        var c = PolicyConfig()
        c.policy.types = ["SSN": .ignore]
        let env = Envelope(recipients: ["b@remote.test"])
        let ignored = Policy(config: c).decide(report: ssnReport, envelope: env)
        #expect(ignored.verdict == .clean)
        #expect(ignored.actions == [.accept])
        #expect(ignored.headerValue.contains("types=none"))
        #expect(ignored.auditRecord.applied == ["ignored:1"])
        c.policy.types = ["SSN": .actions([.quarantine])]
        let held = Policy(config: c).decide(report: ssnReport, envelope: env)
        #expect(held.actions == [.encrypt, .tag, .quarantine])
        #expect(held.disposition == .quarantine)
        #expect(held.auditRecord.applied == ["type:SSN"])
        // Per-type actions only apply when the type counted toward PHI.
        c.policy.types = ["NPI": .actions([.reject])]
        let npi = ScanReport(findings: [valued("NPI", "us.npi", 1)])
        #expect(Policy(config: c).decide(report: npi, envelope: env).actions == [.accept])
    }

    @Test("an allow-listed fingerprint is dropped before classification; other values still count")
    func allowList() {
        var c = PolicyConfig()
        let siteSSN = valued("SSN", "us.ssn", 42)
        c.policy.allowFingerprints = [siteSSN.fingerprint]
        let p = Policy(config: c)
        let env = Envelope(recipients: ["b@remote.test"])
        let d = p.decide(report: ScanReport(findings: [siteSSN]), envelope: env)
        #expect(d.verdict == .clean)
        #expect(d.auditRecord.samples.isEmpty)
        #expect(d.auditRecord.applied == ["allowed:1"])
        let other = p.decide(report: ScanReport(findings: [siteSSN, valued("SSN", "us.ssn", 43)]), envelope: env)
        #expect(other.verdict == .phi)
        #expect(other.auditRecord.samples.map(\.fingerprint) == [print32(43)])
    }
}
