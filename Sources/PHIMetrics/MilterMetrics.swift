public import PHIPolicy
public import Prometheus

/// Every metric of the milter, named `phi_milter_*` after the Prometheus conventions (`_total`
/// counters, `_seconds` histograms, base units), with every label set made at start from the
/// closed sets of ``MetricLabels``, so a series exists (at 0) before its first event.
///
/// One instance per process; it outlives configuration reloads, so counters never go back.
public final class MilterMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    private let messages: [String: Counter]
    private let unscannable: [String: Counter]
    private let findings: [String: Counter]
    private let tempfails: [MetricLabels.TempfailCause: Counter]
    private let reloads: [Bool: Counter]
    private let scanSeconds: ValueHistogram
    private let scannedBytes: Counter
    private let overloads: Counter
    private let auditFailures: Counter
    private let scansInFlight: Gauge
    private let messagesInFlight: Gauge
    private let typeSet = Set(MetricLabels.findingTypes)
    private let reasonSet = Set(MetricLabels.unscannableReasons)

    /// Upper bounds of the scan-time buckets, in seconds.
    public static let scanBuckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    /// - Parameter version: the `version` label of `phi_milter_build_info`.
    public init(version: String) {
        let r = registry
        var m: [String: Counter] = [:]
        for v in Verdict.allCases {
            for a in Action.allCases {
                m["\(v.rawValue) \(a.rawValue)"] = r.makeCounter(
                    name: "phi_milter_messages_total", labels: [("verdict", v.rawValue), ("action", a.rawValue)],
                    help: "Messages decided, by verdict and the action that decided the SMTP reply.")
            }
        }
        messages = m
        var u: [String: Counter] = [:]
        for reason in MetricLabels.unscannableReasons + ["other"] {
            u[reason] = r.makeCounter(name: "phi_milter_unscannable_total", labels: [("reason", reason)],
                                      help: "Messages with content that could not be inspected, by reason (once per message and reason).")
        }
        unscannable = u
        var f: [String: Counter] = [:]
        for type in MetricLabels.findingTypes + ["other"] {
            f[type] = r.makeCounter(name: "phi_milter_findings_total", labels: [("type", type)],
                                    help: "Findings in scanned messages, by type.")
        }
        findings = f
        var t: [MetricLabels.TempfailCause: Counter] = [:]
        for cause in MetricLabels.TempfailCause.allCases {
            t[cause] = r.makeCounter(name: "phi_milter_tempfails_total", labels: [("cause", cause.rawValue)],
                                     help: "4xx replies sent, by cause.")
        }
        tempfails = t
        reloads = [
            true: r.makeCounter(name: "phi_milter_config_reloads_total", labels: [("result", "success")],
                                help: "Configuration reloads (SIGHUP/SIGUSR1), by result."),
            false: r.makeCounter(name: "phi_milter_config_reloads_total", labels: [("result", "failure")],
                                 help: "Configuration reloads (SIGHUP/SIGUSR1), by result."),
        ]
        scanSeconds = r.makeValueHistogram(name: "phi_milter_scan_duration_seconds", buckets: MilterMetrics.scanBuckets,
                                           help: "Time to inspect one message, in seconds.")
        scannedBytes = r.makeCounter(name: "phi_milter_scanned_bytes_total", help: "Bytes of the messages scanned.")
        overloads = r.makeCounter(name: "phi_milter_gate_overloads_total",
                                  help: "Messages refused because no scan slot was free in time.")
        auditFailures = r.makeCounter(name: "phi_milter_audit_failures_total",
                                      help: "Audit records that could not be written.")
        scansInFlight = r.makeGauge(name: "phi_milter_scans_in_flight", help: "Scan steps running now (scan slots in use).")
        messagesInFlight = r.makeGauge(name: "phi_milter_messages_in_flight",
                                       help: "Messages between MAIL FROM and their end.")
        r.makeGauge(name: "phi_milter_build_info", labels: [("version", version)],
                    help: "Always 1; the version label is the running phi-milter.").set(Int64(1))
    }

    /// Why a message was not inspected although it was to be.
    public enum Failure: String, Sendable {
        /// The scan failed or ran out of time.
        case error
        /// No scan slot was free (also counted in `phi_milter_gate_overloads_total`).
        case overload
    }

    /// One decided message: counted by verdict and disposition; its unscannable reasons (once
    /// each, or the failure), findings by type, scan time and bytes when it was scanned.
    public func message(_ record: AuditRecord, disposition: Action, scanned: Bool, failure: Failure? = nil) {
        messages["\(record.verdict.rawValue) \(disposition.rawValue)"]?.increment()
        for reason in Set(record.unscannable) {
            unscannable[MetricLabels.closed(reason, in: reasonSet)]?.increment()
        }
        if let failure {
            unscannable[failure.rawValue]?.increment()
            if failure == .overload { overloads.increment() }
        }
        guard scanned else { return }
        for rule in record.rules {
            findings[MetricLabels.closed(rule.type, in: typeSet)]?.increment(by: Int64(rule.count))
        }
        scanSeconds.record(max(0, record.elapsedMs) / 1000)
        scannedBytes.increment(by: Int64(max(0, record.bytes)))
    }

    /// A 4xx sent, for `cause`.
    public func tempfail(_ cause: MetricLabels.TempfailCause) { tempfails[cause]?.increment() }

    /// An audit record that could not be written.
    public func auditFailure() { auditFailures.increment() }

    /// A configuration reload, successful or not.
    public func reload(succeeded: Bool) { reloads[succeeded]?.increment() }

    /// The text exposition, with the in-flight gauges set to the values given.
    public func exposition(scansInFlight scans: Int, messagesInFlight inFlight: Int) -> [UInt8] {
        scansInFlight.set(Int64(scans))
        messagesInFlight.set(Int64(inFlight))
        var out: [UInt8] = []
        registry.emit(into: &out)
        return out
    }
}
