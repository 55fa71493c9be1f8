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
}
