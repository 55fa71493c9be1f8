/// Where audit records go (`audit:`).
public struct AuditConfig: Sendable, Codable, Equatable {
    /// The kind of sink.
    public enum Sink: String, Sendable, Codable, CaseIterable {
        case file, syslog, stderr, none
    }

    /// The line format: one JSON object per line, the key=value summary, or ArcSight CEF for a SIEM.
    public enum Format: String, Sendable, Codable, CaseIterable {
        case json, kv, cef
    }

    /// What a message gets when its record cannot be written (`audit.on_failure`).
    public enum OnFailure: String, Sendable, Codable, CaseIterable {
        /// `451 4.7.1`: the client retries, so no message passes unaudited (default).
        case tempfail
        /// Deliver as decided; the failure is logged and counted only.
        case accept
    }

    /// A copy of each record sent to syslog for a SIEM (`audit.syslog_copy`), besides the sink.
    public enum Copy: String, Sendable, Codable, CaseIterable {
        case none, json, kv, cef
    }

    /// Default: a file, written and flushed to disk record by record.
    public var sink = Sink.file
    /// File path for `sink: file`; opened again on SIGHUP/SIGUSR1 (log rotation).
    public var path = "/var/log/phi-milter/audit.log"
    /// Default: json.
    public var format = Format.json
    /// `fdatasync` after each record of a file sink, so an acknowledged message has its record on disk.
    public var fsync = true
    /// Default: tempfail.
    public var onFailure = OnFailure.tempfail
    /// Default: none. Best effort: syslog(3) cannot report a failure, so the sink stays the record of truth.
    public var syslogCopy = Copy.none
    /// Syslog facility name for `sink: syslog` and `syslog_copy` (`mail`, `local0`..`local7`).
    public var syslogFacility = "mail"

    public init() {}

    enum CodingKeys: String, CodingKey {
        case sink, path, format, fsync, onFailure = "on_failure", syslogCopy = "syslog_copy"
        case syslogFacility = "syslog_facility"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = AuditConfig()
        sink = try c.decodeIfPresent(Sink.self, forKey: .sink) ?? d.sink
        path = try c.decodeIfPresent(String.self, forKey: .path) ?? d.path
        format = try c.decodeIfPresent(Format.self, forKey: .format) ?? d.format
        fsync = try c.decodeIfPresent(Bool.self, forKey: .fsync) ?? d.fsync
        onFailure = try c.decodeIfPresent(OnFailure.self, forKey: .onFailure) ?? d.onFailure
        syslogCopy = try c.decodeIfPresent(Copy.self, forKey: .syslogCopy) ?? d.syslogCopy
        syslogFacility = try c.decodeIfPresent(String.self, forKey: .syslogFacility) ?? d.syslogFacility
    }
}
