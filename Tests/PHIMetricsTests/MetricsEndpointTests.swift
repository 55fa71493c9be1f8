import Foundation
@testable import PHIMetrics
import PHITestSupport
import Testing

/// Ports 33901-33969 are this suite's (each test its own range).
@Suite("MetricsEndpoint")
struct MetricsEndpointTests {
    final class Flag: @unchecked Sendable { var on = true }

    func endpoint(_ port: Int, healthy: Flag = Flag()) throws(MetricsError) -> MetricsEndpoint {
        let e = MetricsEndpoint(host: "127.0.0.1", port: port, render: { Array("phi_milter_x_total 7\n".utf8) },
                                healthy: { healthy.on })
        try e.start()
        return e
    }

    /// An endpoint on the first free port of `ports`, and that port.
    func endpoint(in ports: ClosedRange<Int>, healthy: Flag = Flag()) throws -> (MetricsEndpoint, Int) {
        let found = try #require(LoopbackHTTP.firstFree(ports) { port throws(MetricsError) in try endpoint(port, healthy: healthy) })
        return (found.value, found.port)
    }

    @Test("GET /metrics answers 200 with the exposition; HEAD has no body")
    func metrics() throws {
        let (e, port) = try endpoint(in: 33901...33919)
        defer { e.stop() }
        let r = try #require(LoopbackHTTP.request(port: port, path: "/metrics"))
        #expect(r.status == 200)
        #expect(r.body == "phi_milter_x_total 7\n")
        let q = try #require(LoopbackHTTP.request(port: port, path: "/metrics?x=1"))
        #expect(q.status == 200)
        let h = try #require(LoopbackHTTP.request(port: port, path: "/metrics", method: "HEAD"))
        #expect(h.status == 200 && h.body.isEmpty)
    }

    @Test("/healthz is 200 ok while serving and 503 when not; other paths 404, other methods 405")
    func health() throws {
        let flag = Flag()
        let (e, port) = try endpoint(in: 33920...33939, healthy: flag)
        defer { e.stop() }
        let ok = try #require(LoopbackHTTP.request(port: port, path: "/healthz"))
        #expect(ok.status == 200 && ok.body == "ok\n")
        flag.on = false
        #expect(LoopbackHTTP.request(port: port, path: "/healthz")?.status == 503)
        #expect(LoopbackHTTP.request(port: port, path: "/nope")?.status == 404)
        #expect(LoopbackHTTP.request(port: port, path: "/metrics", method: "POST")?.status == 405)
        #expect(LoopbackHTTP.request(port: port, path: "", raw: "garbage\r\n\r\n")?.status == 400)
    }

    @Test("a client that sends nothing does not stop the next scrape for more than the 2 s timeout")
    func stalledClient() throws {
        let (e, port) = try endpoint(in: 33940...33949)
        defer { e.stop() }
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_port = in_port_t(UInt16(port)).bigEndian
        sa.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &sa) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        defer { close(s) }
        #expect(LoopbackHTTP.request(port: port, path: "/metrics")?.status == 200)
    }

    @Test("a port in use is an error naming the address")
    func busy() throws {
        let (e, port) = try endpoint(in: 33950...33959)
        defer { e.stop() }
        do throws(MetricsError) {
            _ = try endpoint(port)
            Issue.record("a second bind succeeded")
        } catch {
            #expect(error.code == "metrics.bind")
            #expect(error.description.hasPrefix("metrics.bind 127.0.0.1:\(port): "))
        }
    }

    @Test("stop closes the port")
    func stop() throws {
        let (e, port) = try endpoint(in: 33960...33969)
        e.stop()
        #expect(LoopbackHTTP.request(port: port, path: "/metrics") == nil)
    }
}

@Suite("MetricsConfig")
struct MetricsConfigTests {
    @Test("listen takes a numeric IPv4 or bracketed IPv6 address and a port; names and junk are refused")
    func address() {
        func parse(_ s: String) -> String? {
            var c = MetricsConfig()
            c.listen = s
            return c.address.map { "\($0.host) \($0.port)" }
        }
        #expect(MetricsConfig().listen == "127.0.0.1:9426")
        #expect(!MetricsConfig().enabled)
        #expect(parse("127.0.0.1:9426") == "127.0.0.1 9426")
        #expect(parse("[::1]:9426") == "::1 9426")
        #expect(parse("0.0.0.0:1") == "0.0.0.0 1")
        for bad in ["localhost:9426", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", "::1:9426", "[::1]9426", ":9426"] {
            #expect(parse(bad) == nil, "\(bad)")
        }
        var c = MetricsConfig()
        #expect(c.isLoopback)
        c.listen = "192.0.2.1:9426"
        #expect(!c.isLoopback)
    }
}
