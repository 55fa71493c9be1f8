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

    public init(engine: InspectionEngine, policy: Policy, audit: any AuditSink,
                makeScanner: ScannerFactory? = nil, packs: [String] = []) {
        self.packs = packs
        self.engine = engine
        self.policy = policy
        self.audit = audit
        self.makeScanner = makeScanner ?? { Inspector(engine: engine) }
    }
}
