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
