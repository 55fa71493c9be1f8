/// Partner domains under a business associate agreement (`policy.partners`): treated like
/// internal recipients, with a choice of whether PHI to them is encrypted.
public struct PartnerConfig: Sendable, Codable, Equatable {
    /// What PHI to a partner gets.
    public enum Treatment: String, Sendable, Codable, CaseIterable {
        /// Mark only (`tag`), like internal mail.
        case tag
        /// Encrypt and mark, like external mail.
        case encrypt
    }

    /// Partner domains (`.example.org` also matches subdomains; an entry with `@` one address).
    public var domains: [String] = []
    /// Default: tag.
    public var treatment = Treatment.tag

    public init() {}

    enum CodingKeys: String, CodingKey { case domains, treatment }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        domains = try c.decodeIfPresent([String].self, forKey: .domains) ?? []
        treatment = try c.decodeIfPresent(Treatment.self, forKey: .treatment) ?? .tag
    }

    /// A partner's actions: the internal ones, with PHI tagged or encrypted as chosen.
    func actions(internal: VerdictActions) -> VerdictActions {
        var a = `internal`
        a.phi = treatment == .tag ? [.tag] : [.encrypt, .tag]
        return a
    }
}
