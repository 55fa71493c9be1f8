import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

/// A fingerprint of the right form for value number `n`.
func print32(_ n: Int) -> String {
    let hex = String(n, radix: 16)
    return "hmac-sha256:" + String(repeating: "0", count: 32 - hex.count) + hex
}

/// A finding of `type` whose value is number `n`.
func valued(_ type: String, _ rule: String, _ n: Int, _ level: Level = .high, score: Int = 85) -> Finding {
    Finding(type: type, rule: rule, level: level, score: score, start: 0, end: 4, masked: "****", fingerprint: print32(n))
}

@Suite("Policy rollout: simulate mode, reject text, Subject trigger")
struct PolicyRolloutTests {
    @Test("simulate mode records the would-be actions and takes none of them")
    func simulate() {
        var c = PolicyConfig()
        c.policy.mode = .simulate
        let d = Policy(config: c).decide(report: ssnReport, envelope: Envelope(recipients: ["b@remote.test"]))
        #expect(d.verdict == .phi)
        #expect(d.actions == [.accept])
        #expect(d.disposition == .accept)
        #expect(d.auditRecord.actions == [.accept])
        #expect(d.auditRecord.would == [.encrypt, .tag])
        #expect(d.headerValue.hasPrefix("phi; score=85; types=SSN"))
        #expect(d.auditRecord.jsonLine().contains("\"would\":[\"encrypt\",\"tag\"]"))
    }

    @Test("simulate mode does not reject, quarantine or rewrite the Subject, but says it would have")
    func simulateNoEnforcement() {
        var c = PolicyConfig()
        c.policy.mode = .simulate
        c.policy.encryptTrigger = ["[secure]"]
        var r = ssnReport
        r.hasTLSRequiredNo = true
        let d = Policy(config: c).decide(report: r, envelope: Envelope(recipients: ["b@remote.test"]),
                                         subject: "[secure] labs")
        #expect(d.verdict == .violation)
        #expect(d.actions == [.accept])
        #expect(d.subject == nil)
        #expect(d.auditRecord.would == [.reject, .encrypt])
        let held = ScanReport(unscannable: [Unscannable(reason: "archive.encrypted", part: "2:x.zip")])
        let q = Policy(config: c).decide(report: held, envelope: Envelope(recipients: ["b@remote.test"]))
        #expect(q.actions == [.accept] && q.auditRecord.would == [.quarantine])
    }

    @Test("enforce mode writes no would list")
    func enforceHasNoWould() {
        let d = Policy().decide(report: ssnReport, envelope: Envelope(recipients: ["b@remote.test"]))
        #expect(d.auditRecord.would == nil)
        #expect(!d.auditRecord.jsonLine().contains("would"))
    }

    @Test("the reject text names the types found, never their values")
    func rejectText() {
        var c = PolicyConfig()
        c.actions.rejectText = "message contains PHI ({types}); send it encrypted"
        c.policy.external.phi = [.reject]
        let report = ScanReport(findings: [finding("SSN", "us.ssn"), finding("ICD10", "icd10cm", masked: "E1*.**"),
                                           finding("NAME", "name.prose", .medium, masked: "J*** S****")])
        let d = Policy(config: c).decide(report: report, envelope: Envelope(recipients: ["b@remote.test"]))
        #expect(d.disposition == .reject)
        let text = Policy(config: c).rejectText(d)
        #expect(text == "message contains PHI (ICD10, NAME, SSN); send it encrypted")
        #expect(!text.contains("*"))
        #expect(c.actions.rejectReply(types: []) == "message contains PHI (none); send it encrypted")
        #expect(ActionsConfig().rejectReply(types: ["SSN"]) == ActionsConfig().rejectText)
    }

    @Test("a Subject trigger encrypts a clean message and is stripped, in any case")
    func trigger() {
        var c = PolicyConfig()
        c.policy.encryptTrigger = ["[secure]", "#encrypt"]
        let p = Policy(config: c)
        let env = Envelope(recipients: ["b@remote.test"])
        let d = p.decide(report: ScanReport(bytes: 10), envelope: env, subject: "Re: [SECURE] lunch  plans #Encrypt")
        #expect(d.verdict == .clean)
        #expect(d.actions == [.encrypt])
        #expect(d.subject == "Re: lunch plans")
        #expect(d.auditRecord.applied == ["trigger:subject"])
        let none = p.decide(report: ScanReport(bytes: 10), envelope: env, subject: "lunch plans")
        #expect(none.actions == [.accept] && none.subject == nil && none.auditRecord.applied == nil)
        #expect(Policy().decide(report: ScanReport(), envelope: env, subject: "[secure] x").actions == [.accept])
    }

    @Test("the trigger also encrypts a message skipped by a skip rule (the sender asked for it)")
    func triggerOnSkipped() {
        var c = PolicyConfig()
        c.policy.encryptTrigger = ["[secure]"]
        c.policy.skip.authenticated = true
        let env = Envelope(recipients: ["b@remote.test"], authUser: "alice")
        let d = Policy(config: c).decide(report: ScanReport(), envelope: env, subject: "[secure] notes")
        #expect(d.verdict == .skipped)
        #expect(d.actions == [.encrypt])
        #expect(d.subject == "notes")
    }

    @Test("the trigger adds encryption to PHI without lowering a reject")
    func triggerKeepsReject() {
        var c = PolicyConfig()
        c.policy.encryptTrigger = ["[secure]"]
        var r = ssnReport
        r.hasTLSRequiredNo = true
        let d = Policy(config: c).decide(report: r, envelope: Envelope(recipients: ["b@remote.test"]), subject: "[secure]")
        #expect(d.disposition == .reject)
        #expect(d.actions.contains(.encrypt))
        #expect(SubjectTrigger(["[secure]"]).strip("[secure]") == "")
        #expect(SubjectTrigger([""]).strip("anything") == nil)
    }
}
