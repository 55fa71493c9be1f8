/// The `policy:` section: skip rules, verdict thresholds and per-direction actions.
public struct PolicySection: Sendable, Codable, Equatable {
    public var skip = SkipConfig()
    /// Thresholds of the content verdict (DESIGN §5).
    public var thresholds = ClassifierConfig()
    /// Actions when every recipient is in `site.internal_domains`.
    public var `internal` = VerdictActions.internal
    /// Actions when any recipient is outside (or no internal domains are configured).
    public var external = VerdictActions.external

    public init() {}

    enum CodingKeys: String, CodingKey { case skip, thresholds, `internal`, external }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        skip = try c.decodeIfPresent(SkipConfig.self, forKey: .skip) ?? SkipConfig()
        thresholds = try c.decodeIfPresent(ThresholdsConfig.self, forKey: .thresholds)?.classifier ?? ClassifierConfig()
        if c.contains(.internal) {
            `internal` = try VerdictActions(from: c.superDecoder(forKey: .internal), defaults: .internal)
        }
        if c.contains(.external) {
            external = try VerdictActions(from: c.superDecoder(forKey: .external), defaults: .external)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(skip, forKey: .skip)
        try c.encode(ThresholdsConfig(thresholds), forKey: .thresholds)
        try c.encode(`internal`, forKey: .internal)
        try c.encode(external, forKey: .external)
    }
}
