import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

func finding(_ type: String, _ rule: String, _ level: Level = .high, score: Int = 85,
             masked: String = "***-**-4399") -> Finding {
    Finding(type: type, rule: rule, level: level, score: score, start: 0, end: 11, masked: masked,
            fingerprint: "hmac-sha256:00112233445566778899aabbccddeeff")
}

let ssnReport = ScanReport(findings: [finding("SSN", "us.ssn")], bytes: 100)

@Suite("Policy")
struct PolicyTests {
    @Test("a clean report is clean and accepted")
    func clean() {
        let d = Policy().decide(report: ScanReport(bytes: 10), envelope: Envelope(recipients: ["b@x.test"]))
        #expect(d.verdict == .clean)
        #expect(d.actions == [.accept])
        #expect(d.headerValue == "clean; score=0; types=none; rules=none; scanner=phi-milter/\(Policy.version)")
    }

    @Test("PHI to an external recipient is encrypted and tagged")
    func phiExternal() {
        let d = Policy().decide(report: ssnReport, envelope: Envelope(recipients: ["b@remote.test"]))
        #expect(d.verdict == .phi)
        #expect(d.actions == [.encrypt, .tag])
        #expect(d.disposition == .encrypt)
        #expect(d.headerValue.hasPrefix("phi; score=85; types=SSN; rules=us.ssn; scanner=phi-milter/"))
    }

    @Test("PHI to internal recipients only is tagged only")
    func phiInternal() {
        var c = PolicyConfig()
        c.site.internalDomains = ["hospital.test", ".clinic.test"]
        let env = Envelope(recipients: ["a@hospital.test", "b@east.clinic.test"])
        let d = Policy(config: c).decide(report: ssnReport, envelope: env)
        #expect(d.actions == [.tag])
        let mixed = Envelope(recipients: ["a@hospital.test", "b@gmail.test"])
        #expect(Policy(config: c).decide(report: ssnReport, envelope: mixed).actions == [.encrypt, .tag])
    }

    @Test("PHI with TLS-Required: No is a violation and rejected")
    func violation() {
        var r = ssnReport
        r.hasTLSRequiredNo = true
        #expect(Policy().decide(report: r, envelope: Envelope()).verdict == .violation)
        let d = Policy().decide(report: r, envelope: Envelope())
        #expect(d.actions == [.reject])
        var clean = ScanReport()
        clean.hasTLSRequiredNo = true
        #expect(Policy().decide(report: clean, envelope: Envelope()).verdict == .clean)
    }

    @Test("a blown time budget with no PHI found takes on_error; with PHI found it is PHI")
    func timeBudget() {
        let late = ScanReport(unscannable: [Unscannable(reason: "time.budget", part: "")])
        let d = Policy().decide(report: late, envelope: Envelope())
        #expect(d.actions == [.tempfail])
        #expect(d.classification.reasons == ["error:time.budget"])
        var c = PolicyConfig()
        c.onError = .accept
        #expect(Policy(config: c).decide(report: late, envelope: Envelope()).actions == [.accept])
        var phi = ssnReport
        phi.unscannable = late.unscannable
        #expect(Policy().decide(report: phi, envelope: Envelope()).verdict == .phi)
    }

    @Test("unscannable content to an external recipient is quarantined")
    func unscannable() {
        let r = ScanReport(unscannable: [Unscannable(reason: "archive.encrypted", part: "2:x.zip")])
        let d = Policy().decide(report: r, envelope: Envelope(recipients: ["b@remote.test"]))
        #expect(d.verdict == .unscannable)
        #expect(d.actions == [.quarantine])
        #expect(Policy().quarantineReason(d) == "phi-milter hold verdict=unscannable rules=none")
    }

    @Test("an error takes the on_error action")
    func onError() {
        #expect(Policy().decideError(code: "scan.failed", envelope: Envelope()).actions == [.tempfail])
        var c = PolicyConfig()
        c.onError = .accept
        #expect(Policy(config: c).decideError(code: "x", envelope: Envelope()).actions == [.accept])
    }

    @Test("skip rules match client networks, authenticated users and size")
    func skip() {
        var c = PolicyConfig()
        c.policy.skip.clientNetworks = ["10.0.0.0/8", "2001:db8::/32"]
        c.policy.skip.authenticatedUsers = ["scanner"]
        c.policy.skip.maxSize = 1000
        let p = Policy(config: c)
        #expect(p.skipReason(Envelope(clientAddress: "10.1.2.3")) == "client_network")
        #expect(p.skipReason(Envelope(clientAddress: "2001:db8::5")) == "client_network")
        #expect(p.skipReason(Envelope(clientAddress: "11.1.2.3")) == nil)
        #expect(p.skipReason(Envelope(authUser: "scanner")) == "authenticated")
        #expect(p.skipReason(Envelope(authUser: "other")) == nil)
        #expect(p.skipReason(Envelope(size: 1001)) == "size")
        #expect(p.decide(report: ssnReport, envelope: Envelope(clientAddress: "10.9.9.9")).verdict == .skipped)
    }

    @Test("reply text loses percent signs, CR and LF")
    func replySafe() {
        #expect(Policy.replySafe("100% bad\r\nline") == "100  bad  line")
    }

    @Test("the header value stays short with many rules")
    func longHeader() {
        let rules = (0..<200).map { "rule.number.\($0)" }
        let v = Policy().headerValue(verdict: .phi, score: 1, types: ["SSN"], rules: rules)
        #expect(v.utf8.count < 998)
        #expect(v.contains("..."))
    }
}
