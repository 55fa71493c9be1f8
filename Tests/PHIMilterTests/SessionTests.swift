import Foundation
import PHIDetect
@testable import PHIMilter
import PHIPolicy
import Testing

/// A scanner that records what it was fed and returns a fixed report (or throws).
final class FakeScanner: MessageScanner, @unchecked Sendable {
    var report: ScanReport
    var fails = false
    var headers: [String] = []
    var bodyBytes: [UInt8] = []
    var ended = false

    init(report: ScanReport = ScanReport(), fails: Bool = false) {
        self.report = report
        self.fails = fails
    }

    func header(name: String, value: String) { headers.append(name) }
    func endOfHeaders() { ended = true }
    func body(_ chunk: UnsafeRawBufferPointer) { bodyBytes += chunk }
    func finish() throws -> ScanReport {
        if fails { throw ScanFailure(code: "test.fail") }
        var r = report
        r.bytes = bodyBytes.count
        return r
    }
}

/// A gate with a fixed answer.
struct FixedGate: ScanGate {
    var open: Bool
    func enter() -> Bool { open }
    func leave() {}
}

let ssn = Finding(type: "SSN", rule: "us.ssn", level: .high, score: 85, start: 0, end: 11,
                  masked: "***-**-4399", fingerprint: "hmac-sha256:0")

func makeSession(report: ScanReport = ScanReport(), fails: Bool = false, gate: Bool = true,
                 config: PolicyConfig = PolicyConfig()) -> (Session, FakeScanner) {
    let fake = FakeScanner(report: report, fails: fails)
    let context = SessionContext(policy: Policy(config: config), makeScanner: { fake }, gate: FixedGate(open: gate))
    return (Session(context: context), fake)
}

/// Drives one message through a session; the body in chunks of `chunk` bytes.
func run(_ s: inout Session, headers: [(String, String)], body: String = "hello\r\n", chunk: Int = 4096,
         rcpt: String = "<b@remote.test>") -> EndOfMessage {
    _ = s.connect(host: "mx.test", address: "192.0.2.1")
    _ = s.helo("mx.test")
    s.macros(["{auth_authen}": ""])
    _ = s.mailFrom(["<a@x.test>", "SIZE=100"])
    _ = s.recipient([rcpt])
    for (n, v) in headers { _ = s.header(name: n, value: v) }
    _ = s.endOfHeaders()
    let bytes = Array(body.utf8)
    var i = 0
    while i < bytes.count {
        let end = min(bytes.count, i + chunk)
        _ = bytes[i..<end].withUnsafeBytes { s.body($0) }
        i = end
    }
    s.macros(["i": "QID1"])
    return s.endOfMessage()
}

