import Foundation
import Glibc
import Logging
@testable import PHIMilter
import Testing

/// A unix datagram socket standing in for /dev/log.
final class FakeDevLog {
    let path: String
    let fd: Int32

    init(path given: String? = nil) throws {
        path = given ?? NSTemporaryDirectory() + "phi-devlog-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(rc == 0)
        var tv = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    private var stopped = false

    deinit { stop() }

    /// Closes the socket and removes its path, as a syslog daemon that stops does. Once only: a
    /// second close could close a descriptor another test (running in parallel) has just opened,
    /// and a second unlink could remove the path a new stand-in has bound.
    func stop() {
        guard !stopped else { return }
        stopped = true
        close(fd)
        unlink(path)
    }

    /// The next datagram, or nil after 5 s.
    func receive() -> String? {
        var buf = [UInt8](repeating: 0, count: 65_536)
        let n = recv(fd, &buf, buf.count, 0)
        return n > 0 ? String(decoding: buf.prefix(n), as: UTF8.self) : nil
    }
}

@Suite("Syslog log handler")
struct SyslogLogHandlerTests {
    @Test("a per-message line reaches the socket as phi-milter[PID]: QUEUEID: ... under mail.info")
    func decisionLine() throws {
        let devlog = try FakeDevLog()
        let socket = SyslogSocket(path: devlog.path, facility: LOG_MAIL)
        let logger = Logger(label: "t") { _ in SyslogLogHandler(socket: socket) }
        logger.info("milter.decision", metadata: [
            "milter.queue_id": "4Xk2QJ0c1Vz9", "phi.verdict": "phi", "phi.actions": "encrypt,tag",
            "phi.score": "92", "phi.rules": "us.ssn", "phi.bytes": "812",
        ])
        let line = try #require(devlog.receive())
        #expect(line.hasPrefix("<\(LOG_MAIL | LOG_INFO)>"))
        #expect(line.hasSuffix(" phi-milter[\(getpid())]: 4Xk2QJ0c1Vz9: milter.decision verdict=phi actions=encrypt,tag score=92 bytes=812 rules=us.ssn"))
        // RFC 3164 time stamp between the priority and the tag: "Dec  4 23:50:00".
        let stamp = Array(line.split(separator: ">", maxSplits: 1)[1].prefix(16))
        #expect(stamp.count == 16 && stamp[3] == " " && stamp[6] == " " && stamp[9] == ":" && stamp[12] == ":" && stamp[15] == " ")
    }

    @Test("levels map to syslog severities and the facility is kept")
    func severities() throws {
        let devlog = try FakeDevLog()
        let socket = SyslogSocket(path: devlog.path, facility: LOG_LOCAL5)
        var logger = Logger(label: "t") { _ in SyslogLogHandler(socket: socket, level: .debug) }
        logger.logLevel = .debug
        logger.error("milter.reload_failed", metadata: ["milter.reason": "x.yaml:3: packs.enabled[0]: no pack p"])
        logger.debug("milter.debug")
        #expect(devlog.receive()?.hasPrefix("<\(LOG_LOCAL5 | LOG_ERR)>") == true)
        #expect(devlog.receive()?.hasPrefix("<\(LOG_LOCAL5 | LOG_DEBUG)>") == true)
    }

    @Test("lines below the configured level are not sent")
    func levelFilter() throws {
        let devlog = try FakeDevLog()
        let socket = SyslogSocket(path: devlog.path, facility: LOG_MAIL)
        let logger = Logger(label: "t") { _ in SyslogLogHandler(socket: socket, level: .warning) }
        logger.info("milter.quiet")
        logger.warning("milter.loud")
        #expect(devlog.receive()?.hasSuffix("]: milter.loud") == true)
    }

    @Test("a syslog daemon that restarts is reconnected")
    func reconnect() throws {
        let first = try FakeDevLog()
        let socket = SyslogSocket(path: first.path, facility: LOG_MAIL)
        socket.send(severity: LOG_INFO, "one")
        #expect(first.receive()?.hasSuffix(": one") == true)
        first.stop()
        let second = try FakeDevLog(path: first.path)
        socket.send(severity: LOG_INFO, "two")
        #expect(second.receive()?.hasSuffix(": two") == true)
    }
}

