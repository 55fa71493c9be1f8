import Foundation
import PHIDetect
import PHIEDM
import PHIInspect
import PHIPacks

/// Loads packs and the fingerprint key as the config says: shared by `scan`, `corpus`, `run`
/// and `config check`, so each refuses the same packs for the same reason.
struct EngineLoader {
    let config: Configuration
    /// `--packs` overrides the config's directories.
    var packsOverride: String? = nil
    /// `scan --explain`: scans also report the names exclusions keep from counting.
    var explainsExclusions = false

    func packDirectories() throws(ConfigError) -> [String] {
        if let packsOverride { return [packsOverride] }
        if !config.packs.dirs.isEmpty { return config.packs.dirs }
        guard let found = PackLocator.defaultDirectory() else {
            throw ConfigError(key: "packs.dirs", problem: "no pack directory found (set packs.dirs or --packs)")
        }
        return [found]
    }

    /// Parses and compiles every pack of the configured directories. Refuses a directory that is
    /// not there, an enabled pack id no directory holds, and a result with no rules at all (a
    /// milter without rules would pass every message as clean).
    func library() throws -> PackLibrary {
        let key = packsOverride == nil ? "packs.dirs" : "--packs"
        var packs: [Pack] = []
        let dirs = try packDirectories()
        for (i, dir) in dirs.enumerated() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw ConfigError(key: packsOverride == nil && !config.packs.dirs.isEmpty ? "\(key)[\(i)]" : key,
                                  problem: "\(dir): no such directory").located(in: config)
            }
            packs += try PackLibrary.load(directory: dir, enabled: Set(config.packs.enabled)).packs
        }
        let loaded = Set(packs.map(\.id))
        for (i, id) in config.packs.enabled.enumerated() where !loaded.contains(id) {
            throw ConfigError(key: "packs.enabled[\(i)]", problem: "no pack \(id) in \(dirs.joined(separator: ", "))")
                .located(in: config)
        }
        let disabled = Set(config.packs.overrides.filter { !$0.value.enabled }.keys)
        if !disabled.isEmpty {
            for i in packs.indices { packs[i].rules.removeAll { disabled.contains($0.id) } }
        }
        let library = try PackLibrary.build(packs, site: SiteRules(mrnPatterns: config.site.mrnPatterns),
                                            explain: explainsExclusions)
        guard library.ruleSet.count > 0 else {
            throw ConfigError(key: config.packs.enabled.isEmpty ? key : "packs.enabled",
                              problem: "no rules loaded from \(dirs.joined(separator: ", ")) (a milter without rules passes every message as clean)")
                .located(in: config)
        }
        return library
    }

    /// Packs, limits and key together: the immutable engine inspections share.
    func engine() throws -> InspectionEngine { try engineWithPacks().engine }

    /// The engine and its packs as `id@version` (for audit records), from one load.
    func engineWithPacks() throws -> (engine: InspectionEngine, packs: [String]) {
        let lib = try library()
        return (InspectionEngine(rules: lib.ruleSet, limits: config.limits.inspector, fingerprinter: try fingerprinter(),
                                 rosters: try rosters()),
                lib.packs.map { "\($0.id)@\($0.version)" })
    }

    /// Every configured roster, mapped and checked against its key (a reload maps them afresh, so a
    /// rebuilt roster is swapped in with the engine; one that fails keeps the old engine).
    func rosters() throws(ConfigError) -> [EDMRoster] {
        var out: [EDMRoster] = []
        for (i, source) in config.edm.enumerated() {
            do {
                out.append(try EDMRoster(file: source.file, key: EDMKey(file: source.keyFile)))
            } catch {
                throw ConfigError(key: "edm[\(i)]", problem: error.description).located(in: config)
            }
        }
        return out
    }

    /// The HMAC key: from `site.hmac_key_file`, or random for this process (see ``keySource()``).
    func fingerprinter() throws(ConfigError) -> Fingerprinter {
        switch try keySource() {
        case .file(_, let key): Fingerprinter(key: key)
        case .random: Fingerprinter(key: EngineLoader.processKey)
        }
    }

    /// Where the fingerprint key comes from.
    enum KeySource {
        /// The key file's bytes.
        case file(path: String, key: [UInt8])
        /// A random key made once per process: `why` is `unset` ("" configured), or `absent` or
        /// `unreadable` (the default path; a `scan` by a user who may not read the key).
        case random(why: String)
    }

    /// Least length of the HMAC key, in bytes.
    static let minimumKeyBytes = 16

    /// One random key per process, so that a reload does not change fingerprints.
    static let processKey = Fingerprinter.randomKey()

    /// Reads the key file. The default path may be absent or unreadable (then a random key, which
    /// the daemon warns about); any key file read must hold ``minimumKeyBytes`` or more, and a path other than
    /// the default must be readable.
    func keySource() throws(ConfigError) -> KeySource {
        let path = config.site.hmacKeyFile
        if path.isEmpty { return .random(why: "unset") }
        if path == Configuration.Site.defaultKeyFile, !FileManager.default.isReadableFile(atPath: path) {
            return .random(why: FileManager.default.fileExists(atPath: path) ? "unreadable" : "absent")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ConfigError(key: "site.hmac_key_file", problem: "cannot read \(path): \(String(cString: strerror(errno)))")
                .located(in: config)
        }
        close(fd)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(key: "site.hmac_key_file", problem: "cannot read \(path)").located(in: config)
        }
        guard data.count >= EngineLoader.minimumKeyBytes else {
            throw ConfigError(key: "site.hmac_key_file",
                              problem: "\(path) holds \(data.count) bytes; a key needs at least \(EngineLoader.minimumKeyBytes)")
                .located(in: config)
        }
        return .file(path: path, key: Array(data))
    }

}
