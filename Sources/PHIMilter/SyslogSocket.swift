import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A connection to the local syslog daemon's datagram socket (`/dev/log`), sending RFC 3164 lines
/// as glibc's `syslog(3)` does: `<PRI>Mmm dd hh:mm:ss IDENT[PID]: TEXT`.
///
/// Written here rather than through `syslog(3)` so the socket is configurable (`log.socket`, a
/// test's own socket) and a restarted syslog daemon is reconnected. When the socket cannot be
/// reached the line goes to standard error, so nothing is lost. Thread-safe.
public final class SyslogSocket: @unchecked Sendable {
    public let path: String
    let ident: String
    let facility: Int32
    private let lock = NSLock()
    private var fd: Int32 = -1

    public init(path: String, ident: String = "phi-milter", facility: Int32) {
        self.path = path
        self.ident = ident
        self.facility = facility
        lock.lock()
        connectLocked()
        lock.unlock()
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Sends one line at `severity` (LOG_ERR ... LOG_DEBUG).
    public func send(severity: Int32, _ text: String) {
        let datagram = Array(SyslogSocket.datagram(priority: facility | severity, ident: ident, pid: getpid(),
                                                   time: time(nil), text: text).utf8)
        lock.lock()
        defer { lock.unlock() }
        for attempt in 0..<2 {
            if fd < 0 { connectLocked() }
            if fd >= 0 {
                let n = datagram.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n == datagram.count { return }
                close(fd)
                fd = -1
            }
            if attempt == 1 { break }
        }
        let fallback = Array("\(ident)[\(getpid())]: \(text)\n".utf8)
        _ = fallback.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// The RFC 3164 datagram glibc writes to a local socket (no host name).
    static func datagram(priority: Int32, ident: String, pid: pid_t, time t: time_t, text: String) -> String {
        var when = t
        var tmv = tm()
        localtime_r(&when, &tmv)
        var buf = [CChar](repeating: 0, count: 32)
        let n = strftime(&buf, buf.count, "%b %e %H:%M:%S", &tmv)
        let stamp = String(decoding: buf.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "<\(priority)>\(stamp) \(ident)[\(pid)]: \(text)"
    }

    private func connectLocked() {
        let s = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard s >= 0 else { return }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: addr.sun_path)
        guard bytes.count < capacity else { close(s); return }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(s, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if ok == 0 { fd = s } else { close(s) }
    }
}
