import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

@Suite("AuditRecord")
struct AuditRecordTests {
    let env = Envelope(clientAddress: "192.0.2.1", clientHost: "mx.test", sender: "a@x.test",
                       recipients: ["b@y.test"], queueID: "ABC123", messageID: "<m1@x.test>")

    @Test("the audit record carries masked samples and never the raw identifier")
    func noRawValues() {
        let report = ScanReport(findings: [finding("SSN", "us.ssn"), finding("ICD10", "icd10", .medium, score: 60, masked: "E1*.*")],
                                unscannable: [Unscannable(reason: "archive.encrypted", part: "2:Maria_Lopez.zip")],
                                bytes: 500, elapsedMs: 1.23456)
        let d = Policy().decide(report: report, envelope: env, now: Date(timeIntervalSince1970: 0))
        let line = d.auditRecord.jsonLine()
        #expect(!line.contains("536-90-4399"))
        #expect(!line.contains("Maria"))
        #expect(!line.contains("\n"))
        #expect(line.contains("\"masked\":\"***-**-4399\""))
        #expect(line.contains("\"queue_id\":\"ABC123\""))
        #expect(line.contains("\"time\":\"1970-01-01T00:00:00Z\""))
        #expect(d.auditRecord.unscannable == ["archive.encrypted"])
        #expect(d.auditRecord.rules.map(\.rule) == ["icd10", "us.ssn"])
    }

    @Test("a 20 KB Message-ID is capped and control characters are replaced")
    func longMessageID() {
        var e = env
        e.messageID = "<" + String(repeating: "x", count: 20_000) + "\u{1}@x.test>"
        let record = Policy().decide(report: ssnReport, envelope: e).auditRecord
        #expect(record.messageID.utf8.count == AuditRecord.maxMessageIDBytes + 3)
        #expect(record.messageID.hasSuffix("..."))
        #expect(record.jsonLine().utf8.count < 2_000)
        e.messageID = "<a\u{7}b@x.test>"
        #expect(Policy().decide(report: ssnReport, envelope: e).auditRecord.messageID == "<a?b@x.test>")
    }

    @Test("the summary is one stable key=value line")
    func summary() {
        let d = Policy().decide(report: ssnReport, envelope: env)
        #expect(d.auditRecord.summary().hasPrefix(
            "queue_id=ABC123 verdict=phi action=encrypt,tag score=85 types=SSN rules=us.ssn unscannable=- bytes=100"))
        #expect(AuditRecord.token("a b\"c") == "a_b_c")
    }
}
