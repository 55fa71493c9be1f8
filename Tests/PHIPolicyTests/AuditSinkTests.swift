import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

@Suite("AuditSink")
struct AuditSinkTests {
    let record = Policy().decide(report: ssnReport, envelope: Envelope(queueID: "Q1")).auditRecord

    @Test("the file sink appends one line per record and survives reopen after a rename")
    func fileSink() throws {
        let path = NSTemporaryDirectory() + "phi-audit-\(getpid()).jsonl"
        defer { unlink(path); unlink(path + ".1") }
        let sink = try FileAuditSink(path: path)
        sink.write(record)
        rename(path, path + ".1")
        sink.reopen()
        sink.write(record)
        sink.write(record)
        #expect(try String(contentsOfFile: path + ".1", encoding: .utf8).split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test("the kv format writes the summary line")
    func kvFormat() throws {
        let path = NSTemporaryDirectory() + "phi-audit-kv-\(getpid()).log"
        defer { unlink(path) }
        try FileAuditSink(path: path, format: .kv).write(record)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("queue_id=Q1 verdict=phi "))
    }

    @Test("an unwritable path is an error naming a code")
    func badPath() {
        #expect(throws: AuditError.self) { try FileAuditSink(path: "/nonexistent-dir/x/audit.jsonl") }
    }

    @Test("every sink kind can be made and written to")
    func kinds() throws {
        for kind in [AuditConfig.Sink.syslog, .none] {
            var c = AuditConfig()
            c.sink = kind
            try makeAuditSink(c).write(record)
        }
    }
}