@Suite("Session")
struct SessionTests {
    @Test("forged headers are deleted highest index first, per name, before the insert")
    func deletionOrder() {
        var (s, _) = makeSession()
        let end = run(&s, headers: [("X-PHI-Scan", "clean"), ("From", "a"), ("x-phi-scan", "clean"),
                                    ("X-PHI-Encrypt", "no"), ("X-Phi-Scan", "clean"), ("X-PHI-Other", "1")])
        #expect(end.modifications == [
            .changeHeader(name: "X-PHI-Scan", index: 3, value: nil),
            .changeHeader(name: "X-PHI-Scan", index: 2, value: nil),
            .changeHeader(name: "X-PHI-Scan", index: 1, value: nil),
            .changeHeader(name: "X-PHI-Encrypt", index: 1, value: nil),
            .changeHeader(name: "X-PHI-Other", index: 1, value: nil),
            .insertHeader(index: 0, name: "X-PHI-Scan", value: "clean; score=0; types=none; rules=none; scanner=phi-milter/\(Policy.version)"),
        ])
        #expect(end.reply == .continue)
        #expect(end.decision?.auditRecord.queueID == "QID1")
    }

    @Test("PHI to an external recipient gets the scan header, the encryption header and the subject tag")
    func encrypt() {
        var config = PolicyConfig()
        config.actions.subjectTag = "[secure]"
        config.actions.sensitivity = "Company-Confidential"
        var (s, fake) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let end = run(&s, headers: [("Subject", "labs"), ("Message-ID", " <m@x> ")])
        #expect(end.decision?.verdict == .phi)
        #expect(end.modifications.count == 4)
        #expect(end.modifications.dropFirst().elementsEqual([
            .addHeader(name: "X-PHI-Encrypt", value: "required"),
            .changeHeader(name: "Subject", index: 1, value: "[secure] labs"),
            .addHeader(name: "Sensitivity", value: "Company-Confidential"),
        ]))
        #expect(fake.headers == ["Subject", "Message-ID"] && fake.ended)
        #expect(end.decision?.auditRecord.messageID == "<m@x>")
    }

    @Test("a subject already tagged is left alone")
    func tagIdempotent() {
        var config = PolicyConfig()
        config.actions.subjectTag = "[secure]"
        var (s, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let end = run(&s, headers: [("Subject", "[secure] labs")])
        #expect(!end.modifications.contains { if case .changeHeader(name: "Subject", _, _) = $0 { true } else { false } })
    }

    @Test("reject, tempfail and quarantine policies give their replies")
    func replies() {
        var config = PolicyConfig()
        config.policy.external.phi = [.reject]
        var (s, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let end = run(&s, headers: [("X-PHI-Scan", "forged")])
        guard case .reject(let r) = end.reply else { Issue.record("no reject"); return }
        #expect(r.code == "550" && r.xcode == "5.7.1")
        #expect(!end.modifications.contains { if case .insertHeader = $0 { true } else { false } })

        config.policy.external.phi = [.tempfail]
        (s, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        guard case .tempfail(let t) = run(&s, headers: []).reply else { Issue.record("no tempfail"); return }
        #expect(t.code == "451" && t.xcode == "4.7.1")

        config.policy.external.phi = [.quarantine, .tag]
        (s, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let q = run(&s, headers: [])
        #expect(q.reply == .continue)
        #expect(q.modifications.last == .quarantine(reason: "phi-milter hold verdict=phi rules=us.ssn"))
    }

    @Test("TLS-Required: No on a PHI message (as the inspector reports it) is a violation")
    func violation() {
        var (s, _) = makeSession(report: ScanReport(findings: [ssn], hasTLSRequiredNo: true))
        let end = run(&s, headers: [("TLS-Required", " No")])
        #expect(end.decision?.verdict == .violation)
        if case .reject = end.reply {} else { Issue.record("not rejected") }
    }

    @Test("a scan that throws takes on_error, tempfail by default")
    func scanError() {
        var (s, _) = makeSession(fails: true)
        guard case .tempfail = run(&s, headers: []).reply else { Issue.record("no tempfail"); return }
    }

    @Test("no free scan slot means tempfail")
    func overload() {
        var (s, fake) = makeSession(report: ScanReport(findings: [ssn]), gate: false)
        let end = run(&s, headers: [])
        guard case .tempfail(let r) = end.reply else { Issue.record("no tempfail"); return }
        #expect(r.code == "451")
        #expect(fake.bodyBytes.isEmpty)
        #expect(end.decision?.actions == [.tempfail])
        #expect(end.decision?.auditRecord.actions == [.tempfail])
    }

    @Test("on overload the audit record says tempfail even when on_error is accept or reject",
          arguments: [ErrorAction.accept, .reject])
    func overloadAuditEqualsReply(onError: ErrorAction) {
        var config = PolicyConfig()
        config.onError = onError
        var (s, _) = makeSession(report: ScanReport(findings: [ssn]), gate: false, config: config)
        let end = run(&s, headers: [])
        guard case .tempfail = end.reply else { Issue.record("no tempfail"); return }
        #expect(end.decision?.auditRecord.actions == [.tempfail])
        #expect(end.decision?.auditRecord.reasons == ["error:overload"])
    }

    @Test("close without connect and abort are harmless")
    func closeWithoutConnect() {
        var (s, _) = makeSession()
        #expect(s.close() == .continue)
        #expect(s.phase == .closed)
        var (t, _) = makeSession()
        _ = t.connect(host: "h", address: "127.0.0.1")
        _ = t.mailFrom(["<a@x>"])
        #expect(t.abort() == .continue)
        #expect(t.phase == .connected)
        let end = t.endOfMessage()
        #expect(end.decision == nil && end.modifications.isEmpty)
    }

    @Test("a second message on the connection starts fresh")
    func secondMessage() {
        var (s, _) = makeSession()
        _ = run(&s, headers: [("X-PHI-Scan", "x")])
        _ = s.mailFrom(["<c@x.test>"])
        _ = s.recipient(["<d@y.test>"])
        let end = s.endOfMessage()
        #expect(end.modifications.count == 1)
        #expect(end.decision?.auditRecord.recipients == ["d@y.test"])
        #expect(end.decision?.auditRecord.queueID == "")
        #expect(s.messages == 2)
    }

    @Test("skipped senders are not scanned but forged headers still go")
    func skipped() {
        var config = PolicyConfig()
        config.policy.skip.clientNetworks = ["192.0.2.0/24"]
        var (s, fake) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let end = run(&s, headers: [("X-PHI-Scan", "clean")])
        #expect(end.decision?.verdict == .skipped)
        #expect(fake.bodyBytes.isEmpty)
        #expect(end.modifications.first == .changeHeader(name: "X-PHI-Scan", index: 1, value: nil))
    }

    @Test("the body reaches the scanner whole at every chunk size", arguments: [1, 7, 4096, 65535])
    func chunks(size: Int) {
        var (s, fake) = makeSession()
        let body = String(repeating: "line of text 536-90-4399\r\n", count: 3000)
        _ = run(&s, headers: [], body: body, chunk: size)
        #expect(fake.bodyBytes == Array(body.utf8))
    }
}

@Suite("Session with real-world shapes")
struct SessionShapeTests {
    @Test("a folded subject is tagged without CR characters; a missing subject is added")
    func foldedSubject() {
        var config = PolicyConfig()
        config.actions.subjectTag = "[secure]"
        var (s, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let end = run(&s, headers: [("Subject", "lab results for\r\n\tnext week")])
        #expect(end.modifications.contains(.changeHeader(name: "Subject", index: 1, value: "[secure] lab results for\n\tnext week")))
        var (t, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let none = run(&t, headers: [("From", "a")])
        #expect(none.modifications.contains(.addHeader(name: "Subject", value: "[secure]")))
    }

    @Test("one external recipient among internal ones makes the message external")
    func mixedRecipients() {
        var config = PolicyConfig()
        config.site.internalDomains = ["hospital.test"]
        var (s, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        _ = s.connect(host: "h", address: "192.0.2.1")
        _ = s.mailFrom(["<a@hospital.test>"])
        _ = s.recipient(["<b@hospital.test>"])
        _ = s.recipient(["<c@gmail.test>"])
        #expect(s.endOfMessage().decision?.actions == [.encrypt, .tag])
        _ = s.mailFrom(["<a@hospital.test>"])
        _ = s.recipient(["<b@hospital.test>"])
        #expect(s.endOfMessage().decision?.actions == [.tag])
    }

    @Test("an authenticated sender on the skip list is not scanned")
    func authenticatedSkip() {
        var config = PolicyConfig()
        config.policy.skip.authenticatedUsers = ["batch"]
        var (s, fake) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        _ = s.connect(host: "h", address: "192.0.2.1")
        s.macros(["{auth_authen}": "batch"])
        _ = s.mailFrom(["<a@x.test>"])
        Array("SSN 536-90-4399".utf8).withUnsafeBytes { _ = s.body($0) }
        let end = s.endOfMessage()
        #expect(end.decision?.verdict == .skipped)
        #expect(end.decision?.auditRecord.authUser == "batch")
        #expect(fake.bodyBytes.isEmpty)
    }

    @Test("a message over the skip size stops being scanned")
    func sizeSkip() {
        var config = PolicyConfig()
        config.policy.skip.maxSize = 1000
        var (s, fake) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let end = run(&s, headers: [], body: String(repeating: "x", count: 5000), chunk: 600)
        #expect(end.decision?.verdict == .skipped)
        #expect(fake.bodyBytes.count == 600)
    }

    @Test("a SIZE= larger than the message does not skip scanning")
    func declaredSizeIsNotTrusted() {
        var config = PolicyConfig()
        config.policy.skip.maxSize = 5_000_000
        var (s, fake) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        _ = s.connect(host: "mx.test", address: "192.0.2.1")
        _ = s.mailFrom(["<a@x.test>", "SIZE=6000000"])
        _ = s.recipient(["<b@remote.test>"])
        _ = s.endOfHeaders()
        Array("SSN 536-90-4399\r\n".utf8).withUnsafeBytes { _ = s.body($0) }
        let end = s.endOfMessage()
        #expect(end.decision?.verdict == .phi)
        #expect(fake.bodyBytes.count == 17)
    }

    @Test("a null sender and odd recipient paths do not upset the envelope")
    func oddPaths() {
        var (s, _) = makeSession()
        _ = s.mailFrom(["<>"])
        _ = s.recipient([" <b@y.test> "])
        _ = s.recipient([])
        let record = s.endOfMessage().decision?.auditRecord
        #expect(record?.sender == "")
        #expect(record?.recipients == ["b@y.test"])
    }
}
