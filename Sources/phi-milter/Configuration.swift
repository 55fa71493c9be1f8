import Foundation
import PHIDetect
import PHIInspect
import PHIPacks
import PHIPolicy
import Yams

/// The configuration file (`/etc/phi-milter/phi-milter.yaml`), decoded into each target's own struct.
///
/// Every key has a default; unknown keys are refused with their name so a typo is never silent.
struct Configuration: Codable, Sendable {
    struct Packs: Codable, Sendable, Equatable {
        /// Directories of `*.yaml` packs; empty means the built-in default location.
        var dirs: [String] = []
        /// Pack ids to load; empty means all.
        var enabled: [String] = []

        init() {}
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            dirs = try c.decodeIfPresent([String].self, forKey: .dirs) ?? []
            enabled = try c.decodeIfPresent([String].self, forKey: .enabled) ?? []
        }
    }

    struct Site: Codable, Sendable, Equatable {
        /// Recipient domains that count as internal (mail only to these is tagged, not encrypted).
        var internalDomains: [String] = []
        /// Regexes of this site's MRN formats (labelled MRNs in these formats are findings).
        var mrnPatterns: [String] = []
        /// File holding the HMAC key for fingerprints; empty means a random key per process.
        var hmacKeyFile: String = ""

        enum CodingKeys: String, CodingKey {
            case internalDomains = "internal_domains", mrnPatterns = "mrn_patterns", hmacKeyFile = "hmac_key_file"
        }
        init() {}
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            internalDomains = try c.decodeIfPresent([String].self, forKey: .internalDomains) ?? []
            mrnPatterns = try c.decodeIfPresent([String].self, forKey: .mrnPatterns) ?? []
            hmacKeyFile = try c.decodeIfPresent(String.self, forKey: .hmacKeyFile) ?? ""
        }
    }

    /// Schema version; a newer one is refused. Default: 1.
    var version: Int = 1
    var packs = Packs()
    var site = Site()

    init() {}
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        packs = try c.decodeIfPresent(Packs.self, forKey: .packs) ?? Packs()
        site = try c.decodeIfPresent(Site.self, forKey: .site) ?? Site()
    }
}

/// A configuration error: the key (dotted path) and what is wrong. Exits 78 (EX_CONFIG).
struct ConfigError: Error, CustomStringConvertible {
    let key: String
    let problem: String
    var description: String { "config: \(key): \(problem)" }
}

extension Configuration {
    static let highestVersion = 1

    /// Loads `path`, or the defaults when `path` is nil.
    static func load(_ path: String?) throws(ConfigError) -> Configuration {
        guard let path else { return Configuration() }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigError(key: path, problem: "cannot read the file")
        }
        return try parse(text)
    }

    static func parse(_ text: String) throws(ConfigError) -> Configuration {
        let node: Node
        do {
            guard let n = try Yams.compose(yaml: text) else { return Configuration() }
            node = n
        } catch {
            throw ConfigError(key: "(file)", problem: "not valid YAML")
        }
        let known = (try? Yams.compose(yaml: (try? YAMLEncoder().encode(Configuration())) ?? "")) ?? nil
        if let known, let unknown = unknownKey(node, known, path: "") {
            throw ConfigError(key: unknown, problem: "unknown key")
        }
        let config: Configuration
        do {
            config = try YAMLDecoder().decode(Configuration.self, from: node)
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.dataCorrupted(ctx) {
            throw ConfigError(key: ctx.codingPath.map(\.stringValue).joined(separator: "."), problem: "wrong type or value")
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw ConfigError(key: (ctx.codingPath + [key]).map(\.stringValue).joined(separator: "."), problem: "missing")
        } catch {
            throw ConfigError(key: "(file)", problem: "cannot be decoded")
        }
        guard config.version <= highestVersion, config.version >= 1 else {
            throw ConfigError(key: "version", problem: "unsupported version (highest supported: \(highestVersion))")
        }
        for (i, p) in config.site.mrnPatterns.enumerated() where (try? PHIRegexCheck.compile(p)) == nil {
            throw ConfigError(key: "site.mrn_patterns[\(i)]", problem: "does not compile")
        }
        return config
    }

    /// The first key of `node` (dotted path) that the defaults tree does not have.
    static func unknownKey(_ node: Node, _ known: Node, path: String) -> String? {
        guard let map = node.mapping, let knownMap = known.mapping else { return nil }
        for (k, v) in map {
            let key = k.scalar?.string ?? "?"
            let here = path.isEmpty ? key : "\(path).\(key)"
            guard let kv = knownMap[k] else { return here }
            if let deeper = unknownKey(v, kv, path: here) { return deeper }
        }
        return nil
    }
}
