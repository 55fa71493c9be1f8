/// The `listen:` section wrapper, for decoding it from the config document root.
public struct ListenSection: Sendable, Codable {
    public var listen: MilterConfig

    enum CodingKeys: String, CodingKey { case listen }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        listen = try c.decodeIfPresent(MilterConfig.self, forKey: .listen) ?? MilterConfig()
    }
}
