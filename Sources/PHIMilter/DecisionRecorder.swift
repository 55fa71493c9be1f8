import Logging
public import PHIMetrics
public import PHIPolicy

/// Audits and counts each decided message: the one place a decision is written to the audit
/// sink and counted in the metrics, and where `audit.on_failure` turns a failed write into a
/// tempfail (so that no message passes unaudited unless the policy says `accept`).
public struct DecisionRecorder: Sendable {
    public var audit: any AuditSink
    public var metrics: MilterMetrics
    /// This host's name, stamped into every record.
    public var hostName: String
    /// The loaded packs as `id@version`, stamped into every record.
    public var packs: [String]
    public var logger: Logger

    public init(audit: any AuditSink, metrics: MilterMetrics, hostName: String, packs: [String], logger: Logger) {
        self.audit = audit
        self.metrics = metrics
        self.hostName = hostName
        self.packs = packs
        self.logger = logger
    }

    /// What was recorded and the reply to send.
    public struct Outcome: Sendable {
        public var record: AuditRecord
        public var reply: MilterReply
        /// False when the record did not reach the sink.
        public var audited: Bool
    }

    /// Finishes one decision. `modifyFailed`: libmilter refused a change, so `on_error` applies.
    public func record(_ decision: Decision, reply: MilterReply, policy: Policy, envelope: Envelope,
                       modifyFailed: Bool = false) -> Outcome {
        var record = decision.auditRecord
        var reply = reply
        var cause: MetricLabels.TempfailCause = .policy
        if modifyFailed {
            let onError = policy.decideError(code: "milter.modify", envelope: envelope)
            record.actions = onError.actions
            reply = Session.errorReply(onError.disposition, actions: policy.config.actions)
            cause = .modify
            logger.error("milter.modify_failed", metadata: ["milter.queue_id": "\(record.queueID)"])
        }
        let failure = DecisionRecorder.failure(of: decision)
        if let failure, cause == .policy { cause = failure == .overload ? .overload : .error }
        record.host = hostName
        record.packs = packs
        var audited = true
        do {
            try audit.write(record)
        } catch {
            audited = false
            metrics.auditFailure()
            logger.error("audit.write_failed", metadata: ["milter.queue_id": "\(record.queueID)",
                                                          "error.code": "\(error.code)", "error.detail": "\(error)"])
            if policy.config.audit.onFailure == .tempfail {
                reply = Session.errorReply(.tempfail, actions: policy.config.actions)
                cause = .audit
            }
        }
        let disposition: Action = switch reply {
        case .tempfail: .tempfail
        case .reject: .reject
        default: modifyFailed ? .accept : decision.disposition
        }
        metrics.message(record, disposition: disposition, scanned: failure == nil && decision.verdict != .skipped,
                        failure: failure)
        if case .tempfail = reply { metrics.tempfail(cause) }
        return Outcome(record: record, reply: reply, audited: audited)
    }

    /// Whether policy decided without a scan: `error:overload` (no slot) or another `error:` code.
    static func failure(of decision: Decision) -> MilterMetrics.Failure? {
        let reasons = decision.classification.reasons
        if reasons.contains("error:overload") { return .overload }
        return reasons.contains { $0.hasPrefix("error:") } ? .error : nil
    }
}
