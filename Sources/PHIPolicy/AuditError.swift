#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error opening or writing an audit destination: a code, the configured path and the system's
/// reason; never record content.
public struct AuditError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    /// The file concerned (`audit.path`), empty for other sinks.
    public var path: String
    /// `errno` of the failed call, 0 when none.
    public var errno: Int32
    public var file: String
    public var line: Int

    public init(code: String, path: String = "", errno: Int32 = 0, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.path = path
        self.errno = errno
        self.file = file
        self.line = line
    }

    public var description: String {
        var text = code
        if !path.isEmpty { text += " \(path)" }
        if errno != 0 { text += ": \(String(cString: strerror(errno)))" }
        return text
    }
}
