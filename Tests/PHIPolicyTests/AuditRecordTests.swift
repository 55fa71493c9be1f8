import Foundation
import PHIDetect
@testable import PHIPolicy
import Testing

@Suite("AuditRecord")
struct AuditRecordTests {
    let env = Envelope(clientAddress: "192.0.2.1", clientHost: "mx.test", sender: "a@x.test",
                       recipients: ["b@y.test"], queueID: "ABC123", messageID: "<m1@x.test>")

    @Test("the audit record carries masked samples and never the raw identifier")
    func noRawValues() {
        let report = ScanReport(findings: [finding("SSN", "us.ssn"), finding("ICD10", "icd10", .medium, score: 60, masked: "E1*.*")],
                                unscannable: [Unscannable(reason: "archive.encrypted", part: "2:Maria_Lopez.zip")],
                                bytes: 500, elapsedMs: 1.23456)
        let d = Policy().decide(report: report, envelope: env, now: Date(timeIntervalSince1970: 0))
        let line = d.auditRecord.jsonLine()
        #expect(!line.contains("536-90-4399"))
        #expect(!line.contains("Maria"))
        #expect(!line.contains("\n"))
        #expect(line.contains("\"masked\":\"***-**-4399\""))
        #expect(line.contains("\"queue_id\":\"ABC123\""))
        #expect(line.contains("\"time\":\"1970-01-01T00:00:00Z\""))
        #expect(d.auditRecord.unscannable == ["archive.encrypted"])
        #expect(d.auditRecord.rules.map(\.rule) == ["icd10", "us.ssn"])
    }

    @Test("a 20 KB Message-ID is capped and control characters are replaced")
    func longMessageID() {
        var e = env
        e.messageID = "<" + String(repeating: "x", count: 20_000) + "\u{1}@x.test>"
        let record = Policy().decide(report: ssnReport, envelope: e).auditRecord
        #expect(record.messageID.utf8.count == AuditRecord.maxMessageIDBytes + 3)
        #expect(record.messageID.hasSuffix("..."))
        #expect(record.jsonLine().utf8.count < 2_000)
        e.messageID = "<a\u{7}b@x.test>"
        #expect(Policy().decide(report: ssnReport, envelope: e).auditRecord.messageID == "<a?b@x.test>")
    }

    @Test("the summary is one stable key=value line")
    func summary() {
        let d = Policy().decide(report: ssnReport, envelope: env)
        #expect(d.auditRecord.summary().hasPrefix(
            "queue_id=ABC123 verdict=phi action=encrypt,tag score=85 types=SSN rules=us.ssn unscannable=- bytes=100"))
        #expect(AuditRecord.token("a b\"c") == "a_b_c")
    }
}

@Suite("AuditRecord context and CEF")
struct AuditRecordContextTests {
    func policy(domains: [String] = ["example.org"], networks: [String] = []) -> Policy {
        var c = PolicyConfig()
        c.site.internalDomains = domains
        c.site.internalNetworks = networks
        return Policy(config: c)
    }

    @Test("direction: internal sender to internal only is internal, to outside outbound, outside sender inbound")
    func direction() {
        let p = policy()
        let out = Envelope(sender: "a@example.org", recipients: ["b@example.org", "c@remote.test"])
        let inside = Envelope(sender: "a@example.org", recipients: ["b@example.org"])
        let inbound = Envelope(sender: "x@remote.test", recipients: ["b@example.org"])
        #expect(p.direction(out) == .outbound)
        #expect(p.direction(inside) == .internal)
        #expect(p.direction(inbound) == .inbound)
        #expect(p.decide(report: ssnReport, envelope: out).auditRecord.direction == "outbound")
        #expect(p.decide(report: ssnReport, envelope: inbound).auditRecord.direction == "inbound")
    }

    @Test("with internal networks, the client address decides the origin, not a forgeable sender domain")
    func networksDecide() {
        let p = policy(networks: ["10.0.0.0/8"])
        let forged = Envelope(clientAddress: "198.51.100.7", sender: "ceo@example.org", recipients: ["b@example.org"])
        let ours = Envelope(clientAddress: "10.1.2.3", sender: "x@anything.test", recipients: ["c@remote.test"])
        let authed = Envelope(clientAddress: "198.51.100.7", sender: "a@example.org", recipients: ["c@remote.test"], authUser: "alice")
        #expect(p.direction(forged) == .inbound)
        #expect(p.direction(ours) == .outbound)
        #expect(p.direction(authed) == .outbound)
    }

    @Test("the record carries the skip reason, enforce mode by default, and the context keys in JSON")
    func contextFields() throws {
        var c = PolicyConfig()
        c.policy.skip.authenticated = true
        let r = Policy(config: c).decide(report: ssnReport, envelope: Envelope(sender: "a@x.test", authUser: "alice")).auditRecord
        #expect(r.skipReason == "authenticated")
        #expect(r.mode == "enforce")
        let json = try #require(JSONSerialization.jsonObject(with: Data(r.jsonLine().utf8)) as? [String: Any])
        for key in ["host", "direction", "skip_reason", "mode", "packs"] { #expect(json[key] != nil, "\(key)") }
        let scanned = Policy().decide(report: ssnReport, envelope: Envelope(sender: "a@x.test")).auditRecord
        #expect(scanned.skipReason == "")
    }

    @Test("a CEF line has the seven header fields, escapes = and |, and no raw identifier")
    func cef() {
        var r = Policy().decide(report: ssnReport, envelope: Envelope(clientAddress: "192.0.2.1", clientHost: "mx.test",
            sender: "a=b@x.test", recipients: ["c@y.test", "d@z.test"], queueID: "Q|1")).auditRecord
        r.host = "filter1"
        r.direction = "outbound"
        let line = r.cefLine(version: "1.2.3")
        #expect(line.hasPrefix("CEF:0|phi-milter|phi-milter|1.2.3|phi|PHI scan phi|7|"))
        #expect(line.contains("suser=a\\=b@x.test"))
        #expect(line.contains("duser=c@y.test,d@z.test"))
        #expect(line.contains("src=192.0.2.1"))
        #expect(line.contains("dvchost=filter1"))
        #expect(line.contains("cs1=Q|1"))
        #expect(line.contains("cs3=SSN"))
        #expect(line.contains("rt="))
        #expect(!line.contains("536-90-4399") && !line.contains("536904399"))
        #expect(AuditRenderer(format: .cef, version: "9").line(r).hasPrefix("CEF:0|phi-milter|phi-milter|9|"))
    }
}

@Suite("AuditRecord decoding")
struct AuditRecordDecodingTests {
    @Test("a record reads back equal, and a record written before the context keys still reads")
    func roundTrip() throws {
        var r = Policy().decide(report: ssnReport, envelope: Envelope(sender: "a@x.test", queueID: "Q1")).auditRecord
        r.host = "h1"
        r.packs = ["p@1"]
        let back = try JSONDecoder().decode(AuditRecord.self, from: Data(r.jsonLine().utf8))
        #expect(back == r)
        var old = try #require(JSONSerialization.jsonObject(with: Data(r.jsonLine().utf8)) as? [String: Any])
        for key in ["host", "direction", "skip_reason", "mode", "packs"] { old[key] = nil }
        let oldRecord = try JSONDecoder().decode(AuditRecord.self, from: JSONSerialization.data(withJSONObject: old))
        #expect(oldRecord.queueID == "Q1" && oldRecord.mode == "enforce" && oldRecord.host == "")
    }
}
