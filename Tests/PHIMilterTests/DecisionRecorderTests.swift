import Foundation
import Logging
import PHIDetect
import PHIMetrics
@testable import PHIMilter
import PHIPolicy
import PHITestSupport
import Testing

/// A sink that keeps what it was given.
final class MemorySink: AuditSink, @unchecked Sendable {
    var records: [AuditRecord] = []
    func write(_ record: AuditRecord) throws(AuditError) { records.append(record) }
    func reopen() {}
}

/// Runs one message through a session and the recorder; returns the outcome.
func deliver(_ report: ScanReport, config: PolicyConfig = PolicyConfig(), gate: Bool = true,
             sink: any AuditSink, metrics: MilterMetrics) -> DecisionRecorder.Outcome? {
    var (s, _) = makeSession(report: report, gate: gate, config: config)
    let end = run(&s, headers: [("Subject", "x")])
    guard let decision = end.decision else { return nil }
    let recorder = DecisionRecorder(audit: sink, metrics: metrics, hostName: "filter1.test", packs: ["hipaa-core@1.0.0"],
                                    logger: Logger(label: "test"))
    return recorder.record(decision, reply: end.reply, policy: s.context.policy, envelope: s.envelope)
}

func samples(_ m: MilterMetrics) -> [String: Double] {
    LoopbackHTTP.samples(String(decoding: m.exposition(scansInFlight: 0, messagesInFlight: 0), as: UTF8.self))
}

@Suite("DecisionRecorder")
struct DecisionRecorderTests {
    @Test("an audit record that cannot be written (full disk) tempfails the message and is counted")
    func fullDiskTempfails() throws {
        let m = MilterMetrics(version: "t")
        let out = try #require(deliver(ScanReport(findings: [ssn]), sink: try FileAuditSink(path: "/dev/full"), metrics: m))
        guard case .tempfail(let r) = out.reply else { Issue.record("reply \(out.reply)"); return }
        #expect(r.code == "451" && r.xcode == "4.7.1")
        #expect(!out.audited)
        let s = samples(m)
        #expect(s["phi_milter_audit_failures_total"] == 1)
        #expect(s[#"phi_milter_tempfails_total{cause="audit"}"#] == 1)
        #expect(s[#"phi_milter_messages_total{verdict="phi",action="tempfail"}"#] == 1)
        #expect(s[#"phi_milter_messages_total{verdict="phi",action="encrypt"}"#] == 0)
    }

    @Test("with audit.on_failure: accept the message goes on and the failure is still counted")
    func acceptOnFailure() throws {
        var c = PolicyConfig()
        c.audit.onFailure = .accept
        let m = MilterMetrics(version: "t")
        let out = try #require(deliver(ScanReport(findings: [ssn]), config: c, sink: try FileAuditSink(path: "/dev/full"), metrics: m))
        #expect(out.reply == .continue)
        let s = samples(m)
        #expect(s["phi_milter_audit_failures_total"] == 1)
        #expect(s[#"phi_milter_tempfails_total{cause="audit"}"#] == 0)
        #expect(s[#"phi_milter_messages_total{verdict="phi",action="encrypt"}"#] == 1)
    }

    @Test("the record is stamped with host, packs and direction, and written once")
    func stamped() throws {
        let sink = MemorySink()
        let out = try #require(deliver(ScanReport(findings: [ssn]), sink: sink, metrics: MilterMetrics(version: "t")))
        #expect(out.audited)
        #expect(sink.records.count == 1)
        let r = try #require(sink.records.first)
        #expect(r.host == "filter1.test")
        #expect(r.packs == ["hipaa-core@1.0.0"])
        #expect(r.direction == "inbound")
        #expect(r.mode == "enforce")
    }

