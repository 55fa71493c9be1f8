import Foundation
import PHIDetect
import PHIInspect
import PHIPacks
import PHIMilter
import PHIPolicy
import PHIRegex
import Yams

/// The configuration file (`/etc/phi-milter/phi-milter.yaml`), decoded into each target's own struct.
///
/// Every key has a default; unknown keys are refused with their name so a typo is never silent.
struct Configuration: Codable, Sendable {
    struct Packs: Codable, Sendable, Equatable {
        /// Per-rule settings: `enabled: false` drops a rule.
        struct Override: Codable, Sendable, Equatable {
            var enabled = true
            init() {}
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
            }
        }
        /// Directories of `*.yaml` packs; empty means the built-in default location.
        var dirs: [String] = []
        /// Pack ids to load; empty means all.
        var enabled: [String] = []
        /// Rule id → override.
        var overrides: [String: Override] = [:]

        init() {}
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            dirs = try c.decodeIfPresent([String].self, forKey: .dirs) ?? []
            enabled = try c.decodeIfPresent([String].self, forKey: .enabled) ?? []
            overrides = try c.decodeIfPresent([String: Override].self, forKey: .overrides) ?? [:]
        }
    }

    /// Reserved for a metrics endpoint.
    struct Metrics: Codable, Sendable, Equatable {
        var enabled = false
        init() {}
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? false
        }
    }

    /// The `site:` keys detection uses (`internal_domains` belongs to PHIPolicy's `SiteConfig`).
    struct Site: Codable, Sendable, Equatable {
        /// Regexes of this site's MRN formats (labelled MRNs in these formats are findings).
        var mrnPatterns: [String] = []
        /// File holding the HMAC key for fingerprints; empty means a random key per process.
        var hmacKeyFile: String = ""

        enum CodingKeys: String, CodingKey {
            case mrnPatterns = "mrn_patterns", hmacKeyFile = "hmac_key_file"
        }
        init() {}
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            mrnPatterns = try c.decodeIfPresent([String].self, forKey: .mrnPatterns) ?? []
            hmacKeyFile = try c.decodeIfPresent(String.self, forKey: .hmacKeyFile) ?? ""
        }
    }

    /// Message and attachment limits (DESIGN §7 `limits`).
    struct Limits: Codable, Sendable, Equatable {
        var maxMessageBytes = 50 << 20
        var timeBudgetSeconds = 30.0
        var mimeMaxDepth = 32
        var archiveMaxDepth = 4
        var archiveMaxFiles = 1_000
        var archiveMaxExpandedBytes = 100 << 20
        var archiveMaxRatio = 100
        var pdfTimeoutSeconds = 10.0
        var spoolMemoryBytes = 8 << 20
        /// OCR of images and scanned PDF pages (off: they are unscannable `ocr.disabled`).
        var ocr = true
        /// One tesseract run, in seconds: (0, 3600].
        var ocrTimeoutSeconds = 20.0
        /// Pages read by OCR per image or PDF: 1...1000.
        var ocrMaxPages = 20
        /// Pixels per image page: 10 000...1 000 000 000.
        var ocrMaxPixels = 40_000_000

        enum CodingKeys: String, CodingKey {
            case maxMessageBytes = "max_message_bytes", timeBudgetSeconds = "time_budget_seconds"
            case mimeMaxDepth = "mime_max_depth", archiveMaxDepth = "archive_max_depth"
            case archiveMaxFiles = "archive_max_files", archiveMaxExpandedBytes = "archive_max_expanded_bytes"
            case archiveMaxRatio = "archive_max_ratio", pdfTimeoutSeconds = "pdf_timeout_seconds"
            case spoolMemoryBytes = "spool_memory_bytes"
            case ocr, ocrTimeoutSeconds = "ocr_timeout_seconds", ocrMaxPages = "ocr_max_pages", ocrMaxPixels = "ocr_max_pixels"
        }
        init() {}
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Limits()
            maxMessageBytes = try c.decodeIfPresent(Int.self, forKey: .maxMessageBytes) ?? d.maxMessageBytes
            timeBudgetSeconds = try c.decodeIfPresent(Double.self, forKey: .timeBudgetSeconds) ?? d.timeBudgetSeconds
            mimeMaxDepth = try c.decodeIfPresent(Int.self, forKey: .mimeMaxDepth) ?? d.mimeMaxDepth
            archiveMaxDepth = try c.decodeIfPresent(Int.self, forKey: .archiveMaxDepth) ?? d.archiveMaxDepth
            archiveMaxFiles = try c.decodeIfPresent(Int.self, forKey: .archiveMaxFiles) ?? d.archiveMaxFiles
            archiveMaxExpandedBytes = try c.decodeIfPresent(Int.self, forKey: .archiveMaxExpandedBytes)
                ?? d.archiveMaxExpandedBytes
            archiveMaxRatio = try c.decodeIfPresent(Int.self, forKey: .archiveMaxRatio) ?? d.archiveMaxRatio
            pdfTimeoutSeconds = try c.decodeIfPresent(Double.self, forKey: .pdfTimeoutSeconds) ?? d.pdfTimeoutSeconds
            spoolMemoryBytes = try c.decodeIfPresent(Int.self, forKey: .spoolMemoryBytes) ?? d.spoolMemoryBytes
            ocr = try c.decodeIfPresent(Bool.self, forKey: .ocr) ?? d.ocr
            ocrTimeoutSeconds = try c.decodeIfPresent(Double.self, forKey: .ocrTimeoutSeconds) ?? d.ocrTimeoutSeconds
            ocrMaxPages = try c.decodeIfPresent(Int.self, forKey: .ocrMaxPages) ?? d.ocrMaxPages
            ocrMaxPixels = try c.decodeIfPresent(Int.self, forKey: .ocrMaxPixels) ?? d.ocrMaxPixels
            // Out of range is a config error naming the key (decoding errors become ConfigError).
            for (key, inRange) in [(CodingKeys.ocrTimeoutSeconds, ocrTimeoutSeconds > 0 && ocrTimeoutSeconds <= 3600),
                                   (.ocrMaxPages, (1...1000).contains(ocrMaxPages)),
                                   (.ocrMaxPixels, (10_000...1_000_000_000).contains(ocrMaxPixels))] where !inRange {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [key], debugDescription: "out of range"))
            }
        }

        /// Refuses values out of range (a value that would trap or disable a limit), naming the key.
        func checkRanges() throws(ConfigError) {
            let gib = 1 << 30
            let ints: [(String, Int, ClosedRange<Int>)] = [
                ("max_message_bytes", maxMessageBytes, 1_024...(4 * gib)), ("mime_max_depth", mimeMaxDepth, 1...1_000),
                ("archive_max_depth", archiveMaxDepth, 1...64), ("archive_max_files", archiveMaxFiles, 1...1_000_000),
                ("archive_max_expanded_bytes", archiveMaxExpandedBytes, 1_024...(64 * gib)),
                ("archive_max_ratio", archiveMaxRatio, 1...1_000_000), ("spool_memory_bytes", spoolMemoryBytes, 0...gib),
            ]
            for (key, value, range) in ints where !range.contains(value) {
                throw ConfigError(key: "limits.\(key)", problem: "must be \(range.lowerBound) to \(range.upperBound)")
            }
            let seconds: [(String, Double, ClosedRange<Double>)] = [
                ("time_budget_seconds", timeBudgetSeconds, 0.001...3_600),
                ("pdf_timeout_seconds", pdfTimeoutSeconds, 0.001...3_600),
            ]
            for (key, value, range) in seconds where !range.contains(value) {
                throw ConfigError(key: "limits.\(key)", problem: "must be more than 0 and at most 3600 seconds")
            }
        }

        /// The inspector's limits with these values.
        var inspector: InspectorLimits {
            var l = InspectorLimits()
            l.maxMessageBytes = maxMessageBytes
            l.timeBudgetSeconds = timeBudgetSeconds
            l.mime.maxDepth = mimeMaxDepth
            l.extract.maxDepth = archiveMaxDepth
            l.extract.maxFiles = archiveMaxFiles
            l.extract.maxExpandedBytes = archiveMaxExpandedBytes
            l.extract.maxRatio = archiveMaxRatio
            l.extract.pdfTimeoutSeconds = pdfTimeoutSeconds
            l.extract.spoolMemoryBytes = spoolMemoryBytes
            l.extract.ocrEnabled = ocr
            l.extract.ocrTimeoutSeconds = ocrTimeoutSeconds
            l.extract.ocrMaxPages = ocrMaxPages
            l.extract.ocrMaxPixels = ocrMaxPixels
            return l
        }
    }

    /// Schema version; a newer one is refused. Default: 1.
    var version: Int = 1
    var packs = Packs()
    var site = Site()
    var limits = Limits()
    var metrics = Metrics()
    /// The milter's socket and process settings (PHIMilter owns them).
    var listen = MilterConfig()
    /// Policy, actions, on_error and audit (PHIPolicy owns them; decoded from the document root).
    var policyConfig = PolicyConfig()
    /// Exact data match rosters (`edm build`), each with the key it was built with.
    var edm: [EDMSource] = []

    enum CodingKeys: String, CodingKey { case version, packs, site, limits, metrics, listen, edm }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(packs, forKey: .packs)
        try c.encode(site, forKey: .site)
        try c.encode(limits, forKey: .limits)
        try c.encode(metrics, forKey: .metrics)
        try c.encode(listen, forKey: .listen)
        try c.encode(edm, forKey: .edm)
    }

    init() {}
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        packs = try c.decodeIfPresent(Packs.self, forKey: .packs) ?? Packs()
        site = try c.decodeIfPresent(Site.self, forKey: .site) ?? Site()
        limits = try c.decodeIfPresent(Limits.self, forKey: .limits) ?? Limits()
        metrics = try c.decodeIfPresent(Metrics.self, forKey: .metrics) ?? Metrics()
        listen = try c.decodeIfPresent(MilterConfig.self, forKey: .listen) ?? MilterConfig()
        edm = try c.decodeIfPresent([EDMSource].self, forKey: .edm) ?? []
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
            guard let n = try Yams.compose(yaml: text) else {
                // An empty file is a truncated or half-written one far more often than a wish for
                // the defaults: refusing it keeps a reload from silently resetting policy and audit.
                throw ConfigError(key: "(file)", problem: "is empty (write `version: 1` for the defaults)")
            }
            node = n
        } catch let error as ConfigError {
            throw error
        } catch {
            throw ConfigError(key: "(file)", problem: "not valid YAML\(yamlLine(error))")
        }
        guard node.mapping != nil else { throw ConfigError(key: "(file)", problem: "must be a mapping of sections") }
        if let unknown = unknownKey(node, knownTree(), path: "") {
            throw ConfigError(key: unknown, problem: "unknown key")
        }
        var config: Configuration
        do {
            config = try YAMLDecoder().decode(Configuration.self, from: node)
            config.policyConfig = try YAMLDecoder().decode(PolicyConfig.self, from: node)
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
        try config.limits.checkRanges()
        if let bad = config.listen.invalidKey {
            throw ConfigError(key: "listen.\(bad.key)", problem: bad.problem)
        }
        guard config.listen.isValidSocket else {
            throw ConfigError(key: "listen.socket", problem: "not inet:PORT@HOST, inet6:PORT@HOST or unix:PATH")
        }
        for (i, p) in config.site.mrnPatterns.enumerated() where (try? Regex(p)) == nil {
            throw ConfigError(key: "site.mrn_patterns[\(i)]", problem: "does not compile")
        }
        return config
    }

    /// ` at line N` for a YAML syntax error that knows its place, else "".
    static func yamlLine(_ error: any Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return " at line \(mark.line)"
            default: return ""
            }
        }
        return ""
    }

    /// Every key the file may hold: the defaults of each section, encoded, merged into one tree.
    static func knownTree() -> Node { Configuration().tree() }

    /// This configuration as one YAML tree: the executable's sections merged with PHIPolicy's.
    func tree() -> Node {
        func tree(_ yaml: String?) -> Node.Mapping {
            (yaml.flatMap { try? Yams.compose(yaml: $0) } ?? nil)?.mapping ?? Node.Mapping([])
        }
        var merged = tree(try? YAMLEncoder().encode(self))
        for (k, v) in tree(try? YAMLEncoder().encode(policyConfig)) {
            if let mine = merged[k]?.mapping, let theirs = v.mapping {
                var both = mine
                for (kk, vv) in theirs where both[kk] == nil { both[kk] = vv }
                merged[k] = Node.mapping(both)
            } else if merged[k] == nil {
                merged[k] = v
            }
        }
        return Node.mapping(merged)
    }

    /// The first key of `node` (dotted path) that the defaults tree does not have. An empty
    /// mapping in the defaults (`packs.overrides`) is open: any key may appear below it.
    static func unknownKey(_ node: Node, _ known: Node, path: String) -> String? {
        guard let map = node.mapping, let knownMap = known.mapping, !knownMap.isEmpty else { return nil }
        for (k, v) in map {
            let key = k.scalar?.string ?? "?"
            let here = path.isEmpty ? key : "\(path).\(key)"
            guard let kv = knownMap[k] else { return here }
            if let deeper = unknownKey(v, kv, path: here) { return deeper }
        }
        return nil
    }
}
