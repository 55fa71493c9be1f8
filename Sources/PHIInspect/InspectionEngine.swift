public import PHIDetect
public import PHIEDM

/// What every inspection shares: compiled rules, limits and the fingerprinter. Immutable, so a
/// reload builds a new engine and swaps it in while messages in flight keep the old one.
public final class InspectionEngine: Sendable {
    public let rules: RuleSet
    public let limits: InspectorLimits
    public let fingerprinter: Fingerprinter
    /// Hashed rosters of the site's patients (exact data match), consulted for every text part.
    public let rosters: [EDMRoster]

    public init(rules: RuleSet, limits: InspectorLimits = InspectorLimits(), fingerprinter: Fingerprinter,
                rosters: [EDMRoster] = []) {
        self.rules = rules
        self.limits = limits
        self.fingerprinter = fingerprinter
        self.rosters = rosters
    }

    /// One matcher per roster for a part's text (empty without rosters).
    public func rosterMatchers(part: String) -> [EDMMatcher] {
        rosters.map { EDMMatcher(roster: $0, fingerprinter: fingerprinter, part: part) }
    }

    /// Convenience: a key instead of a fingerprinter.
    public convenience init(rules: RuleSet, limits: InspectorLimits = InspectorLimits(), fingerprintKey: [UInt8]) {
        self.init(rules: rules, limits: limits, fingerprinter: Fingerprinter(key: fingerprintKey))
    }
}
