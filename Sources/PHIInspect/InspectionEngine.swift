public import PHIDetect

/// What every inspection shares: compiled rules, limits and the fingerprinter. Immutable, so a
/// reload builds a new engine and swaps it in while messages in flight keep the old one.
public final class InspectionEngine: Sendable {
    public let rules: RuleSet
    public let limits: InspectorLimits
    public let fingerprinter: Fingerprinter

    public init(rules: RuleSet, limits: InspectorLimits = InspectorLimits(), fingerprinter: Fingerprinter) {
        self.rules = rules
        self.limits = limits
        self.fingerprinter = fingerprinter
    }

    /// Convenience: a key instead of a fingerprinter.
    public convenience init(rules: RuleSet, limits: InspectorLimits = InspectorLimits(), fingerprintKey: [UInt8]) {
        self.init(rules: rules, limits: limits, fingerprinter: Fingerprinter(key: fingerprintKey))
    }
}
