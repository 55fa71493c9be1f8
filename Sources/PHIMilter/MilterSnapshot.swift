public import PHIInspect
public import PHIPolicy

/// One immutable configuration the milter runs with; SIGUSR1 swaps in a new one.
public struct MilterSnapshot: Sendable {
    public var engine: InspectionEngine
    public var policy: Policy
    public var audit: any AuditSink
    /// Makes the scanner of one message; by default an ``Inspector`` over `engine`.
    public var makeScanner: ScannerFactory
    /// The loaded packs as `id@version`, for the audit record.
    public var packs: [String] = []
    /// Sends notices of held and refused messages; nil when `notice:` is off.
    public var notices: (any NoticeSink)?

    public init(engine: InspectionEngine, policy: Policy, audit: any AuditSink,
                makeScanner: ScannerFactory? = nil, packs: [String] = [], notices: (any NoticeSink)? = nil) {
        self.packs = packs
        self.engine = engine
        self.policy = policy
        self.audit = audit
        self.makeScanner = makeScanner ?? { Inspector(engine: engine) }
        self.notices = notices
    }
}
