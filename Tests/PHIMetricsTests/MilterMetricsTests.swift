import Foundation
import PHIDetect
@testable import PHIMetrics
import PHIPolicy
import PHITestSupport
import Testing

func record(verdict: Verdict, types: [(String, Int)] = [], unscannable: [String] = [], bytes: Int = 100,
            elapsedMs: Double = 3) -> AuditRecord {
    let findings = types.flatMap { t in
        (0..<t.1).map { _ in Finding(type: t.0, rule: "r.\(t.0)", level: .high, score: 90, start: 0, end: 1,
                                    masked: "*", fingerprint: "hmac-sha256:0") }
    }
    var r = Policy().decide(report: ScanReport(findings: findings, bytes: bytes), envelope: Envelope()).auditRecord
    r.verdict = verdict
    r.unscannable = unscannable
    r.bytes = bytes
    r.elapsedMs = elapsedMs
    return r
}

func text(_ m: MilterMetrics, scans: Int = 0, messages: Int = 0) -> String {
    String(decoding: m.exposition(scansInFlight: scans, messagesInFlight: messages), as: UTF8.self)
}

@Suite("MilterMetrics")
struct MilterMetricsTests {
    @Test("messages are counted by verdict and disposition, findings by type, bytes and scan time")
    func counts() {
        let m = MilterMetrics(version: "1.2.3")
        m.message(record(verdict: .phi, types: [("SSN", 2), ("ICD10", 1)], bytes: 1000, elapsedMs: 4), disposition: .encrypt, scanned: true)
        m.message(record(verdict: .clean, bytes: 500, elapsedMs: 2000), disposition: .accept, scanned: true)
        m.message(record(verdict: .skipped, bytes: 7), disposition: .accept, scanned: false)
        let s = LoopbackHTTP.samples(text(m))
        #expect(s[#"phi_milter_messages_total{verdict="phi",action="encrypt"}"#] == 1)
        #expect(s[#"phi_milter_messages_total{verdict="clean",action="accept"}"#] == 1)
        #expect(s[#"phi_milter_messages_total{verdict="skipped",action="accept"}"#] == 1)
        #expect(s[#"phi_milter_messages_total{verdict="phi",action="reject"}"#] == 0)
        #expect(s[#"phi_milter_findings_total{type="SSN"}"#] == 2)
        #expect(s[#"phi_milter_findings_total{type="ICD10"}"#] == 1)
        #expect(s["phi_milter_scanned_bytes_total"] == 1500)
        #expect(s["phi_milter_scan_duration_seconds_count"] == 2)
        #expect(s[#"phi_milter_scan_duration_seconds_bucket{le="0.005"}"#] == 1)
        #expect(s[#"phi_milter_scan_duration_seconds_bucket{le="2.5"}"#] == 2)
        #expect(abs((s["phi_milter_scan_duration_seconds_sum"] ?? 0) - 2.004) < 1e-9)
        #expect(s[#"phi_milter_build_info{version="1.2.3"}"#] == 1)
    }

    @Test("label values outside the closed sets are counted as other")
    func closedSets() {
        let m = MilterMetrics(version: "1")
        m.message(record(verdict: .phi, types: [("Maria Lopez", 1)], unscannable: ["536-90-4399", "archive.encrypted"]),
                  disposition: .tag, scanned: true)
        let t = text(m)
        let s = LoopbackHTTP.samples(t)
        #expect(s[#"phi_milter_findings_total{type="other"}"#] == 1)
        #expect(s[#"phi_milter_unscannable_total{reason="other"}"#] == 1)
        #expect(s[#"phi_milter_unscannable_total{reason="archive.encrypted"}"#] == 1)
        #expect(!t.contains("Maria") && !t.contains("536-90"))
    }

    @Test("failures, tempfails, audit failures, reloads and in-flight gauges")
    func events() {
        let m = MilterMetrics(version: "1")
        m.message(record(verdict: .unscannable), disposition: .tempfail, scanned: false, failure: .overload)
        m.message(record(verdict: .unscannable), disposition: .tempfail, scanned: false, failure: .error)
        m.tempfail(.overload)
        m.tempfail(.audit)
        m.tempfail(.audit)
        m.auditFailure()
        m.reload(succeeded: true)
        m.reload(succeeded: false)
        m.reload(succeeded: true)
        let s = LoopbackHTTP.samples(text(m, scans: 3, messages: 5))
        #expect(s["phi_milter_gate_overloads_total"] == 1)
        #expect(s[#"phi_milter_unscannable_total{reason="overload"}"#] == 1)
        #expect(s[#"phi_milter_unscannable_total{reason="error"}"#] == 1)
        #expect(s[#"phi_milter_tempfails_total{cause="audit"}"#] == 2)
        #expect(s[#"phi_milter_tempfails_total{cause="overload"}"#] == 1)
        #expect(s[#"phi_milter_tempfails_total{cause="draining"}"#] == 0)
        #expect(s["phi_milter_audit_failures_total"] == 1)
        #expect(s[#"phi_milter_config_reloads_total{result="success"}"#] == 2)
        #expect(s[#"phi_milter_config_reloads_total{result="failure"}"#] == 1)
        #expect(s["phi_milter_scans_in_flight"] == 3)
        #expect(s["phi_milter_messages_in_flight"] == 5)
        #expect(s["phi_milter_scan_duration_seconds_count"] == 0)
    }

    @Test("every family has HELP and TYPE, a phi_milter_ name, _total on counters only")
    func naming() {
        let t = text(MilterMetrics(version: "1"))
        var types: [String: String] = [:]
        var helps = Set<String>()
        for line in t.split(separator: "\n") {
            let f = line.split(separator: " ", maxSplits: 3)
            if f.count >= 4, f[0] == "#", f[1] == "TYPE" { types[String(f[2])] = String(f[3]) }
            if f.count >= 3, f[0] == "#", f[1] == "HELP" { helps.insert(String(f[2])) }
        }
        #expect(types.count == 12)
        for (name, type) in types {
            #expect(name.hasPrefix("phi_milter_"))
            #expect(helps.contains(name), "\(name) has no HELP")
            #expect(name.hasSuffix("_total") == (type == "counter"), "\(name) \(type)")
            if type == "histogram" { #expect(name.hasSuffix("_seconds")) }
        }
        // Every series exists at start: verdicts × actions, reasons, types.
        let s = LoopbackHTTP.samples(t)
        #expect(s.keys.filter { $0.hasPrefix("phi_milter_messages_total{") }.count == Verdict.allCases.count * Action.allCases.count)
        #expect(s.keys.filter { $0.hasPrefix("phi_milter_findings_total{") }.count == MetricLabels.findingTypes.count + 1)
    }
}
