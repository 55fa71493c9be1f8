public import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A swift-log handler that sends each line to syslog through a ``SyslogSocket``, rendered by
/// ``LogLine`` (queue id first), at the severity of its level.
public struct SyslogLogHandler: LogHandler {
    let socket: SyslogSocket
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]

    public init(socket: SyslogSocket, level: Logger.Level = .info) {
        self.socket = socket
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let all = event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        socket.send(severity: SyslogLogHandler.severity(event.level), LogLine.render(event.message, all))
    }

    /// The syslog severity of a swift-log level.
    static func severity(_ level: Logger.Level) -> Int32 {
        switch level {
        case .trace, .debug: LOG_DEBUG
        case .info: LOG_INFO
        case .notice: LOG_NOTICE
        case .warning: LOG_WARNING
        case .error: LOG_ERR
        case .critical: LOG_CRIT
        }
    }
}
