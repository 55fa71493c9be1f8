import PHIDetect

/// The `policy:` section: mode, skip rules, verdict thresholds, per-direction actions and scoping.
public struct PolicySection: Sendable, Codable, Equatable {
    /// `enforce` (default) or `simulate`.
    public var mode = PolicyMode.enforce
    public var skip = SkipConfig()
    /// Thresholds of the content verdict (DESIGN §5).
    public var thresholds = ClassifierConfig()
    /// Actions for a recipient in `site.internal_domains`.
    public var `internal` = VerdictActions.internal
    /// Actions for a recipient outside (or when no internal domains are configured).
    public var external = VerdictActions.external
    /// Partner (BAA) domains and their treatment.
    public var partners = PartnerConfig()
    /// Scoping rules by sender and recipient domain; first match wins, per recipient.
    public var rules: [ScopeRule] = []
    /// Escalation by the number of patient records.
    public var bulk = BulkConfig()
    /// Per-type overrides by canonical type name.
    public var types: [String: TypeOverride] = [:]
    /// Fingerprints (`hmac-sha256:…`, from `phi-milter fingerprint`) of known values whose findings
    /// are dropped before classification.
    public var allowFingerprints: [String] = []
    /// Subject words that force encryption and are removed from the Subject (case-insensitive).
    public var encryptTrigger: [String] = []

    public init() {}

    enum CodingKeys: String, CodingKey {
        case mode, skip, thresholds, `internal`, external, partners, rules, bulk, types
        case allowFingerprints = "allow_fingerprints", encryptTrigger = "encrypt_trigger"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        mode = try c.decodeIfPresent(PolicyMode.self, forKey: .mode) ?? .enforce
        skip = try c.decodeIfPresent(SkipConfig.self, forKey: .skip) ?? SkipConfig()
        thresholds = try c.decodeIfPresent(ThresholdsConfig.self, forKey: .thresholds)?.classifier ?? ClassifierConfig()
        if c.contains(.internal) {
            `internal` = try VerdictActions(from: c.superDecoder(forKey: .internal), defaults: .internal)
        }
        if c.contains(.external) {
            external = try VerdictActions(from: c.superDecoder(forKey: .external), defaults: .external)
        }
        partners = try c.decodeIfPresent(PartnerConfig.self, forKey: .partners) ?? PartnerConfig()
        rules = try c.decodeIfPresent([ScopeRule].self, forKey: .rules) ?? []
        bulk = try c.decodeIfPresent(BulkConfig.self, forKey: .bulk) ?? BulkConfig()
        types = try c.decodeIfPresent([String: TypeOverride].self, forKey: .types) ?? [:]
        if let unknown = types.keys.sorted().first(where: { !PHIType.isKnown($0) }) {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.types, AnyKey(unknown)],
                                                    debugDescription: "not a canonical type name"))
        }
        allowFingerprints = try c.decodeIfPresent([String].self, forKey: .allowFingerprints) ?? []
        for (i, f) in allowFingerprints.enumerated() where !PolicySection.isFingerprint(f) {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.allowFingerprints, AnyKey(index: i)],
                                                    debugDescription: "not hmac-sha256: and 32 hex digits"))
        }
        encryptTrigger = try c.decodeIfPresent([String].self, forKey: .encryptTrigger) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mode, forKey: .mode)
        try c.encode(skip, forKey: .skip)
        try c.encode(ThresholdsConfig(thresholds), forKey: .thresholds)
        try c.encode(`internal`, forKey: .internal)
        try c.encode(external, forKey: .external)
        try c.encode(partners, forKey: .partners)
        try c.encode(rules, forKey: .rules)
        try c.encode(bulk, forKey: .bulk)
        try c.encode(types, forKey: .types)
        try c.encode(allowFingerprints, forKey: .allowFingerprints)
        try c.encode(encryptTrigger, forKey: .encryptTrigger)
    }

    /// Whether `text` has the form of a finding's fingerprint.
    static func isFingerprint(_ text: String) -> Bool {
        let prefix = "hmac-sha256:"
        guard text.hasPrefix(prefix), text.utf8.count == prefix.utf8.count + 32 else { return false }
        return text.utf8.dropFirst(prefix.utf8.count).allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// A coding key for a map key or list index named in an error.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ string: String) { stringValue = string }
        init(index: Int) { stringValue = "[\(index)]"; intValue = index }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { stringValue = "[\(intValue)]"; self.intValue = intValue }
    }
}
