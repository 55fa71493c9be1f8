import Foundation
@testable import PHIMilter
import Testing

@Suite("MilterConfig")
struct MilterConfigTests {
    @Test("an empty listen section gives the defaults")
    func defaults() throws {
        let c = try JSONDecoder().decode(ListenSection.self, from: Data("{}".utf8)).listen
        #expect(c == MilterConfig())
        #expect(c.socket == "inet:8890@127.0.0.1")
        #expect(c.effectiveMaxConcurrentScans >= 2)
    }

    @Test("snake_case keys decode")
    func keys() throws {
        let json = #"{"listen": {"socket": "unix:/run/phi/m.sock", "max_concurrent_scans": 3, "socket_mode": "0600", "pidfile": ""}}"#
        let c = try JSONDecoder().decode(ListenSection.self, from: Data(json.utf8)).listen
        #expect(c.unixSocketPath == "/run/phi/m.sock")
        #expect(c.effectiveMaxConcurrentScans == 3)
        #expect(c.socketMode == "0600")
        #expect(c.tcpPort == 0)
        #expect(c.tcpNoDelay && c.tcpQuickAck)
    }

    @Test("false TCP tuning values are kept and the port is read from inet specs")
    func tcp() throws {
        let json = #"{"listen": {"socket": "inet6:2525@[::1]", "tcp_nodelay": false, "tcp_quickack": false}}"#
        let c = try JSONDecoder().decode(ListenSection.self, from: Data(json.utf8)).listen
        #expect(c.tcpPort == 2525)
        #expect(!c.tcpNoDelay && !c.tcpQuickAck)
    }

    @Test("socket specs are checked", arguments: [
        ("inet:8890@127.0.0.1", true), ("inet6:8890@[::1]", true), ("unix:/tmp/s", true),
        ("local:/tmp/s", true), ("inet:0@x", false), ("inet:port@x", false), ("tcp:1@x", false),
    ])
    func sockets(spec: String, valid: Bool) {
        var c = MilterConfig()
        c.socket = spec
        #expect(c.isValidSocket == valid)
    }
}
