import Foundation
import PHIInspect
import PHIMilter
import PHIPolicy

/// Every check `run` makes before it listens (and on each reload), and all that `config check`
/// makes: one place, so `config check` can never pass a file that `run` refuses.
///
/// The file's own values were checked when it was parsed (``Configuration/checkValues()``); this
/// adds what needs the host: `listen.user` and `listen.group` exist, the HMAC key file is
/// readable and long enough, the audit file can be written, the notice command exists, the packs
/// load and give rules.
struct StartupCheck {
    let config: Configuration

    /// Runs every check; returns the engine the packs make, and the packs as `id@version`.
    func run() throws -> (engine: InspectionEngine, packs: [String]) {
        try owner()
        try auditPath()
        try allowListKey()
        try noticeCommand()
        return try EngineLoader(config: config).engineWithPacks()
    }

    /// With notices on, `notice.sendmail` names an executable (else every notice would fail unseen).
    func noticeCommand() throws(ConfigError) {
        let notice = config.notice
        guard notice.enabled, let tool = notice.sendmail.first else { return }
        guard tool.hasPrefix("/"), FileManager.default.isExecutableFile(atPath: tool) else {
            throw ConfigError(key: "notice.sendmail[0]", problem: "\(tool) is not an executable file (give its absolute path)")
                .located(in: config)
        }
    }

    /// An allow-list of fingerprints needs the key they were made with: with a random key (no key
    /// file) no listed fingerprint could ever match.
    func allowListKey() throws(ConfigError) {
        guard !config.policyConfig.policy.allowFingerprints.isEmpty,
              case .random = try EngineLoader(config: config).keySource() else { return }
        throw ConfigError(key: "policy.allow_fingerprints",
                          problem: "needs the key file site.hmac_key_file (the key the fingerprints were made with)")
            .located(in: config)
    }

    /// `listen.user` and `listen.group` name a user and group of this host (exit 67 otherwise).
    func owner() throws(ConfigError) {
        do {
            _ = try ProcessOwner.lookUp(user: config.listen.user, group: config.listen.group)
        } catch {
            let key = error.code == "milter.group" ? "listen.group" : "listen.user"
            let name = key == "listen.group" ? config.listen.group : config.listen.user
            throw ConfigError(key: key, problem: "no such \(key == "listen.group" ? "group" : "user") \(name) on this host",
                              exitCode: error.exitCode).located(in: config)
        }
    }

    /// For `audit.sink: file`, the file (or, when it does not exist yet, the nearest directory of its
    /// path that does, where `run` makes the rest) is writable.
    func auditPath() throws(ConfigError) {
        let audit = config.policyConfig.audit
        guard audit.sink == .file else { return }
        let path = audit.path
        guard !path.isEmpty else { throw ConfigError(key: "audit.path", problem: "empty").located(in: config) }
        let fm = FileManager.default
        // The file, else the nearest directory that exists: `run` makes the missing ones.
        var dir = path
        while !fm.fileExists(atPath: dir) {
            let up = (dir as NSString).deletingLastPathComponent
            dir = up.isEmpty ? "." : up
            if dir == "." || dir == "/" { break }
        }
        var isDir: ObjCBool = false
        if dir != path, fm.fileExists(atPath: dir, isDirectory: &isDir), !isDir.boolValue {
            throw ConfigError(key: "audit.path", problem: "cannot make the directory of \(path): \(dir) is not a directory")
                .located(in: config)
        }
        guard access(dir, W_OK) == 0 else {
            let what = dir == path ? path : "the directory \(dir) of \(path)"
            throw ConfigError(key: "audit.path", problem: "cannot write \(what): \(String(cString: strerror(errno)))")
                .located(in: config)
        }
    }

    /// Everything a message needs, built from one checked configuration: packs, limits, key,
    /// policy, audit sink, notices.
    static func snapshot(_ config: Configuration, loaded: (engine: InspectionEngine, packs: [String])) throws -> MilterSnapshot {
        let audit: any AuditSink
        do {
            try makeAuditDirectory(config)
            audit = try makeAuditSink(config.policyConfig.audit, version: PHIMilterCommand.version)
        } catch {
            throw ConfigError(key: "audit.path", problem: "cannot open \(config.policyConfig.audit.path)").located(in: config)
        }
        return MilterSnapshot(engine: loaded.engine, policy: Policy(config: config.policyConfig, version: PHIMilterCommand.version),
                              audit: audit, packs: loaded.packs,
                              notices: config.notice.enabled ? SendmailNotifier(config: config.notice) : nil)
    }

    /// Makes the audit file's directory when it is missing (what systemd's LogsDirectory= and the
    /// package do), mode 0750, owned by `listen.user` when started as root, so that the reopen after
    /// a rotation still works once privileges are dropped.
    static func makeAuditDirectory(_ config: Configuration) throws {
        let audit = config.policyConfig.audit
        guard audit.sink == .file else { return }
        let dir = (audit.path as NSString).deletingLastPathComponent
        guard !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o750])
        if geteuid() == 0, !config.listen.user.isEmpty,
           let owner = try? ProcessOwner.lookUp(user: config.listen.user, group: config.listen.group), let uid = owner.uid {
            _ = chown(dir, uid, owner.gid ?? owner.primaryGID ?? gid_t.max)
        }
    }

    /// Reads `path` (nil: built-in defaults), checks it and builds its snapshot: a reload.
    static func load(_ path: String?) throws -> MilterSnapshot {
        let config = try Configuration.load(path)
        return try snapshot(config, loaded: try StartupCheck(config: config).run())
    }
}
