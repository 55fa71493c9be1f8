#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Syslog facility names as configuration files spell them (`mail`, `daemon`, `local0`..`local7`).
///
/// The one table every syslog writer (the daemon's log, the audit sink) and the configuration
/// check consult: a name not here is a configuration error, never a silent `mail`.
public enum SyslogFacility {
    static let table: [(String, Int32)] = [
        ("mail", LOG_MAIL), ("daemon", LOG_DAEMON), ("user", LOG_USER),
        ("local0", LOG_LOCAL0), ("local1", LOG_LOCAL1), ("local2", LOG_LOCAL2), ("local3", LOG_LOCAL3),
        ("local4", LOG_LOCAL4), ("local5", LOG_LOCAL5), ("local6", LOG_LOCAL6), ("local7", LOG_LOCAL7),
    ]

    /// The facility code (already shifted, as `LOG_MAIL`) of `name`, or nil when it is not one.
    public static func code(_ name: String) -> Int32? {
        let lower = name.lowercased()
        return table.first { $0.0 == lower }?.1
    }

    /// The names, for an error text.
    public static var names: String { table.map(\.0).joined(separator: ", ") }
}
