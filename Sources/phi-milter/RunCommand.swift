import ArgumentParser
import Foundation
import Logging
import PHIMetrics
import PHIMilter
import PHIPolicy

/// `phi-milter run`: the milter daemon.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the milter daemon (Postfix smtpd_milters / Sendmail INPUT_MAIL_FILTER).",
        discussion: """
            Reads --config, else /etc/phi-milter/phi-milter.yaml when it exists ($PHI_MILTER_CONFIG
            names another default), else uses the built-in defaults. Listens on listen.socket
            (default inet:8890@127.0.0.1), scans every message with the configured packs, and
            applies the policy: tag, encrypt (headers for the downstream relay), quarantine (hold
            queue), reject or tempfail. One audit record per message.

            It never forks: a service manager runs it as it is (systemd Type=simple).
            SIGHUP and SIGUSR1 reload the configuration and packs, with every check of start-up; a
            file that fails one keeps the old configuration running and logs why
            (milter.reload_failed reason=...). The listen: and log: sections take effect at the next
            start. SIGTERM and SIGINT stop accepting messages, finish those in flight (at most
            listen.drain_seconds) and exit 0.

            SECURITY
              Started as root it opens the socket, writes listen.pidfile (so the pid file may sit
              in a root-owned directory such as /run), then drops to listen.user/listen.group for
              good. It never logs or replies with message text: findings reach the audit log as
              rule ids, masked values and HMAC fingerprints. Forged X-PHI-* and encryption
              headers are removed.

            DIAGNOSTICS
              Without --foreground, log lines go to syslog (facility log.facility, default mail;
              socket log.socket, default /dev/log) as "phi-milter[PID]: QUEUEID: milter.decision
              verdict=... actions=... score=..." so they land in mail.log beside Postfix's; with
              --foreground they go to standard error, after the time and the level.
              Start-up failures print one line on standard error and exit with a sysexits status:
                78 EX_CONFIG   the configuration is wrong (every check of `config check`, and a
                               configuration that loads no rules): "FILE:LINE: KEY: REASON"
                67 EX_NOUSER   listen.user or listen.group does not exist on this host
                71 EX_OSERR    the socket cannot be opened ("cannot listen on inet:8890@127.0.0.1:
                               Address already in use"), or privileges cannot be dropped
                73 EX_CANTCREAT  the pid file or the private temp directory cannot be made
              After a clean stop the status is 0; a fatal signal ends it at once (non-zero) so the
              service manager restarts it.
            """)

    @Option(help: "Configuration file (default: /etc/phi-milter/phi-milter.yaml when present).") var config: String?
    @Option(help: "Socket spec, overriding listen.socket: inet:PORT@HOST, inet6:PORT@HOST or unix:PATH.")
    var socket: String?
    @Flag(help: "Log to standard error instead of syslog (it never forks either way).") var foreground = false

    func run() throws {
        MilterRunner.blockSignals()
        let path = Configuration.resolve(config)
        var cfg: Configuration
        let snapshot: MilterSnapshot
        do {
            cfg = try Configuration.load(path)
            if let socket {
                cfg.listen.socket = socket
                guard cfg.listen.isValidSocket else { throw ConfigError(key: "--socket", problem: "not a socket spec: \(socket)") }
            }
            snapshot = try StartupCheck.snapshot(cfg, loaded: try StartupCheck(config: cfg).run())
        } catch {
            RunCommand.fail(error)
        }
        let logger = RunCommand.startLogging(cfg.log, foreground: foreground)
        let syslogged = foreground ? nil : logger  // failures reach syslog too; stderr has them already
        guard let work = WorkDirectory.prepare(socket: cfg.listen.socket, user: cfg.listen.user) else {
            RunCommand.fail(MilterError(code: "milter.workdir", detail: "cannot make the private temp directory under $TMPDIR",
                                        exitCode: Sysexits.cantCreate), logger: syslogged)
        }
        defer { work.remove() }
        logger.info("milter.workdir", metadata: ["milter.workdir": "\(work.path)"])
        if case .random(let why) = try? EngineLoader(config: cfg).keySource() {
            logger.warning("milter.hmac_key_random", metadata: ["hmac.key_file": "\(cfg.site.hmacKeyFile)", "hmac.why": "\(why)",
                "milter.hint": "fingerprints change at each start; install a key file (0600) to compare them over time and hosts"])
        }
        let runner = MilterRunner(config: cfg.listen, initial: snapshot, load: { try StartupCheck.load(path) }, logger: logger,
                                  metrics: MilterMetrics(version: PHIMilterCommand.version), metricsConfig: cfg.metrics)
        let rc: Int32
        do {
            rc = try runner.run()
        } catch {
            work.remove()
            RunCommand.fail(error, logger: syslogged)
        }
        if rc != 0 { throw ExitCode(rc) }
    }

    /// Sends the daemon's log to syslog (facility and socket from `log:`), or to standard error
    /// in the foreground. Also opens syslog(3) with the same ident, pid and facility, for an audit
    /// sink of `syslog`.
    static func startLogging(_ log: LogConfig, foreground: Bool) -> Logger {
        let level = log.loggerLevel ?? .info
        let facility = SyslogFacility.code(log.facility) ?? LOG_MAIL
        openlog(RunCommand.ident, LOG_PID | LOG_NDELAY, facility)
        if foreground {
            LoggingSystem.bootstrap { _ in StderrLogHandler(level: level) }
        } else {
            let socket = SyslogSocket(path: log.socket, facility: facility)
            LoggingSystem.bootstrap { _ in SyslogLogHandler(socket: socket, level: level) }
        }
        return Logger(label: "phi-milter")
    }

    /// syslog(3) keeps the pointer: one that lives as long as the process.
    nonisolated(unsafe) static let ident = strdup("phi-milter")

    /// Prints a start-up failure (and logs it when logging has started) and exits with its
    /// sysexits status.
    static func fail(_ error: any Error, logger: Logger? = nil) -> Never {
        let code: Int32
        switch error {
        case let e as ConfigError: code = e.exitCode
        case let e as MilterError: code = e.exitCode
        case is MetricsError: code = Sysexits.osErr  // the metrics port, like the milter socket
        default: code = Sysexits.config  // pack files: they are configuration too
        }
        FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
        logger?.critical("milter.start_failed", metadata: ["milter.reason": "\(error)"])
        RunCommand.exit(withError: ExitCode(code))
    }
}
