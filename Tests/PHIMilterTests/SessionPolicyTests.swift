import Foundation
import PHIDetect
import PHIInspect
import PHIMIME
@testable import PHIMilter
import PHIPolicy
import PHITestSupport
import Testing

/// A session whose scanner is the real ``Inspector`` over the shipped packs.
func makeInspectingSession(config: PolicyConfig) throws -> Session {
    let engine = try CorpusFixtures.engine()
    let context = SessionContext(policy: Policy(config: config), makeScanner: { Inspector(engine: engine) },
                                 gate: FixedGate(open: true))
    return Session(context: context)
}

let referralBody = """
    Referral for Maria Lopez, DOB 03/14/1962, MRN 00482913.\r
    SSN: 536-90-4399. Diagnosis: type 2 diabetes (E11.9), please see her next week.\r

    """

@Suite("Session policy: simulate mode, Subject trigger, reject text")
struct SessionPolicyTests {
    @Test("simulate mode only adds the scan header to a PHI message and records the would-be actions")
    func simulate() throws {
        var config = PolicyConfig()
        config.policy.mode = .simulate
        config.policy.encryptTrigger = ["[secure]"]
        config.actions.subjectTag = "[secure]"
        config.actions.sensitivity = "Company-Confidential"
        var s = try makeInspectingSession(config: config)
        let end = run(&s, headers: [("Subject", "[secure] referral"), ("X-PHI-Scan", "clean")], body: referralBody)
        let decision = try #require(end.decision)
        #expect(decision.verdict == .phi)
        #expect(end.reply == .continue)
        #expect(end.modifications.count == 2)
        #expect(end.modifications.first == .changeHeader(name: "X-PHI-Scan", index: 1, value: nil))
        guard case .insertHeader(0, "X-PHI-Scan", let value)? = end.modifications.last else {
            Issue.record("no scan header: \(end.modifications)")
            return
        }
        #expect(value.hasPrefix("phi; "))
        #expect(decision.auditRecord.actions == [.accept])
        #expect(decision.auditRecord.would == [.encrypt, .tag])
    }

    @Test("simulate mode does not reject: the message is delivered with the header")
    func simulateNoReject() {
        var config = PolicyConfig()
        config.policy.mode = .simulate
        config.policy.external.phi = [.reject]
        var (s, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let end = run(&s, headers: [("Subject", "labs")])
        #expect(end.reply == .continue)
        #expect(end.modifications.count == 1)
        #expect(end.decision?.auditRecord.would == [.reject])
    }

    @Test("the Subject trigger encrypts a clean message and the Subject is rewritten without it")
    func trigger() throws {
        var config = PolicyConfig()
        config.policy.encryptTrigger = ["[secure]", "#encrypt"]
        var s = try makeInspectingSession(config: config)
        let end = run(&s, headers: [("Subject", "Lunch #ENCRYPT on Friday")], body: "See you at noon.\r\n")
        #expect(end.decision?.verdict == .clean)
        #expect(end.modifications.dropFirst().elementsEqual([
            .addHeader(name: "X-PHI-Encrypt", value: "required"),
            .changeHeader(name: "Subject", index: 1, value: "Lunch on Friday"),
        ]))
        #expect(end.decision?.auditRecord.applied == ["trigger:subject"])
    }

    @Test("with a subject tag, the trigger is replaced by the tag")
    func triggerAndTag() {
        var config = PolicyConfig()
        config.policy.encryptTrigger = ["#encrypt"]
        config.actions.subjectTag = "[secure]"
        var (s, _) = makeSession(config: config)
        let end = run(&s, headers: [("Subject", "labs #encrypt")])
        #expect(end.modifications.contains(.changeHeader(name: "Subject", index: 1, value: "[secure] labs")))
    }

    @Test("the reject reply names the types found")
    func rejectText() {
        var config = PolicyConfig()
        config.policy.external.phi = [.reject]
        config.actions.rejectText = "message contains PHI ({types}); send it encrypted"
        var (s, _) = makeSession(report: ScanReport(findings: [ssn]), config: config)
        let end = run(&s, headers: [("Subject", "labs")])
        #expect(end.reply == .reject(SMTPReply(code: "550", xcode: "5.7.1", text: "message contains PHI (SSN); send it encrypted")))
    }
}

@Suite("Session policy: encoded Subjects")
struct SessionEncodedSubjectTests {
    @Test("a trigger inside an encoded Subject is found, stripped, and the Subject written back encoded")
    func encodedTrigger() throws {
        var config = PolicyConfig()
        config.policy.encryptTrigger = ["[secure]"]
        var (s, _) = makeSession(config: config)
        let end = run(&s, headers: [("Subject", "=?UTF-8?Q?=5BSecure=5D_R=C3=A9sultats_de_labo?=")])
        #expect(end.decision?.actions == [.encrypt])
        let change = end.modifications.compactMap { m -> String? in
            if case .changeHeader("Subject", 1, let v?) = m { return v } else { return nil }
        }
        #expect(change.count == 1)
        let value = try #require(change.first)
        #expect(value.hasPrefix("=?UTF-8?B?"))
        #expect(EncodedWords.decode(value) == "Résultats de labo")
    }
}
