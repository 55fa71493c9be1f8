import Foundation
import PHIDetect
import PHIEDM
import PHIInspect
import PHIPacks

/// Loads packs and the fingerprint key as the config says: shared by `scan`, `corpus` and `run`.
struct EngineLoader {
    let config: Configuration
    /// `--packs` overrides the config's directories.
    var packsOverride: String? = nil

    func packDirectories() throws(ConfigError) -> [String] {
        if let packsOverride { return [packsOverride] }
        if !config.packs.dirs.isEmpty { return config.packs.dirs }
        guard let found = PackLocator.defaultDirectory() else {
            throw ConfigError(key: "packs.dirs", problem: "no pack directory found (set packs.dirs or --packs)")
        }
        return [found]
    }

    /// Parses and compiles every pack of the configured directories.
    func library() throws -> PackLibrary {
        var packs: [Pack] = []
        for dir in try packDirectories() {
            packs += try PackLibrary.load(directory: dir, enabled: Set(config.packs.enabled)).packs
        }
        let disabled = Set(config.packs.overrides.filter { !$0.value.enabled }.keys)
        if !disabled.isEmpty {
            for i in packs.indices { packs[i].rules.removeAll { disabled.contains($0.id) } }
        }
        return try PackLibrary.build(packs, site: SiteRules(mrnPatterns: config.site.mrnPatterns))
    }

    /// Packs, limits and key together: the immutable engine inspections share.
    func engine() throws -> InspectionEngine {
        InspectionEngine(rules: try library().ruleSet, limits: config.limits.inspector, fingerprinter: try fingerprinter(),
                         rosters: try rosters())
    }

    /// Every configured roster, mapped and checked against its key (a reload maps them afresh, so a
    /// rebuilt roster is swapped in with the engine; one that fails keeps the old engine).
    func rosters() throws(ConfigError) -> [EDMRoster] {
        var out: [EDMRoster] = []
        for (i, source) in config.edm.enumerated() {
            do {
                out.append(try EDMRoster(file: source.file, key: EDMKey(file: source.keyFile)))
            } catch {
                throw ConfigError(key: "edm[\(i)]", problem: error.description)
            }
        }
        return out
    }

    /// The HMAC key: from `site.hmac_key_file`, or random for this process.
    func fingerprinter() throws(ConfigError) -> Fingerprinter {
        let path = config.site.hmacKeyFile
        guard !path.isEmpty else { return Fingerprinter(key: Fingerprinter.randomKey()) }
        guard let data = FileManager.default.contents(atPath: path), data.count >= 16 else {
            throw ConfigError(key: "site.hmac_key_file", problem: "unreadable or shorter than 16 bytes")
        }
        return Fingerprinter(key: Array(data))
    }
}
