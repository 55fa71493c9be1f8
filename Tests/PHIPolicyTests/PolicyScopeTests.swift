import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

@Suite("Policy scoping: partners, rules by sender and recipient, mixed recipients")
struct PolicyScopeTests {
    func config() -> PolicyConfig {
        var c = PolicyConfig()
        c.site.internalDomains = ["hospital.test"]
        c.policy.partners.domains = ["lab.test", ".billing.test"]
        return c
    }

    @Test("a partner domain gets tag only by default, encrypt when chosen")
    func partner() {
        var c = config()
        let env = Envelope(sender: "dr@hospital.test", recipients: ["results@lab.test", "x@east.billing.test"])
        let tagged = Policy(config: c).decide(report: ssnReport, envelope: env)
        #expect(tagged.actions == [.tag])
        #expect(tagged.auditRecord.applied == ["scope:partner"])
        c.policy.partners.treatment = .encrypt
        #expect(Policy(config: c).decide(report: ssnReport, envelope: env).actions == [.encrypt, .tag])
        // A partner is not a catch-all: a look-alike domain is external.
        let other = Envelope(recipients: ["x@notlab.test"])
        #expect(Policy(config: config()).decide(report: ssnReport, envelope: other).actions == [.encrypt, .tag])
    }

    @Test("mixed internal and external recipients: the whole message is encrypted")
    func mixed() {
        let env = Envelope(recipients: ["a@hospital.test", "b@lab.test", "c@gmail.test"])
        let d = Policy(config: config()).decide(report: ssnReport, envelope: env)
        #expect(d.actions == [.encrypt, .tag])
        #expect(d.disposition == .encrypt)
        // Internal and partner only: tagged.
        let inside = Envelope(recipients: ["a@hospital.test", "b@lab.test"])
        #expect(Policy(config: config()).decide(report: ssnReport, envelope: inside).actions == [.tag])
    }

    @Test("rules by sender address and domain and by recipient domain: first match wins")
    func rules() {
        var c = config()
        c.policy.rules = [
            ScopeRule(name: "research-out", senders: ["research@hospital.test"], actions: [.phi: [.reject]]),
            ScopeRule(name: "payer", senders: [".hospital.test"], recipientDomains: ["payer.test"],
                      actions: [.phi: [.tag]]),
            ScopeRule(name: "payer-all", recipientDomains: ["payer.test"], actions: [.phi: [.quarantine]]),
        ]
        let p = Policy(config: c)
        // The research address matches the first rule even toward the payer.
        let research = p.decide(report: ssnReport, envelope: Envelope(sender: "Research@Hospital.test", recipients: ["x@payer.test"]))
        #expect(research.actions == [.reject])
        #expect(research.auditRecord.applied == ["scope:rule:research-out"])
        // Another hospital sender to the payer: the second rule.
        let billing = p.decide(report: ssnReport, envelope: Envelope(sender: "billing@hospital.test", recipients: ["x@payer.test"]))
        #expect(billing.actions == [.tag])
        // An outside sender to the payer: the third.
        let outside = p.decide(report: ssnReport, envelope: Envelope(sender: "a@else.test", recipients: ["x@payer.test"]))
        #expect(outside.actions == [.quarantine])
        // A verdict the rule does not name keeps the recipient's usual actions.
        let held = ScanReport(unscannable: [Unscannable(reason: "archive.encrypted", part: "2:x.zip")])
        #expect(p.decide(report: held, envelope: Envelope(sender: "billing@hospital.test", recipients: ["x@payer.test"])).actions == [.quarantine])
        #expect(p.decide(report: ScanReport(), envelope: Envelope(sender: "research@hospital.test", recipients: ["x@payer.test"])).actions == [.accept])
    }

    @Test("a rule's recipient domain is matched per recipient; the others keep their scope")
    func rulePerRecipient() {
        var c = config()
        c.policy.rules = [ScopeRule(name: "payer", recipientDomains: ["payer.test"], actions: [.phi: [.tag]])]
        let d = Policy(config: c).decide(report: ssnReport, envelope: Envelope(recipients: ["x@payer.test", "y@gmail.test"]))
        #expect(d.actions == [.encrypt, .tag])
        #expect(d.auditRecord.applied == ["scope:rule:payer"])
    }

    @Test("domain lists: exact, subdomains with a leading dot, single addresses")
    func domainList() {
        let l = DomainList(["Example.org", ".clinic.test", "one@other.test"])
        #expect(l.contains("a@example.org") && l.contains("EXAMPLE.ORG"))
        #expect(!l.contains("a@sub.example.org"))
        #expect(l.contains("a@clinic.test") && l.contains("a@x.y.clinic.test") && !l.contains("a@badclinic.test"))
        #expect(l.contains("ONE@other.test") && !l.contains("two@other.test"))
        #expect(!l.contains("") && !l.contains("nobody"))
    }
}
