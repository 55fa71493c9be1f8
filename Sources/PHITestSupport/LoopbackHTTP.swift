import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain HTTP/1.1 request over loopback TCP, for tests of the metrics endpoint.
public enum LoopbackHTTP {
    /// The status code and body of `METHOD path` on 127.0.0.1:`port`, or nil when the
    /// connection failed. Reads until the server closes (it answers `Connection: close`).
    public static func request(port: Int, path: String, method: String = "GET", raw: String? = nil) -> (status: Int, body: String)? {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard s >= 0 else { return nil }
        defer { close(s) }
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_port = in_port_t(UInt16(clamping: port)).bigEndian
        sa.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { return nil }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array((raw ?? "\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").utf8)
        _ = request.withUnsafeBytes { send(s, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(s, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n", maxSplits: 1).first else { return nil }
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return (status, body)
    }

    /// The first port of `ports` on which `start` succeeds, with what it returned; nil when none
    /// did. A fixed test port can be taken for a while by an outgoing connection of the system (it
    /// lies in the ephemeral range), so tests try the next one of their own range.
    public static func firstFree<T>(_ ports: ClosedRange<Int>, _ start: (Int) throws -> T) -> (port: Int, value: T)? {
        for port in ports {
            if let value = try? start(port) { return (port, value) }
        }
        return nil
    }

    /// The samples of a Prometheus text exposition: `name{labels}` (as written) → value.
    public static func samples(_ exposition: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for line in exposition.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let v = Double(line[line.index(after: space)...]) else { continue }
            out[String(line[..<space])] = v
        }
        return out
    }
}
