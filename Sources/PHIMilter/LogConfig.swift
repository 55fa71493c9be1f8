public import Logging
import PHIPolicy

/// The daemon's own log (`log:` section): where `run` sends its lines when not in the foreground.
///
/// Lines go to syslog as `phi-milter[PID]: QUEUEID: event key=value ...` under `facility`, so a
/// mail server's `mail.log` holds them beside Postfix's. `run --foreground` writes the same lines
/// to standard error instead (with time and level in front).
public struct LogConfig: Sendable, Codable, Equatable {
    /// Syslog facility: `mail` (default), `daemon`, `user`, `local0`..`local7`.
    public var facility = "mail"
    /// Least level logged: `debug`, `info` (default), `notice`, `warning`, `error`.
    public var level = "info"
    /// The local syslog socket (a datagram socket). Default `/dev/log`.
    public var socket = "/dev/log"

    public init() {}

    enum CodingKeys: String, CodingKey { case facility, level, socket }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = LogConfig()
        facility = try c.decodeIfPresent(String.self, forKey: .facility) ?? d.facility
        level = try c.decodeIfPresent(String.self, forKey: .level) ?? d.level
        socket = try c.decodeIfPresent(String.self, forKey: .socket) ?? d.socket
    }

    /// The level as swift-log's, or nil when the name is not one.
    public var loggerLevel: Logger.Level? {
        ["debug": .debug, "info": .info, "notice": .notice, "warning": .warning, "error": .error][level.lowercased()]
    }

    /// The first key whose value is unusable and why, or nil.
    public var invalidKey: (key: String, problem: String)? {
        if SyslogFacility.code(facility) == nil { return ("facility", "unknown facility \(facility) (expected one of \(SyslogFacility.names))") }
        if loggerLevel == nil { return ("level", "unknown level \(level) (expected one of debug, info, notice, warning, error)") }
        if !socket.hasPrefix("/") { return ("socket", "must be an absolute path") }
        return nil
    }
}
