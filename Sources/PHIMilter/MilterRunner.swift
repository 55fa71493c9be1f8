internal import CMilter
import Foundation
public import Logging
public import PHIMetrics
import PHIPolicy

/// Runs the milter daemon in the foreground: socket, privileges, pid file, signals, `smfi_main`.
///
/// SIGHUP and SIGUSR1 call `load` again and swap in the new snapshot (a failure keeps the old one
/// and reopens the audit log), as OpenDKIM and OpenDMARC do; SIGTERM and SIGINT stop accepting
/// connections and wait up to `drain_seconds` for messages in flight. Signals the process sends
/// itself are ignored. A fatal signal (a trap) ends the process at once, so that the service
/// manager restarts it (unless `SWIFT_BACKTRACE` is set, which keeps the runtime's backtracer).
/// One runner per process (libmilter is a singleton).
public struct MilterRunner: Sendable {
    public let config: MilterConfig
    public let load: @Sendable () throws -> MilterSnapshot
    public let logger: Logger
    /// The process's metrics, and where to serve them (`metrics:`; read at start only).
    public let metrics: MilterMetrics
    public let metricsConfig: MetricsConfig

    public init(config: MilterConfig, load: @escaping @Sendable () throws -> MilterSnapshot, logger: Logger,
                metrics: MilterMetrics = MilterMetrics(version: Policy.version), metricsConfig: MetricsConfig = MetricsConfig()) {
        self.config = config
        self.load = load
        self.logger = logger
        self.metrics = metrics
        self.metricsConfig = metricsConfig
    }

    /// Blocks asynchronous signals in the calling thread; call first thing in `main`, before any
    /// thread exists, so every thread inherits the mask. ``run()`` calls it too.
    public static func blockSignals() {
        _ = phi_block_signals()
    }

    /// The test-only trigger literal (`PHI_MILTER_TEST_TRIGGER`); never read from the config file.
    static func testTrigger() -> String {
        ProcessInfo.processInfo.environment["PHI_MILTER_TEST_TRIGGER"] ?? ""
    }

    /// Runs until stopped; returns the exit status (0 after a clean stop).
    public func run() throws -> Int32 {
        MilterRunner.blockSignals()
        if ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil { _ = phi_fatal_exit_handlers() }
        guard config.isValidSocket else { throw MilterError(code: "milter.socket_spec") }
        let snapshot = try load()
        let gate = CountingScanGate(capacity: config.effectiveMaxConcurrentScans, waitSeconds: config.scanWaitSeconds)
        let trigger = MilterRunner.testTrigger()
        if !trigger.isEmpty { logger.warning("milter.test_trigger_enabled") }
        let host = MilterHost(snapshot: snapshot, gate: gate, logger: logger, trigger: trigger, metrics: metrics)
        host.quickAck = config.tcpQuickAck
        host.noDelay = config.tcpNoDelay
        host.tcpPort = config.tcpPort
        milterHost = host

        try openSocket()
        let endpoint = try startMetrics(host)
        defer { endpoint?.stop() }
        if geteuid() == 0 && config.user.isEmpty {
            logger.warning("milter.running_as_root", metadata: [
                "milter.hint": "set listen.user (e.g. phi-milter) so mail is never parsed with root privileges"])
        }
        try dropPrivileges()
        if !config.pidfile.isEmpty {
            guard FileManager.default.createFile(atPath: config.pidfile, contents: Data("\(getpid())\n".utf8)) else {
                throw MilterError(code: "milter.pidfile")
            }
        }
        // libmilter runs on its own thread; this (the main) thread waits for signals. Linux hands a
        // process-directed signal to the main thread first when it is waiting for it, so SIGTERM
        // reaches us rather than libmilter's own signal thread (which would stop without draining).
        let done = DispatchSemaphore(value: 0)
        let result = MainResult()
        let milterThread = Thread {
            result.rc = smfi_main()
            done.signal()
        }
        milterThread.stackSize = 8 << 20
        milterThread.start()
        logger.info("milter.started", metadata: ["milter.socket": "\(config.socket)",
                                                 "milter.max_scans": "\(config.effectiveMaxConcurrentScans)"])
        signalLoop(until: done)
        let rc = result.rc
        if !config.pidfile.isEmpty { unlink(config.pidfile) }
        if let path = config.unixSocketPath { unlink(path) }
        logger.info("milter.stopped")
        return rc == MI_SUCCESS ? 0 : 1
    }

