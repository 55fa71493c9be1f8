/// The `site:` keys policy uses.
public struct SiteConfig: Sendable, Codable, Equatable {
    /// Recipient domains that count as internal (exact, case-insensitive; `.example.org` also matches subdomains).
    public var internalDomains: [String] = []
    /// Client networks (CIDR) whose mail comes from us; with none, the sender's domain tells (audit `direction`).
    public var internalNetworks: [String] = []

    public init() {}

    enum CodingKeys: String, CodingKey { case internalDomains = "internal_domains", internalNetworks = "internal_networks" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        internalDomains = try c.decodeIfPresent([String].self, forKey: .internalDomains) ?? []
        internalNetworks = try c.decodeIfPresent([String].self, forKey: .internalNetworks) ?? []
    }
}
