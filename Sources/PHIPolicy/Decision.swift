/// The outcome of policy for one message.
public struct Decision: Sendable, Equatable {
    public var verdict: Verdict
    /// What to do, in the configured order; never empty.
    public var actions: [Action]
    public var classification: Classification
    /// Value of the `X-PHI-Scan` header:
    /// `<verdict>; score=<n>; types=SSN,ICD10; rules=<ids>; scanner=phi-milter/<version>`.
    public var headerValue: String
    public var auditRecord: AuditRecord
    /// The Subject with the encryption trigger removed, when a trigger was found and is acted on.
    public var subject: String? = nil
    /// The types behind the verdict (canonical names only), for the reject text.
    public var types: [String] = []

    /// The action that decides the SMTP reply: reject over tempfail over quarantine over delivery.
    public var disposition: Action {
        for a in [Action.reject, .tempfail, .quarantine] where actions.contains(a) { return a }
        return actions.contains(.encrypt) ? .encrypt : (actions.contains(.tag) ? .tag : .accept)
    }
}