    /// Starts the Prometheus endpoint when `metrics.enabled` (before privileges are dropped).
    func startMetrics(_ host: MilterHost) throws -> MetricsEndpoint? {
        guard metricsConfig.enabled else { return nil }
        guard let address = metricsConfig.address else { throw MilterError(code: "metrics.listen") }
        let endpoint = MetricsEndpoint(host: address.host, port: address.port, render: { [host] in host.exposition() },
                                       healthy: { [host] in !host.isDraining })
        try endpoint.start()
        if !metricsConfig.isLoopback { logger.warning("metrics.not_loopback", metadata: ["metrics.listen": "\(metricsConfig.listen)"]) }
        logger.info("metrics.listening", metadata: ["metrics.listen": "\(address.host):\(endpoint.port)"])
        return endpoint
    }

    /// Registers with libmilter and opens the listening socket (as root, before dropping privileges).
    func openSocket() throws {
        let name = strdup("phi-milter")
        guard let name else { throw MilterError(code: "milter.memory") }
        guard config.socket.withCString({ smfi_setconn(UnsafeMutablePointer(mutating: $0)) }) == MI_SUCCESS else {
            throw MilterError(code: "milter.socket_spec")
        }
        _ = smfi_settimeout(Int32(clamping: config.timeout))
        if config.backlog > 0 { _ = smfi_setbacklog(Int32(clamping: config.backlog)) }
        guard smfi_register(MilterCallbacks.description(name: name)) == MI_SUCCESS else {
            throw MilterError(code: "milter.register")
        }
        let oldMask = umask(0o077)
        let opened = smfi_opensocket(1)
        umask(oldMask)
        guard opened == MI_SUCCESS else { throw MilterError(code: "milter.socket_open") }
        if let path = config.unixSocketPath {
            guard let mode = config.socketModeBits else { throw MilterError(code: "milter.socket_mode") }
            guard chmod(path, mode) == 0 else { throw MilterError(code: "milter.socket_mode") }
            let ids = try ownerIDs()
            if ids.uid != nil || ids.gid != nil {
                guard chown(path, ids.uid ?? uid_t.max, ids.gid ?? gid_t.max) == 0 else {
                    throw MilterError(code: "milter.socket_owner")
                }
            }
        }
    }

    /// The configured user and group ids (nil when not configured).
    func ownerIDs() throws -> (uid: uid_t?, gid: gid_t?, primary: gid_t?) {
        var uid: uid_t?, gid: gid_t?, primary: gid_t?
        if !config.user.isEmpty {
            guard let pw = getpwnam(config.user) else { throw MilterError(code: "milter.user") }
            uid = pw.pointee.pw_uid
            primary = pw.pointee.pw_gid
        }
        if !config.group.isEmpty {
            guard let gr = getgrnam(config.group) else { throw MilterError(code: "milter.group") }
            gid = gr.pointee.gr_gid
        }
        return (uid, gid, primary)
    }

    /// Switches to the configured user and group when running as root.
    func dropPrivileges() throws {
        guard geteuid() == 0, !config.user.isEmpty || !config.group.isEmpty else { return }
        let ids = try ownerIDs()
        if let gid = ids.gid ?? ids.primary {
            guard setgid(gid) == 0 else { throw MilterError(code: "milter.setgid") }
        }
        if let uid = ids.uid {
            let ok = config.user.withCString { initgroups($0, ids.gid ?? ids.primary ?? 0) } == 0
            guard ok, setuid(uid) == 0 else { throw MilterError(code: "milter.setuid") }
        }
    }

    /// Waits for signals on the calling (main) thread: SIGHUP and SIGUSR1 reload; SIGTERM and
    /// SIGINT drain messages in flight, stop libmilter and wait for `smfi_main` to return.
    func signalLoop(until done: DispatchSemaphore) {
        while true {
            let sig = phi_wait_signal()
            guard let host = milterHost else { return }
            if sig == SIGUSR1 || sig == SIGHUP {
                do {
                    host.replace(try load())
                    metrics.reload(succeeded: true)
                    logger.info("milter.reloaded")
                } catch {
                    metrics.reload(succeeded: false)
                    host.current.audit.reopen()
                    logger.error("milter.reload_failed", metadata: ["error.code": "\(error)"])
                }
                continue
            }
            logger.info("milter.stopping", metadata: ["milter.signal": "\(sig)"])
            host.startDraining()
            drain()
            _ = smfi_stop()
            if done.wait(timeout: .now() + 15) == .timedOut { logger.warning("milter.stop_timeout") }
            return
        }
    }

    /// Waits until no message is in flight, at most `drain_seconds`; new messages get a tempfail meanwhile.
    func drain() {
        guard let host = milterHost else { return }
        let deadline = Date(timeIntervalSinceNow: config.drainSeconds)
        while host.messagesInFlight > 0, Date() < deadline {
            usleep(50_000)
        }
        if host.messagesInFlight > 0 {
            logger.warning("milter.drain_timeout", metadata: ["milter.in_flight": "\(host.messagesInFlight)"])
        }
    }
}
