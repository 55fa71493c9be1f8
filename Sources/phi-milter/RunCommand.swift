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
            Listens on listen.socket (default inet:8890@127.0.0.1), scans every message with the
            configured packs, and applies the policy: tag, encrypt (headers for the downstream
            relay), quarantine (hold queue), reject or tempfail. One JSON audit line per message.
            SIGHUP and SIGUSR1 reload the configuration and packs (a bad one keeps the old and logs why);
            SIGTERM drains messages in flight and exits. It always runs in the foreground (the
            systemd unit in contrib/ uses Type=simple); --foreground is accepted for clarity.

            SECURITY
              Started as root it opens the socket, then drops to listen.user/listen.group. It never
              logs or replies with message text: findings reach the audit log as rule ids, masked
              values and HMAC fingerprints. Forged X-PHI-* and encryption headers are removed.

            DIAGNOSTICS
              Logs go to standard error as key=value metadata (milter.queue_id, phi.verdict).
              A configuration error exits 78 naming the key; a socket error exits 71.
            """)

    @Option(help: "Configuration file (default: built-in defaults).") var config: String?
    @Option(help: "Socket spec, overriding listen.socket: inet:PORT@HOST, inet6:PORT@HOST or unix:PATH.")
    var socket: String?
    @Flag(help: "Stay in the foreground (the only mode; accepted for init scripts).") var foreground = false

    func run() throws {
        MilterRunner.blockSignals()
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let logger = Logger(label: "phi-milter")
        var cfg: Configuration
        do {
            cfg = try Configuration.load(config)
            if let socket { cfg.listen.socket = socket }
            guard cfg.listen.isValidSocket else { throw ConfigError(key: "--socket", problem: "not a socket spec") }
            _ = try RunCommand.snapshot(cfg)
        } catch {
            FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
            throw ExitCode(78)
        }
        guard let work = WorkDirectory.prepare(socket: cfg.listen.socket, user: cfg.listen.user) else {
            FileHandle.standardError.write(Data("phi-milter: cannot make the private temp directory under $TMPDIR\n".utf8))
            throw ExitCode(73)  // EX_CANTCREAT
        }
        defer { work.remove() }
        logger.info("milter.workdir", metadata: ["milter.workdir": "\(work.path)"])
        let path = config
        if case .random(let why) = try? EngineLoader(config: cfg).keySource() {
            logger.warning("milter.hmac_key_random", metadata: ["hmac.key_file": "\(cfg.site.hmacKeyFile)", "hmac.why": "\(why)",
                "milter.hint": "fingerprints change at each start; install a key file (0600) to compare them over time and hosts"])
        }
        let runner = MilterRunner(config: cfg.listen, load: {
            try RunCommand.snapshot(try Configuration.load(path))
        }, logger: logger, metrics: MilterMetrics(version: PHIMilterCommand.version), metricsConfig: cfg.metrics)
        let rc: Int32
        do {
            rc = try runner.run()
        } catch let error as MetricsError {
            FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
            throw ExitCode(71)  // EX_OSERR, like the milter socket
        }
        if rc != 0 { throw ExitCode(rc) }
    }

    /// Everything a message needs, built from one configuration: packs, limits, key, policy, audit.
    static func snapshot(_ cfg: Configuration) throws -> MilterSnapshot {
        let (engine, packs) = try EngineLoader(config: cfg).engineWithPacks()
        return MilterSnapshot(engine: engine, policy: Policy(config: cfg.policyConfig, version: PHIMilterCommand.version),
                              audit: try makeAuditSink(cfg.policyConfig.audit, version: PHIMilterCommand.version), packs: packs)
    }
}
