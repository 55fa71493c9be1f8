#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error starting the daemon: the step (`milter.socket_open`, `milter.user`, ...), one line for
/// the operator that names what failed and why (the address and the errno text), and the
/// sysexits status `run` exits with.
public struct MilterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var detail: String
    public var exitCode: Int32

    public init(code: String, detail: String, exitCode: Int32 = Sysexits.software) {
        self.code = code
        self.detail = detail
        self.exitCode = exitCode
    }

    public var description: String { detail }

    /// The text of an errno value (`Address already in use`).
    public static func text(_ errnum: Int32) -> String {
        guard let s = strerror(errnum) else { return "error \(errnum)" }
        return String(cString: s)
    }
}

/// The exit statuses of sysexits.h that the daemon uses (as opendkim and clamav-milter do).
public enum Sysexits {
    /// 67: `listen.user` or `listen.group` does not exist on this host.
    public static let noUser: Int32 = 67
    /// 70: an internal error.
    public static let software: Int32 = 70
    /// 71: the system refused: the socket cannot be opened, privileges cannot be dropped.
    public static let osErr: Int32 = 71
    /// 73: a file cannot be created (the pid file, the private temp directory).
    public static let cantCreate: Int32 = 73
    /// 78: the configuration is wrong.
    public static let config: Int32 = 78
}
