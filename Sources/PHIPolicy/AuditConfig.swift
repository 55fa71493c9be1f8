/// Where audit records go (`audit:`).
public struct AuditConfig: Sendable, Codable, Equatable {
    /// The kind of sink.
    public enum Sink: String, Sendable, Codable, CaseIterable {
        case file, syslog, stderr, none
    }

    /// The line format: one JSON object per line, or the key=value summary.
    public enum Format: String, Sendable, Codable, CaseIterable {
        case json, kv
    }

    /// Default: stderr (the journal under systemd).
    public var sink = Sink.stderr
    /// File path for `sink: file`; reopened on SIGUSR1 (log rotation).
    public var path = "/var/log/phi-milter/audit.jsonl"
    /// Default: json.
    public var format = Format.json
    /// Syslog facility name for `sink: syslog` (`mail`, `local0`..`local7`).
    public var syslogFacility = "mail"

    public init() {}

    enum CodingKeys: String, CodingKey { case sink, path, format, syslogFacility = "syslog_facility" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = AuditConfig()
        sink = try c.decodeIfPresent(Sink.self, forKey: .sink) ?? d.sink
        path = try c.decodeIfPresent(String.self, forKey: .path) ?? d.path
        format = try c.decodeIfPresent(Format.self, forKey: .format) ?? d.format
        syslogFacility = try c.decodeIfPresent(String.self, forKey: .syslogFacility) ?? d.syslogFacility
    }
}
