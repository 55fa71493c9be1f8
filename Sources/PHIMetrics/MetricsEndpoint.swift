import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small blocking HTTP/1.1 responder for Prometheus on its own thread: `GET /metrics` (text
/// format 0.0.4), `GET /healthz` (`200 ok` while the milter serves, `503` otherwise), 404 for any
/// other path, 405 for other methods. One request per connection, answered in turn; each
/// connection gets 2 s to send its request, so a stalled client delays a scrape but never the mail.
public final class MetricsEndpoint: @unchecked Sendable {
    /// The bytes of the `/metrics` body, rendered at each scrape.
    public typealias Render = @Sendable () -> [UInt8]

    private let host: String
    private let requestedPort: Int
    private let render: Render
    private let healthy: @Sendable () -> Bool
    private let lock = NSLock()
    private var fd: Int32 = -1
    private var thread: Thread?
    /// The port bound (differs from the requested one when that was 0).
    public private(set) var port = 0

    public init(host: String, port: Int, render: @escaping Render, healthy: @escaping @Sendable () -> Bool) {
        self.host = host
        requestedPort = port
        self.render = render
        self.healthy = healthy
    }

    deinit { stop() }

    /// Binds, listens and starts the serving thread; throws naming the address and errno.
    public func start() throws(MetricsError) {
        guard var addr = NumericAddress(host, port: requestedPort) else {
            throw MetricsError(code: "metrics.listen", address: "\(host):\(requestedPort)", errno: EINVAL)
        }
        let s = socket(addr.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard s >= 0 else { throw MetricsError(code: "metrics.socket", address: "\(host):\(requestedPort)", errno: errno) }
        var one: Int32 = 1
        setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &addr.storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, addr.length) }
        }
        guard bound == 0, listen(s, 16) == 0 else {
            let e = errno
            close(s)
            throw MetricsError(code: "metrics.bind", address: "\(host):\(requestedPort)", errno: e)
        }
        var actual = sockaddr_storage()
        var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) } }
        port = withUnsafeBytes(of: &actual) { raw in
            Int(UInt16(bigEndian: raw.load(fromByteOffset: 2, as: UInt16.self)))  // sin_port and sin6_port sit at 2
        }
        lock.lock()
        fd = s
        lock.unlock()
        let t = Thread { [self] in self.serve(s) }
        t.name = "phi-milter-metrics"
        t.stackSize = 1 << 20
        thread = t
        t.start()
    }

    /// Closes the listening socket; the thread ends after the request in hand.
    public func stop() {
        lock.lock()
        let s = fd
        fd = -1
        lock.unlock()
        if s >= 0 {
            shutdown(s, Int32(SHUT_RDWR))
            close(s)
        }
    }

    private var listening: Bool {
        lock.lock()
        defer { lock.unlock() }
        return fd >= 0
    }

    private func serve(_ s: Int32) {
        while listening {
            let c = accept(s, nil, nil)
            if c < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                if !listening { return }
                usleep(10_000)
                continue
            }
            _ = fcntl(c, F_SETFD, FD_CLOEXEC)
            var timeout = timeval(tv_sec: 2, tv_usec: 0)
            setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(c, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            respond(c)
            close(c)
        }
    }

    /// Reads one request head (at most 8 KB) and sends the answer.
    private func respond(_ c: Int32) {
        var head: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 2048)
        while head.count < 8192 {
            let n = chunk.withUnsafeMutableBytes { recv(c, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            head += chunk[0..<n]
            if head[...].containsCRLFCRLF { break }
        }
        let answer = MetricsEndpoint.answer(to: head, render: render, healthy: healthy)
        var offset = 0
        while offset < answer.count {
            let n = answer.withUnsafeBytes { send(c, $0.baseAddress.map { $0 + offset }, answer.count - offset, Int32(MSG_NOSIGNAL)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// The full response to a request head: status line, headers, body.
    static func answer(to head: [UInt8], render: Render, healthy: () -> Bool) -> [UInt8] {
        let line = head.split(separator: 0x0a, maxSplits: 1).first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let parts = line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else {
            return response(400, "Bad Request", "text/plain; charset=utf-8", Array("bad request\n".utf8))
        }
        let method = parts[0], path = parts[1].split(separator: "?", maxSplits: 1).first ?? ""
        guard method == "GET" || method == "HEAD" else {
            return response(405, "Method Not Allowed", "text/plain; charset=utf-8", Array("method not allowed\n".utf8),
                            extra: "Allow: GET, HEAD\r\n")
        }
        let out: [UInt8]
        switch path {
        case "/metrics":
            out = response(200, "OK", "text/plain; version=0.0.4; charset=utf-8", render())
        case "/healthz":
            out = healthy() ? response(200, "OK", "text/plain; charset=utf-8", Array("ok\n".utf8))
                : response(503, "Service Unavailable", "text/plain; charset=utf-8", Array("not serving\n".utf8))
        default:
            out = response(404, "Not Found", "text/plain; charset=utf-8", Array("not found\n".utf8))
        }
        guard method == "HEAD", let end = out.firstRange(of: [13, 10, 13, 10]) else { return out }
        return Array(out[..<end.upperBound])
    }

    static func response(_ code: Int, _ reason: String, _ type: String, _ body: [UInt8], extra: String = "") -> [UInt8] {
        let head = "HTTP/1.1 \(code) \(reason)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n"
            + "\(extra)Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }
}

extension ArraySlice<UInt8> {
    var containsCRLFCRLF: Bool { firstRange(of: [13, 10, 13, 10]) != nil || firstRange(of: [10, 10]) != nil }
}

/// An error starting the endpoint: a code, the address and the system's reason.
public struct MetricsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var address: String
    public var errno: Int32

    public var description: String { "\(code) \(address): \(String(cString: strerror(errno)))" }
}
