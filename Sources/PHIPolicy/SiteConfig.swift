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
