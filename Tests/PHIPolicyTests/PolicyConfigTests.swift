import Foundation
@testable import PHIPolicy
import Testing

private func decode(_ json: String) throws -> PolicyConfig {
    try JSONDecoder().decode(PolicyConfig.self, from: Data(json.utf8))
}

@Suite("PolicyConfig")
struct PolicyConfigTests {
    @Test("an empty document gives every default")
    func defaults() throws {
        let c = try decode("{}")
        #expect(c == PolicyConfig())
        #expect(c.actions.encryptHeaders == [HeaderField(name: "X-PHI-Encrypt", value: "required")])
        #expect(c.onError == .tempfail)
        #expect(c.policy.external.phi == [.encrypt, .tag])
        #expect(c.policy.internal.phi == [.tag])
    }

    @Test("false and empty values are kept, not replaced by defaults")
    func falseAndEmpty() throws {
        let c = try decode("""
        {"policy": {"skip": {"authenticated": false, "client_networks": [], "max_size": 0},
                    "external": {"phi": []}},
         "actions": {"encrypt_headers": [], "scan_header": "", "subject_tag": ""},
         "site": {"internal_domains": []}}
        """)
        #expect(c.policy.skip.authenticated == false)
        #expect(c.actions.encryptHeaders.isEmpty)
        #expect(c.actions.scanHeader.isEmpty)
        #expect(c.policy.external.phi.isEmpty)
        #expect(c.policy.external.unscannable == [.quarantine])
    }

    @Test("snake_case keys decode, unknown sections are ignored")
    func snakeCase() throws {
        let c = try decode("""
        {"packs": {"dirs": ["x"]}, "on_error": "accept",
         "site": {"internal_domains": ["h.test"]},
         "policy": {"skip": {"authenticated": true, "authenticated_users": ["u"], "max_size": 5},
                    "thresholds": {"bulk_threshold": 9, "strong_level": "medium"},
                    "internal": {"phi": ["encrypt"]}},
         "actions": {"subject_tag": "[secure]", "reject_text": "no", "sensitivity": "Company-Confidential",
                     "encrypt_headers": [{"name": "X-Encrypt", "value": "yes"}]},
         "audit": {"sink": "file", "path": "/tmp/a", "format": "kv"}}
        """)
        #expect(c.onError == .accept)
        #expect(c.site.internalDomains == ["h.test"])
        #expect(c.policy.skip.authenticated && c.policy.skip.authenticatedUsers == ["u"] && c.policy.skip.maxSize == 5)
        #expect(c.policy.thresholds.bulkThreshold == 9)
        #expect(c.policy.thresholds.strongLevel == .medium)
        #expect(c.policy.thresholds.strongTypes.contains("SSN"))
        #expect(c.policy.internal.phi == [.encrypt])
        #expect(c.policy.internal.unscannable == [.tag])
        #expect(c.actions.subjectTag == "[secure]")
        #expect(c.actions.encryptHeaders == [HeaderField(name: "X-Encrypt", value: "yes")])
        #expect(c.audit.sink == .file && c.audit.format == .kv)
    }

    @Test("an unknown action is an error")
    func badAction() {
        #expect(throws: (any Error).self) { try decode(#"{"policy": {"external": {"phi": ["explode"]}}}"#) }
    }

    @Test("the config encodes and decodes to the same value")
    func roundTrip() throws {
        var c = PolicyConfig()
        c.actions.subjectTag = "[s]"
        c.policy.thresholds.bulkThreshold = 3
        let back = try JSONDecoder().decode(PolicyConfig.self, from: JSONEncoder().encode(c))
        #expect(back == c)
    }

    @Test("owned headers are X-PHI-* and the encryption headers")
    func owned() {
        let a = ActionsConfig()
        #expect(a.isOwnedHeader("x-phi-anything"))
        #expect(a.isOwnedHeader("X-PHI-Encrypt"))
        #expect(!a.isOwnedHeader("Subject"))
        var withSensitivity = a
        withSensitivity.sensitivity = "Company-Confidential"
        #expect(withSensitivity.isOwnedHeader("Sensitivity"))
        #expect(!a.isOwnedHeader("Sensitivity") || !a.sensitivity.isEmpty)
    }

    @Test("the policy keys for rollout and scoping decode")
    func policyKeys() throws {
        let c = try decode("""
        {"policy": {"mode": "simulate", "encrypt_trigger": ["[secure]", "#encrypt"],
                    "partners": {"domains": ["lab.test"], "treatment": "encrypt"},
                    "rules": [{"name": "payer", "senders": ["billing@h.test"], "recipient_domains": ["payer.test"],
                               "phi": ["tag"]},
                              {"recipient_domains": ["x.test"], "unscannable": ["reject"]}],
                    "bulk": {"over": 500},
                    "types": {"NPI": "ignore", "SSN": ["reject"]},
                    "allow_fingerprints": ["hmac-sha256:0123456789abcdef0123456789abcdef"]}}
        """)
        #expect(c.policy.mode == .simulate)
        #expect(c.policy.encryptTrigger == ["[secure]", "#encrypt"])
        #expect(c.policy.partners.domains == ["lab.test"] && c.policy.partners.treatment == .encrypt)
        #expect(c.policy.rules.count == 2)
        #expect(c.policy.rules[0] == ScopeRule(name: "payer", senders: ["billing@h.test"], recipientDomains: ["payer.test"],
                                               actions: [.phi: [.tag]]))
        #expect(c.policy.rules[1].name == "rule2" && c.policy.rules[1].actions == [.unscannable: [.reject]])
        #expect(c.policy.bulk.over == 500 && c.policy.bulk.actions == [.reject] && !c.policy.bulk.internal)
        #expect(c.policy.types == ["NPI": .ignore, "SSN": .actions([.reject])])
        #expect(c.policy.allowFingerprints.count == 1)
        let back = try JSONDecoder().decode(PolicyConfig.self, from: JSONEncoder().encode(c))
        #expect(back == c)
    }

    @Test("bad policy values are errors naming their key",
          arguments: [
            (#"{"policy": {"mode": "dry"}}"#, "policy.mode"),
            (#"{"policy": {"partners": {"treatment": "drop"}}}"#, "policy.partners.treatment"),
            (#"{"policy": {"bulk": {"over": -1}}}"#, "policy.bulk.over"),
            (#"{"policy": {"types": {"SNN": "ignore"}}}"#, "policy.types.SNN"),
            (#"{"policy": {"types": {"SSN": "drop"}}}"#, "policy.types.SSN"),
            (#"{"policy": {"allow_fingerprints": ["123456789"]}}"#, "policy.allow_fingerprints.[0]"),
            (#"{"policy": {"rules": [{"senders": ["a@b.test"], "phi": ["tag"], "sender": ["x"]}]}}"#, "policy.rules.Index 0.sender"),
            (#"{"policy": {"rules": [{"phi": ["tag"]}]}}"#, "policy.rules.Index 0.senders"),
            (#"{"policy": {"rules": [{"senders": ["a@b.test"]}]}}"#, "policy.rules.Index 0.phi"),
          ])
    func badPolicyValues(json: String, key: String) {
        do {
            _ = try decode(json)
            Issue.record("no error for \(key)")
        } catch let DecodingError.dataCorrupted(ctx) {
            #expect(ctx.codingPath.map(\.stringValue).joined(separator: ".") == key)
        } catch let DecodingError.typeMismatch(_, ctx) {
            #expect(ctx.codingPath.map(\.stringValue).joined(separator: ".") == key)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
