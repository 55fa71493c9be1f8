
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
