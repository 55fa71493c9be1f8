#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The daemon's settings (`listen:` section of the config file). Every key is optional.
public struct MilterConfig: Sendable, Codable, Equatable {
    /// libmilter socket spec: `inet:PORT@HOST`, `inet6:PORT@HOST` or `unix:PATH`. Default `inet:8890@127.0.0.1`.
    public var socket = "inet:8890@127.0.0.1"
    /// Listen backlog; 0 uses libmilter's default (SOMAXCONN).
    public var backlog = 0
    /// Seconds libmilter waits on MTA I/O before giving up a connection. Default 300.
    public var timeout = 300
    /// Scan steps run at once; beyond this (after `scan_wait_seconds`) messages get a tempfail.
    /// 0 (default) means twice the number of CPU cores.
    public var maxConcurrentScans = 0
    /// Seconds a message waits for a scan slot before it is refused with a tempfail. Default 10.
    public var scanWaitSeconds = 10.0
    /// Seconds SIGTERM waits for messages in flight before exiting. Default 30.
    public var drainSeconds = 30.0
    /// User to run as when started as root; empty keeps the current user.
    public var user = ""
    /// Group to run as (and to own a unix socket); empty: the user's primary group.
    public var group = ""
    /// Permissions of a unix socket, octal text. Default `0660`.
    public var socketMode = "0660"
    /// Path of the pid file; empty (default) writes none.
    public var pidfile = ""
    /// Set TCP_NODELAY on each TCP connection from the MTA, so the several reply packets of end of
    /// message are not held by Nagle. Default true (see `tcp_quickack`).
    public var tcpNoDelay = true
    /// Re-arm TCP_QUICKACK on each TCP connection from the MTA in every callback, so the MTA's
    /// back-to-back small writes are not stalled by Nagle waiting for our delayed ACK. Default true.
    /// Without both, one SMTP session over loopback TCP manages ~11-22 messages/s instead of ~200.
    public var tcpQuickAck = true

    public init() {}

    enum CodingKeys: String, CodingKey {
        case socket, backlog, timeout, maxConcurrentScans = "max_concurrent_scans"
        case scanWaitSeconds = "scan_wait_seconds", drainSeconds = "drain_seconds", user, group
        case socketMode = "socket_mode", pidfile, tcpNoDelay = "tcp_nodelay"
        case tcpQuickAck = "tcp_quickack"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = MilterConfig()
        socket = try c.decodeIfPresent(String.self, forKey: .socket) ?? d.socket
        backlog = try c.decodeIfPresent(Int.self, forKey: .backlog) ?? d.backlog
        timeout = try c.decodeIfPresent(Int.self, forKey: .timeout) ?? d.timeout
        maxConcurrentScans = try c.decodeIfPresent(Int.self, forKey: .maxConcurrentScans) ?? d.maxConcurrentScans
        scanWaitSeconds = try c.decodeIfPresent(Double.self, forKey: .scanWaitSeconds) ?? d.scanWaitSeconds
        drainSeconds = try c.decodeIfPresent(Double.self, forKey: .drainSeconds) ?? d.drainSeconds
        user = try c.decodeIfPresent(String.self, forKey: .user) ?? d.user
        group = try c.decodeIfPresent(String.self, forKey: .group) ?? d.group
        socketMode = try c.decodeIfPresent(String.self, forKey: .socketMode) ?? d.socketMode
        pidfile = try c.decodeIfPresent(String.self, forKey: .pidfile) ?? d.pidfile
        tcpNoDelay = try c.decodeIfPresent(Bool.self, forKey: .tcpNoDelay) ?? d.tcpNoDelay
        tcpQuickAck = try c.decodeIfPresent(Bool.self, forKey: .tcpQuickAck) ?? d.tcpQuickAck
    }

    /// The unix socket's permission bits, or nil when `socket_mode` is not octal 0 to 0777
    /// (set-id and sticky bits mean nothing on a socket and are refused).
    public var socketModeBits: mode_t? {
        guard !socketMode.isEmpty, socketMode.count <= 4, let v = mode_t(socketMode, radix: 8), v <= 0o777 else { return nil }
        return v
    }

    /// The first key whose value is out of range and why, or nil when all are usable.
    /// Values out of range would trap (a conversion) or quietly disable what they set.
    public var invalidKey: (key: String, problem: String)? {
        if socketModeBits == nil { return ("socket_mode", "must be octal 0000 to 0777") }
        if !(0...65_535).contains(backlog) { return ("backlog", "must be 0 to 65535") }
        if !(1...86_400).contains(timeout) { return ("timeout", "must be 1 to 86400 seconds") }
        if !(0...4_096).contains(maxConcurrentScans) { return ("max_concurrent_scans", "must be 0 to 4096") }
        if !(0...3_600).contains(scanWaitSeconds) { return ("scan_wait_seconds", "must be 0 to 3600") }
        if !(0...3_600).contains(drainSeconds) { return ("drain_seconds", "must be 0 to 3600") }
        return nil
    }

    /// The scan cap in effect: the configured value, or twice the online cores.
    public var effectiveMaxConcurrentScans: Int {
        if maxConcurrentScans > 0 { return maxConcurrentScans }
        return max(2, 2 * Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The unix socket path of a `unix:`/`local:` spec, or nil for inet sockets.
    public var unixSocketPath: String? {
        for prefix in ["unix:", "local:"] where socket.hasPrefix(prefix) {
            return String(socket.dropFirst(prefix.count))
        }
        return socket.hasPrefix("/") ? socket : nil
    }

    /// The port of an `inet:`/`inet6:` spec; 0 for unix sockets or malformed specs.
    public var tcpPort: Int {
        for prefix in ["inet:", "inet6:"] where socket.hasPrefix(prefix) {
            let port = socket.dropFirst(prefix.count).split(separator: "@", maxSplits: 1).first ?? ""
            return Int(port) ?? 0
        }
        return 0
    }

    /// Whether the socket spec has a form libmilter accepts.
    public var isValidSocket: Bool {
        if let path = unixSocketPath { return !path.isEmpty }
        for prefix in ["inet:", "inet6:"] where socket.hasPrefix(prefix) {
            let rest = socket.dropFirst(prefix.count)
            let port = rest.split(separator: "@", maxSplits: 1).first ?? ""
            return Int(port).map { $0 > 0 && $0 < 65536 } ?? false
        }
        return false
    }
}
