import Foundation
import Glibc
@testable import PHIMilter
import Testing

@Suite("Start-up")
struct StartupTests {
    @Test("a user or group this host lacks is EX_NOUSER naming its key")
    func noUser() {
        #expect(throws: MilterError(code: "milter.user", detail: "listen.user: no such user no-such-user-phi", exitCode: 67)) {
            try ProcessOwner.lookUp(user: "no-such-user-phi", group: "")
        }
        #expect(throws: MilterError(code: "milter.group", detail: "listen.group: no such group no-such-group-phi", exitCode: 67)) {
            try ProcessOwner.lookUp(user: "", group: "no-such-group-phi")
        }
    }

    @Test("root resolves to uid 0 with its primary group; empty names resolve to nothing")
    func lookUp() throws {
        let root = try ProcessOwner.lookUp(user: "root", group: "")
        #expect(root.uid == 0 && root.primaryGID == 0 && root.gid == nil)
        #expect(try ProcessOwner.lookUp(user: "", group: "") == ProcessOwner())
    }

    @Test("errno text reads as strerror")
    func errnoText() {
        #expect(MilterError.text(EADDRINUSE) == "Address already in use")
        #expect(MilterError(code: "c", detail: "cannot listen on inet:1@h: x", exitCode: 71).description == "cannot listen on inet:1@h: x")
    }

    @Test("the log section refuses an unknown facility or level and a relative socket")
    func logConfig() throws {
        var c = LogConfig()
        #expect(c.invalidKey == nil && c.loggerLevel == .info)
        c.facility = "mial"
        #expect(c.invalidKey?.key == "facility")
        c = LogConfig()
        c.level = "loud"
        #expect(c.invalidKey?.key == "level")
        c = LogConfig()
        c.socket = "dev/log"
        #expect(c.invalidKey?.key == "socket")
        let decoded = try JSONDecoder().decode(LogConfig.self, from: Data(#"{"facility": "local2"}"#.utf8))
        #expect(decoded.facility == "local2" && decoded.socket == "/dev/log")
    }

    @Test("the bind probe names why a TCP address cannot be listened on")
    func probe() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        try #require(bound && listen(fd, 1) == 0)
        let port = Int(UInt16(bigEndian: addr.sin_port))
        #expect(MilterRunner.probe("inet:\(port)@127.0.0.1") == EADDRINUSE)
        #expect(MilterRunner.probe("inet:\(port)@192.0.2.1") == EADDRNOTAVAIL)
        #expect(MilterRunner.probe("unix:/nonexistent-dir-phi/s.sock") == ENOENT)
    }
}