    @Test("an overloaded message counts as an overload and an overload tempfail, not as a scan")
    func overload() throws {
        let m = MilterMetrics(version: "t")
        let out = try #require(deliver(ScanReport(findings: [ssn]), gate: false, sink: MemorySink(), metrics: m))
        guard case .tempfail = out.reply else { Issue.record("reply \(out.reply)"); return }
        let s = samples(m)
        #expect(s["phi_milter_gate_overloads_total"] == 1)
        #expect(s[#"phi_milter_tempfails_total{cause="overload"}"#] == 1)
        #expect(s[#"phi_milter_unscannable_total{reason="overload"}"#] == 1)
        #expect(s["phi_milter_scan_duration_seconds_count"] == 0)
    }

    @Test("a failed scan with on_error tempfail counts as an error tempfail")
    func scanError() throws {
        let m = MilterMetrics(version: "t")
        var (s, _) = makeSession(fails: true)
        let end = run(&s, headers: [])
        let d = try #require(end.decision)
        let out = DecisionRecorder(audit: MemorySink(), metrics: m, hostName: "", packs: [], logger: Logger(label: "t"))
            .record(d, reply: end.reply, policy: s.context.policy, envelope: s.envelope)
        guard case .tempfail = out.reply else { Issue.record("reply \(out.reply)"); return }
        #expect(samples(m)[#"phi_milter_tempfails_total{cause="error"}"#] == 1)
        #expect(samples(m)[#"phi_milter_unscannable_total{reason="error"}"#] == 1)
    }

    @Test("mail through sessions, then a scrape of /metrics over HTTP shows each counter by name and value")
    func scrapeAfterMail() throws {
        let m = MilterMetrics(version: "9.9.9")
        let sink = MemorySink()
        let icd = Finding(type: "ICD10", rule: "icd10", level: .high, score: 80, start: 0, end: 5, masked: "E1*.*",
                          fingerprint: "hmac-sha256:1")
        for _ in 0..<3 { _ = deliver(ScanReport(findings: [ssn, icd]), sink: sink, metrics: m) }
        for _ in 0..<2 { _ = deliver(ScanReport(), sink: sink, metrics: m) }
        _ = deliver(ScanReport(unscannable: [Unscannable(reason: "archive.encrypted", part: "2")]), sink: sink, metrics: m)
        _ = deliver(ScanReport(findings: [ssn]), sink: try FileAuditSink(path: "/dev/full"), metrics: m)
        let found = try #require(LoopbackHTTP.firstFree(33970...33989) { port throws(MetricsError) in
            let e = MetricsEndpoint(host: "127.0.0.1", port: port,
                                    render: { m.exposition(scansInFlight: 1, messagesInFlight: 2) }, healthy: { true })
            try e.start()
            return e
        })
        let (port, endpoint) = (found.port, found.value)
        defer { endpoint.stop() }
        let r = try #require(LoopbackHTTP.request(port: port, path: "/metrics"))
        #expect(r.status == 200)
        let s = LoopbackHTTP.samples(r.body)
        #expect(s[#"phi_milter_messages_total{verdict="phi",action="encrypt"}"#] == 3)
        #expect(s[#"phi_milter_messages_total{verdict="clean",action="accept"}"#] == 2)
        #expect(s[#"phi_milter_messages_total{verdict="unscannable",action="quarantine"}"#] == 1)
        #expect(s[#"phi_milter_messages_total{verdict="phi",action="tempfail"}"#] == 1)
        #expect(s[#"phi_milter_findings_total{type="SSN"}"#] == 4)
        #expect(s[#"phi_milter_findings_total{type="ICD10"}"#] == 3)
        #expect(s[#"phi_milter_unscannable_total{reason="archive.encrypted"}"#] == 1)
        #expect(s["phi_milter_scan_duration_seconds_count"] == 7)
        #expect(s["phi_milter_audit_failures_total"] == 1)
        #expect(s[#"phi_milter_tempfails_total{cause="audit"}"#] == 1)
        #expect(s["phi_milter_scans_in_flight"] == 1)
        #expect(s["phi_milter_messages_in_flight"] == 2)
        #expect(s[#"phi_milter_build_info{version="9.9.9"}"#] == 1)
        #expect(sink.records.count == 6)
        #expect(LoopbackHTTP.request(port: port, path: "/healthz")?.body == "ok\n")
    }
}
