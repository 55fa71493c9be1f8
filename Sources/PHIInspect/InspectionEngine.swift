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
    /// The rule that reads the recipient's line alone (see ``SubjectLead``): that reading is a second
    /// scan of the Subject and the opening, so it runs one rule, not the pack.
    let recipientRules: RuleSet

    public init(rules: RuleSet, limits: InspectorLimits = InspectorLimits(), fingerprinter: Fingerprinter,
                rosters: [EDMRoster] = []) {
        self.rules = rules
        self.limits = limits
        self.fingerprinter = fingerprinter
        self.rosters = rosters
        // (A pack without the rule reads no recipient.)
        self.recipientRules = (try? rules.subset([SubjectLead.recipientRule])) ?? .empty
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
