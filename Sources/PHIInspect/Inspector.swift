public import PHIDetect

/// Size and time limits of one message inspection.
public struct InspectorLimits: Sendable, Codable, Equatable {
    /// Bytes of raw message inspected; the rest is unscannable (`message.too_large`). Default: 50 MiB.
    public var maxMessageBytes: Int = 50 << 20
    /// Wall-time budget per message in seconds; past it the rest is unscannable (`time.budget`). Default: 30.
    public var timeBudgetSeconds: Double = 30

    public init() {}
}

/// What every inspection shares: compiled rules, limits and the fingerprint key. Immutable.
public final class InspectionEngine: Sendable {
    public let rules: RuleSet
    public let limits: InspectorLimits
    let fingerprintKey: [UInt8]

    public init(rules: RuleSet, limits: InspectorLimits = InspectorLimits(), fingerprintKey: [UInt8]) {
        self.rules = rules
        self.limits = limits
        self.fingerprintKey = fingerprintKey
    }
}

/// Inspects one message as it streams in: headers, then body chunks, then ``finish()``.
///
/// Not thread-safe; one per message. (Interface; the pipeline lands with the MIME issue.)
public final class Inspector {
    private let engine: InspectionEngine
    private var bytes = 0

    public init(engine: InspectionEngine) {
        self.engine = engine
    }

    /// One header of the top-level message, as the MTA hands it over (value unfolded or not).
    public func header(name: String, value: String) {
        bytes += name.utf8.count + value.utf8.count + 4
    }

    /// The end of the top-level headers.
    public func endOfHeaders() {
        bytes += 2
    }

    /// A chunk of the raw (transfer-encoded) body.
    public func body(_ chunk: UnsafeRawBufferPointer) {
        bytes += chunk.count
    }

    /// Ends the message and returns its report.
    public func finish() -> ScanReport {
        ScanReport(bytes: bytes)
    }
}
