import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

@Suite("Notice")
struct NoticeTests {
    func record(_ actions: [Action], sender: String = "a@x.test") -> AuditRecord {
        let report = ScanReport(findings: [finding("SSN", "us.ssn"), finding("ICD10", "icd10cm", masked: "E1*.*")], bytes: 300)
        var r = Policy().decide(report: report, envelope: Envelope(sender: sender, recipients: ["b@y.test", "c@y.test"],
                                                                    queueID: "Q1", messageID: "<m1@x.test>")).auditRecord
        r.actions = actions
        return r
    }
    var on: NoticeConfig {
        var c = NoticeConfig()
        c.sender = true
        c.privacy = "privacy@hospital.test"
        return c
    }

    @Test("notices are off by default")
    func offByDefault() {
        #expect(!NoticeConfig().enabled)
        #expect(Notice.make(for: record([.quarantine]), config: NoticeConfig()).isEmpty)
    }

    @Test("a held message tells the sender the types found and the privacy office the envelope, with no content")
    func held() throws {
        let n = Notice.make(for: record([.quarantine, .encrypt]), config: on)
        #expect(n.map(\.recipients) == [["a@x.test"], ["privacy@hospital.test"]])
        let toSender = try #require(n.first).text
        #expect(toSender.contains("Types found: ICD10, SSN") && toSender.contains("held for review"))
        #expect(toSender.contains("Auto-Submitted: auto-generated") && toSender.contains("To: a@x.test"))
        #expect(!toSender.contains("b@y.test"))
        let toPrivacy = try #require(n.last).text
        #expect(toPrivacy.contains("Queue ID: Q1") && toPrivacy.contains("Recipients: b@y.test, c@y.test")
                && toPrivacy.contains("phi-milter quarantine show Q1"))
        for text in n.map(\.text) {
            #expect(!text.contains("4399") && !text.contains("***") && !text.contains("hmac"))
            #expect(!text.contains("\nMessage-ID:"))
        }
    }

    @Test("a refused message says it was not delivered; delivered mail and unconfigured dispositions send nothing")
    func rejectAndOthers() {
        #expect(Notice.make(for: record([.reject]), config: on).first?.text.contains("was not delivered") == true)
        #expect(Notice.make(for: record([.encrypt, .tag]), config: on).isEmpty)
        var c = on
        c.when = [.reject]
        #expect(Notice.make(for: record([.quarantine]), config: c).isEmpty)
    }

    @Test("null senders, mailer daemons and odd addresses are never told; header-breaking characters are removed")
    func noLoops() {
        var c = on
        c.privacy = ""
        for s in ["", "MAILER-DAEMON@x.test", "postmaster@x.test", "-oQ/tmp@x", "nodomain"] {
            #expect(Notice.make(for: record([.quarantine], sender: s), config: c).isEmpty, "\(s)")
        }
        let n = Notice.make(for: record([.quarantine], sender: "a@x.test\r\nBcc: z@evil.test"), config: c)
        #expect(n.first.map { !$0.text.contains("\nBcc:") } ?? true)
    }

    @Test("only quarantine and reject may trigger a notice in the config")
    func configRefusesOtherActions() throws {
        let bad = Data(#"{"sender": true, "when": ["encrypt"]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(NoticeConfig.self, from: bad) }
        let good = try JSONDecoder().decode(NoticeConfig.self, from: Data(#"{"privacy": "p@h.test"}"#.utf8))
        #expect(good.enabled && good.when == [.quarantine, .reject] && good.sendmail == ["/usr/sbin/sendmail"])
    }

    @Test("the sendmail notifier hands each notice to the command with a null sender")
    func sendmailRuns() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("phi-notice-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = dir + "/sendmail"
        try "#!/bin/sh\necho \"$*\" >> \(dir)/args\ncat >> \(dir)/mail\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        var c = on
        c.sendmail = [script, "-C", "/etc/x"]
        let notifier = SendmailNotifier(config: c)
        notifier.notify(record([.quarantine]))
        notifier.drain()
        let args = try String(contentsOfFile: dir + "/args", encoding: .utf8)
        #expect(args == "-C /etc/x -i -f <> -- a@x.test\n-C /etc/x -i -f <> -- privacy@hospital.test\n")
        #expect(try String(contentsOfFile: dir + "/mail", encoding: .utf8).contains("Types found: ICD10, SSN"))
        #expect(notifier.failed == 0 && notifier.dropped == 0)
    }
}
