import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

@Suite("AuditSink")
struct AuditSinkTests {
    let record = Policy().decide(report: ssnReport, envelope: Envelope(queueID: "Q1")).auditRecord

    func tempPath(_ name: String) -> String {
        NSTemporaryDirectory() + "phi-audit-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    func lines(_ path: String) throws -> Int {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count
    }

    @Test("the file sink appends one line per record and survives reopen after a rename")
    func fileSink() throws {
        let path = tempPath("rename")
        defer { unlink(path); unlink(path + ".1") }
        let sink = try FileAuditSink(path: path)
        try sink.write(record)
        rename(path, path + ".1")
        sink.reopen()
        try sink.write(record)
        try sink.write(record)
        #expect(try lines(path + ".1") == 1)
        #expect(try lines(path) == 2)
    }

    @Test("with fsync on, a regular file is flushed record by record and every line is whole JSON")
    func fsyncPath() throws {
        let path = tempPath("fsync")
        defer { unlink(path) }
        let sink = try FileAuditSink(path: path, renderer: AuditRenderer(format: .json), fsync: true)
        for _ in 0..<5 { try sink.write(record) }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 5)
        for line in text.split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test("concurrent writers sharing flushes (group commit) each get a whole line, none lost")
    func concurrentFsync() throws {
        let path = tempPath("group")
        defer { unlink(path) }
        let sink = try FileAuditSink(path: path, renderer: AuditRenderer(format: .json), fsync: true)
        let failures = NSLock()
        nonisolated(unsafe) var failed = 0
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<25 {
                do { try sink.write(record) } catch { failures.lock(); failed += 1; failures.unlock() }
            }
        }
        #expect(failed == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let all = text.split(separator: "\n")
        #expect(all.count == 200)
        for line in all { #expect(line.hasPrefix("{") && line.hasSuffix("}")) }
    }

    @Test("a full disk (/dev/full) is an error naming audit.write and ENOSPC, never silence")
    func fullDisk() throws {
        let sink = try FileAuditSink(path: "/dev/full", renderer: AuditRenderer(), fsync: true)
        do {
            try sink.write(record)
            Issue.record("the write to /dev/full did not fail")
        } catch {
            #expect(error.code == "audit.write")
            #expect(error.errno == ENOSPC)
            #expect(error.description.contains("/dev/full"))
        }
    }

    @Test("a failed reopen keeps writing to the old file until it is deleted, then refuses")
    func failedReopen() throws {
        let path = tempPath("kept")
        defer { rmdir(path); unlink(path + ".1") }
        let sink = try FileAuditSink(path: path)
        try sink.write(record)
        rename(path, path + ".1")
        mkdir(path, 0o700)  // a directory in its place: no file can be opened there, even by root
        sink.reopen()
        try sink.write(record)
        #expect(try lines(path + ".1") == 2)
        unlink(path + ".1")  // now records would go to a deleted file
        do {
            try sink.write(record)
            Issue.record("a write to a deleted file was accepted")
        } catch {
            #expect(error.code == "audit.deleted")
        }
    }

    @Test("after a failed reopen, the next write opens the path again once it can")
    func reopenRetried() throws {
        let path = tempPath("retry")
        defer { unlink(path); unlink(path + ".1") }
        let sink = try FileAuditSink(path: path)
        try sink.write(record)
        rename(path, path + ".1")
        mkdir(path, 0o700)  // the path cannot be opened as a file now
        sink.reopen()
        try sink.write(record)  // still lands in the renamed file
        rmdir(path)
        try sink.write(record)  // reopened
        #expect(try lines(path + ".1") == 2)
        #expect(try lines(path) == 1)
    }

    @Test("the kv format writes the summary line")
    func kvFormat() throws {
        let path = tempPath("kv")
        defer { unlink(path) }
        try FileAuditSink(path: path, format: .kv).write(record)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("queue_id=Q1 verdict=phi "))
    }

    @Test("an unopenable path is an error naming the code and the path")
    func badPath() {
        #expect(throws: AuditError.self) { try FileAuditSink(path: "/nonexistent-dir/x/audit.jsonl") }
        do {
            _ = try FileAuditSink(path: "/nonexistent-dir/x/audit.jsonl")
        } catch {
            #expect(error.code == "audit.open")
            #expect(error.description == "audit.open /nonexistent-dir/x/audit.jsonl: No such file or directory")
        }
    }

    @Test("the default sink is a file under /var/log/phi-milter, fsync on, tempfail on failure")
    func defaults() {
        let c = AuditConfig()
        #expect(c.sink == .file)
        #expect(c.path == "/var/log/phi-milter/audit.log")
        #expect(c.fsync)
        #expect(c.onFailure == .tempfail)
        #expect(c.syslogCopy == .none)
    }

    @Test("a syslog copy is best effort: the primary sink's failure still surfaces")
    func teeFailure() throws {
        var c = AuditConfig()
        c.path = "/dev/full"
        c.syslogCopy = .cef
        let sink = try makeAuditSink(c)
        #expect(sink is TeeAuditSink)
        #expect(throws: AuditError.self) { try sink.write(record) }
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
