import Foundation
public import Logging

/// The foreground log (`run --foreground`): ``LogLine`` text on standard error, one `write` per
/// line, after the UTC time and the level: `2026-12-04T23:50:00Z info QUEUEID: milter.decision ...`.
public struct StderrLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]

    public init(level: Logger.Level = .info) {
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let all = event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        let stamp = Date().formatted(.iso8601)
        let text = Array("\(stamp) \(event.level.rawValue) \(LogLine.render(event.message, all))\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
