/// The Prometheus endpoint (`metrics:`).
public struct MetricsConfig: Sendable, Codable, Equatable {
    /// Serve `/metrics` and `/healthz`. Default false.
    public var enabled = false
    /// `ADDRESS:PORT` with a numeric address (`[::1]:9426` for IPv6). Default `127.0.0.1:9426`.
    /// Read at start only. Metrics hold no PHI, but they tell what mail flows: keep it on loopback
    /// or behind a firewall.
    public var listen = "127.0.0.1:9426"

    public init() {}

    enum CodingKeys: String, CodingKey { case enabled, listen }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = MetricsConfig()
        enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? d.enabled
        listen = try c.decodeIfPresent(String.self, forKey: .listen) ?? d.listen
    }

    /// `listen` split into a numeric host and a port 1-65535, or nil when malformed.
    public var address: (host: String, port: Int)? {
        var host: Substring, port: Substring
        if listen.hasPrefix("[") {
            guard let close = listen.firstIndex(of: "]"), listen[listen.index(after: close)...].hasPrefix(":") else {
                return nil
            }
            host = listen[listen.index(after: listen.startIndex)..<close]
            port = listen[listen.index(close, offsetBy: 2)...]
        } else {
            guard let colon = listen.lastIndex(of: ":"), !listen[..<colon].contains(":") else { return nil }
            host = listen[..<colon]
            port = listen[listen.index(after: colon)...]
        }
        guard let p = Int(port), (1...65_535).contains(p), !host.isEmpty, NumericAddress(String(host)) != nil else {
            return nil
        }
        return (String(host), p)
    }

    /// Whether the address is a loopback address (127.0.0.0/8 or ::1).
    public var isLoopback: Bool {
        guard let host = address?.host else { return false }
        return host == "::1" || host.hasPrefix("127.")
    }
}
