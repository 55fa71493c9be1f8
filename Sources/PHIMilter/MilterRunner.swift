internal import CMilter
import Foundation
public import Logging
public import PHIMetrics
import PHIPolicy

/// Runs the milter daemon in the foreground: socket, pid file, privileges, signals, `smfi_main`.
///
/// Start-up order: look up `listen.user`/`listen.group` (exit 67 when missing), open the socket
/// as the starting user (exit 71 naming the address and the errno text), write the pid file
/// (still as the starting user, so it may live in a root-owned directory), then drop privileges.
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
    /// The snapshot to start with (already built by the caller's checks); nil calls `load`.
    public var initial: MilterSnapshot?
    /// The process's metrics, and where to serve them (`metrics:`; read at start only).
    public let metrics: MilterMetrics
    public let metricsConfig: MetricsConfig

    public init(config: MilterConfig, initial: MilterSnapshot? = nil,
                load: @escaping @Sendable () throws -> MilterSnapshot, logger: Logger,
                metrics: MilterMetrics = MilterMetrics(version: Policy.version), metricsConfig: MetricsConfig = MetricsConfig()) {
        self.config = config
        self.initial = initial
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

    /// Runs until stopped; returns the exit status (0 after a clean stop). A start-up failure
    /// throws a ``MilterError`` whose `exitCode` follows sysexits.
    public func run() throws -> Int32 {
        MilterRunner.blockSignals()
        if ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil { _ = phi_fatal_exit_handlers() }
        guard config.isValidSocket else {
            throw MilterError(code: "milter.socket_spec", detail: "listen.socket: not a socket spec: \(config.socket)",
                              exitCode: Sysexits.config)
        }
        let owner = try ProcessOwner.lookUp(user: config.user, group: config.group)
        let snapshot = try initial ?? load()
        let gate = CountingScanGate(capacity: config.effectiveMaxConcurrentScans, waitSeconds: config.scanWaitSeconds)
        let trigger = MilterRunner.testTrigger()
        if !trigger.isEmpty { logger.warning("milter.test_trigger_enabled") }
        let host = MilterHost(snapshot: snapshot, gate: gate, logger: logger, trigger: trigger, metrics: metrics)
        host.quickAck = config.tcpQuickAck
        host.noDelay = config.tcpNoDelay
        host.tcpPort = config.tcpPort
        milterHost = host

        try openSocket(owner)
        let endpoint: MetricsEndpoint?
        do {
            endpoint = try startMetrics(host)
        } catch {
            if let path = config.unixSocketPath { unlink(path) }
            throw error
        }
        defer { endpoint?.stop() }
        if geteuid() == 0 && config.user.isEmpty {
            logger.warning("milter.running_as_root", metadata: [
                "milter.hint": "set listen.user (e.g. phi-milter) so mail is never parsed with root privileges"])
        }
        do {
            try writePidFile()
        } catch {
            if let path = config.unixSocketPath { unlink(path) }
            throw error
        }
        do {
            try dropPrivileges(owner)
        } catch {
            if !config.pidfile.isEmpty { unlink(config.pidfile) }
            if let path = config.unixSocketPath { unlink(path) }
            throw error
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
        guard let address = metricsConfig.address else {
            throw MilterError(code: "metrics.listen", detail: "metrics.listen: not ADDRESS:PORT: \(metricsConfig.listen)",
                              exitCode: Sysexits.config)
        }
        let endpoint = MetricsEndpoint(host: address.host, port: address.port, render: { [host] in host.exposition() },
                                       healthy: { [host] in !host.isDraining })
        try endpoint.start()
        if !metricsConfig.isLoopback { logger.warning("metrics.not_loopback", metadata: ["metrics.listen": "\(metricsConfig.listen)"]) }
        logger.info("metrics.listening", metadata: ["metrics.listen": "\(address.host):\(endpoint.port)"])
        return endpoint
    }

    /// Registers with libmilter and opens the listening socket (as root, before dropping privileges).
    func openSocket(_ owner: ProcessOwner) throws(MilterError) {
        let spec = config.socket
        guard let name = strdup("phi-milter") else {
            throw MilterError(code: "milter.memory", detail: "out of memory", exitCode: Sysexits.osErr)
        }
        guard spec.withCString({ smfi_setconn(UnsafeMutablePointer(mutating: $0)) }) == MI_SUCCESS else {
            throw MilterError(code: "milter.socket_spec", detail: "listen.socket: libmilter refuses \(spec)", exitCode: Sysexits.config)
        }
        _ = smfi_settimeout(Int32(clamping: config.timeout))
        if config.backlog > 0 { _ = smfi_setbacklog(Int32(clamping: config.backlog)) }
        guard smfi_register(MilterCallbacks.description(name: name)) == MI_SUCCESS else {
            throw MilterError(code: "milter.register", detail: "libmilter refused to register the filter", exitCode: Sysexits.software)
        }
        let oldMask = umask(0o077)
        let opened = smfi_opensocket(1)
        let openErrno = errno
        umask(oldMask)
        guard opened == MI_SUCCESS else {
            // libmilter reports only failure; binding the same address again tells why.
            let probed = MilterRunner.probe(spec)
            let why = probed != 0 ? MilterError.text(probed) : (openErrno != 0 ? MilterError.text(openErrno) : "refused by libmilter")
            throw MilterError(code: "milter.socket_open", detail: "cannot listen on \(spec): \(why)", exitCode: Sysexits.osErr)
        }
        if let path = config.unixSocketPath {
            guard let mode = config.socketModeBits else {
                throw MilterError(code: "milter.socket_mode", detail: "listen.socket_mode: not octal 0 to 0777", exitCode: Sysexits.config)
            }
            guard chmod(path, mode) == 0 else {
                throw MilterError(code: "milter.socket_mode", detail: "cannot chmod \(path): \(MilterError.text(errno))",
                                  exitCode: Sysexits.osErr)
            }
            if owner.uid != nil || owner.gid != nil {
                guard chown(path, owner.uid ?? uid_t.max, owner.gid ?? gid_t.max) == 0 else {
                    throw MilterError(code: "milter.socket_owner", detail: "cannot chown \(path): \(MilterError.text(errno))",
                                      exitCode: Sysexits.osErr)
                }
            }
        }
    }

    /// Why `spec` cannot be listened on: the errno of binding its address again, 0 when it binds.
    static func probe(_ spec: String) -> Int32 {
        spec.withCString { phi_probe_listen($0) }
    }

    /// Writes `listen.pidfile` as the starting user (before privileges drop), so it may live in a
    /// directory only root can write, as with opendkim and clamav-milter.
    func writePidFile() throws(MilterError) {
        guard !config.pidfile.isEmpty else { return }
        let fd = open(config.pidfile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw MilterError(code: "milter.pidfile", detail: "cannot write the pid file \(config.pidfile): \(MilterError.text(errno))",
                              exitCode: Sysexits.cantCreate)
        }
        let text = Array("\(getpid())\n".utf8)
        let n = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let err = errno
        close(fd)
        guard n == text.count else {
            throw MilterError(code: "milter.pidfile", detail: "cannot write the pid file \(config.pidfile): \(MilterError.text(err))",
                              exitCode: Sysexits.cantCreate)
        }
    }

    /// Switches to the configured user and group when running as root.
    func dropPrivileges(_ owner: ProcessOwner) throws(MilterError) {
        guard geteuid() == 0, !config.user.isEmpty || !config.group.isEmpty else { return }
        if let gid = owner.gid ?? owner.primaryGID {
            guard setgid(gid) == 0 else {
                throw MilterError(code: "milter.setgid", detail: "cannot switch to group \(gid): \(MilterError.text(errno))",
                                  exitCode: Sysexits.osErr)
            }
        }
        if let uid = owner.uid {
            let ok = config.user.withCString { initgroups($0, owner.gid ?? owner.primaryGID ?? 0) } == 0
            guard ok, setuid(uid) == 0 else {
                throw MilterError(code: "milter.setuid", detail: "cannot switch to user \(config.user): \(MilterError.text(errno))",
                                  exitCode: Sysexits.osErr)
            }
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
                    logger.error("milter.reload_failed", metadata: ["milter.reason": "\(error)"])
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
