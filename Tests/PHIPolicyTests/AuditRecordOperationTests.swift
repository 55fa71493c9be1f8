import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

@Suite("AuditRecord.Operation")
struct AuditRecordOperationTests {
    var held: HeldMessage {
        var m = HeldMessage(queueID: "Q1", size: 443, sender: "a@x.test", recipients: ["b@y.test"])
        m.messageID = "<m1@x.test>"
        m.scan = ScanHeader(parsing: "phi; score=92; types=SSN; rules=us.ssn")
        return m
    }

    @Test("a release record names who, why and the route, with the message's verdict and types")
    func release() throws {
        let op = AuditRecord.Operation(kind: .release, by: "alice (sudo)", uid: 0, reason: "reviewed", route: "encrypted")
        let r = AuditRecord(time: Date(timeIntervalSince1970: 0), operation: op, message: held)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.jsonLine().utf8)) as? [String: Any])
        let o = try #require(json["operation"] as? [String: Any])
        #expect(o["kind"] as? String == "release" && o["by"] as? String == "alice (sudo)" && o["reason"] as? String == "reviewed")
        #expect(o["route"] as? String == "encrypted" && o["uid"] as? Int == 0)
        #expect(json["verdict"] as? String == "phi" && json["queue_id"] as? String == "Q1" && json["actions"] as? [String] == [])
        #expect(json["types"] as? [String] == ["SSN"] && json["message_id"] as? String == "<m1@x.test>")
    }

    @Test("the scan's own record supplies reasons, masked samples and client")
    func fromScanRecord() throws {
        let scan = Policy().decide(report: ssnReport, envelope: Envelope(clientAddress: "192.0.2.1", clientHost: "mx.test",
                                                                          queueID: "Q1")).auditRecord
        let excerpt = try JSONDecoder().decode(ScanRecordExcerpt.self, from: Data(scan.jsonLine().utf8))
        let r = AuditRecord(operation: .init(kind: .delete, by: "bob", uid: 1000, reason: "dup"), message: held, scanned: excerpt)
        #expect(r.samples.first?.masked == "***-**-4399" && r.reasons == scan.reasons && r.client == "mx.test[192.0.2.1]")
    }

    @Test("the reason loses control characters and is capped")
    func reasonCleaned() {
        let op = AuditRecord.Operation(kind: .delete, by: "bob", uid: 1, reason: "a\nb\u{1}c" + String(repeating: "x", count: 1000))
        #expect(op.reason.hasPrefix("abc") && op.reason.utf8.count == AuditRecord.Operation.maxReasonBytes)
    }

    @Test("a scan record has no operation key")
    func scanHasNoOperation() {
        let line = Policy().decide(report: ssnReport, envelope: Envelope(queueID: "Q1")).auditRecord.jsonLine()
        #expect(!line.contains("\"operation\""))
    }

    @Test("the log reader finds each message's last scan record and skips operator records and bad lines")
    func reader() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("phi-audit-\(getpid()).jsonl").path
        defer { unlink(path) }
        let first = Policy().decide(report: ScanReport(bytes: 1), envelope: Envelope(queueID: "Q1")).auditRecord
        let second = Policy().decide(report: ssnReport, envelope: Envelope(queueID: "Q1")).auditRecord
        let other = Policy().decide(report: ssnReport, envelope: Envelope(queueID: "Q2")).auditRecord
        let op = AuditRecord(operation: .init(kind: .release, by: "a", uid: 0, reason: "r"), message: held)
        // A record of a later version, with a new action and a new field, still reads.
        let later = other.jsonLine().replacingOccurrences(of: "\"queue_id\":\"Q2\"", with: "\"queue_id\":\"Q4\"")
            .replacingOccurrences(of: "\"actions\":[", with: "\"direction\":\"outbound\",\"actions\":[\"notify\",")
        let text = [first.jsonLine(), "{broken", second.jsonLine(), other.jsonLine(), op.jsonLine(), later]
            .joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let found = AuditLogReader.scanRecords(path: path, queueIDs: ["Q1", "Q3", "Q4"])
        #expect(found.count == 2 && found["Q4"]?.actions?.first == "notify")
        #expect(found["Q1"]?.verdict == "phi" && found["Q1"]?.operation == nil && found["Q1"]?.samples?.count == 1)
        #expect(AuditLogReader.scanRecords(path: path + ".missing", queueIDs: ["Q1"]).isEmpty)
    }
}
