
/// What to do for each verdict in one direction (`policy.internal`, `policy.external`).
public struct VerdictActions: Sendable, Codable, Equatable {
    public var clean: [Action]
    public var phi: [Action]
    public var unscannable: [Action]
    public var violation: [Action]

    public init(clean: [Action], phi: [Action], unscannable: [Action], violation: [Action]) {
        self.clean = clean
        self.phi = phi
        self.unscannable = unscannable
        self.violation = violation
    }

    /// Defaults for mail leaving the site: encrypt PHI, hold what could not be read, refuse violations.
    public static let external = VerdictActions(clean: [.accept], phi: [.encrypt, .tag],
                                                unscannable: [.quarantine], violation: [.reject])
    /// Defaults for mail that stays inside: mark only.
    public static let `internal` = VerdictActions(clean: [.accept], phi: [.tag],
                                                  unscannable: [.tag], violation: [.reject])

    enum CodingKeys: String, CodingKey { case clean, phi, unscannable, violation }

    /// Decodes with every missing verdict taken from `defaults`.
    init(from decoder: any Decoder, defaults: VerdictActions) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        clean = try c.decodeIfPresent([Action].self, forKey: .clean) ?? defaults.clean
        phi = try c.decodeIfPresent([Action].self, forKey: .phi) ?? defaults.phi
        unscannable = try c.decodeIfPresent([Action].self, forKey: .unscannable) ?? defaults.unscannable
        violation = try c.decodeIfPresent([Action].self, forKey: .violation) ?? defaults.violation
    }

    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder, defaults: .external)
    }

    /// The actions of a verdict; `skipped` is always `[accept]`.
    public func actions(for verdict: Verdict) -> [Action] {
        switch verdict {
        case .clean: clean
        case .phi: phi
        case .unscannable: unscannable
        case .violation: violation
        case .skipped: [.accept]
        }
    }
}

/// Messages that are not scanned at all (`policy.skip`).
public struct SkipConfig: Sendable, Codable, Equatable {
    /// Client networks in CIDR notation (`10.0.0.0/8`, `2001:db8::/32`, or a single address).
    public var clientNetworks: [String] = []
    /// Skip mail from any SASL-authenticated client.
    public var authenticated = false
    /// Skip mail from these SASL login names.
    public var authenticatedUsers: [String] = []
    /// Skip messages larger than this many bytes; 0 (default) never skips by size.
    public var maxSize = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case clientNetworks = "client_networks", authenticated, authenticatedUsers = "authenticated_users"
        case maxSize = "max_size"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        clientNetworks = try c.decodeIfPresent([String].self, forKey: .clientNetworks) ?? []
        authenticated = try c.decodeIfPresent(Bool.self, forKey: .authenticated) ?? false
        authenticatedUsers = try c.decodeIfPresent([String].self, forKey: .authenticatedUsers) ?? []
        maxSize = try c.decodeIfPresent(Int.self, forKey: .maxSize) ?? 0
    }
}

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

/// The `site:` keys policy uses.
public struct SiteConfig: Sendable, Codable, Equatable {
    /// Recipient domains that count as internal (exact, case-insensitive; `.example.org` also matches subdomains).
    public var internalDomains: [String] = []

    public init() {}

    enum CodingKeys: String, CodingKey { case internalDomains = "internal_domains" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        internalDomains = try c.decodeIfPresent([String].self, forKey: .internalDomains) ?? []
    }
}

/// What an internal error does (`on_error`): the scan failed, a budget was blown, a bug.
public enum ErrorAction: String, Sendable, Codable, CaseIterable {
    case tempfail, accept, reject
}

/// Everything policy reads from the config file; decoded from the document root, other sections ignored.
///
/// Every key is optional and defaults as documented in `contrib/phi-milter.yaml`.
public struct PolicyConfig: Sendable, Codable, Equatable {
    public var site = SiteConfig()
    public var policy = PolicySection()
    public var actions = ActionsConfig()
    public var onError = ErrorAction.tempfail
    public var audit = AuditConfig()

    public init() {}

    enum CodingKeys: String, CodingKey { case site, policy, actions, onError = "on_error", audit }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        site = try c.decodeIfPresent(SiteConfig.self, forKey: .site) ?? SiteConfig()
        policy = try c.decodeIfPresent(PolicySection.self, forKey: .policy) ?? PolicySection()
        actions = try c.decodeIfPresent(ActionsConfig.self, forKey: .actions) ?? ActionsConfig()
        onError = try c.decodeIfPresent(ErrorAction.self, forKey: .onError) ?? .tempfail
        audit = try c.decodeIfPresent(AuditConfig.self, forKey: .audit) ?? AuditConfig()
    }
}
