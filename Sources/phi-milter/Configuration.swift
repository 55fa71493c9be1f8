import Foundation
import PHIDetect
import PHIInspect
import PHIMetrics
import PHIMilter
import PHIPolicy
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

    /// The `site:` keys detection uses (`internal_domains` belongs to PHIPolicy's `SiteConfig`).
    struct Site: Codable, Sendable, Equatable {
        /// Regexes of this site's MRN formats (labelled MRNs in these formats are findings).
        var mrnPatterns: [String] = []
        /// File holding the HMAC key for fingerprints (16 bytes or more, used as they are). The
        /// default path is read when present; when it is absent, or this is "", each start makes a
        /// random key (fingerprints then differ across restarts and hosts). Another path must exist.
        var hmacKeyFile: String = Site.defaultKeyFile
        static let defaultKeyFile = "/etc/phi-milter/hmac.key"

        enum CodingKeys: String, CodingKey {
            case mrnPatterns = "mrn_patterns", hmacKeyFile = "hmac_key_file"
        }
        init() {}
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            mrnPatterns = try c.decodeIfPresent([String].self, forKey: .mrnPatterns) ?? []
            hmacKeyFile = try c.decodeIfPresent(String.self, forKey: .hmacKeyFile) ?? Site.defaultKeyFile
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
    var metrics = MetricsConfig()
    /// The milter's socket and process settings (PHIMilter owns them).
    var listen = MilterConfig()
    /// The daemon's own log: syslog facility, level and socket (PHIMilter owns them).
    var log = LogConfig()
    /// Policy, actions, on_error and audit (PHIPolicy owns them; decoded from the document root).
    var policyConfig = PolicyConfig()
    /// The file this was read from (nil: built-in defaults), for error texts.
    var file: String?
    /// The line of each key (dotted path, `[i]` for list items) in `file`, for error texts.
    var keyLines: [String: Int] = [:]
    /// What the quarantine commands read.
    var quarantine = QuarantineSection()
    /// Notices of held and refused messages (PHIPolicy owns them).
    var notice = NoticeConfig()

    /// Exact data match rosters (`edm build`), each with the key it was built with.
    var edm: [EDMSource] = []

    enum CodingKeys: String, CodingKey { case version, packs, site, limits, metrics, listen, log, quarantine, notice, edm }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(packs, forKey: .packs)
        try c.encode(site, forKey: .site)
        try c.encode(limits, forKey: .limits)
        try c.encode(metrics, forKey: .metrics)
        try c.encode(listen, forKey: .listen)
        try c.encode(log, forKey: .log)
        try c.encode(quarantine, forKey: .quarantine)
        try c.encode(notice, forKey: .notice)
        try c.encode(edm, forKey: .edm)
    }

    init() {}
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        packs = try c.decodeIfPresent(Packs.self, forKey: .packs) ?? Packs()
        site = try c.decodeIfPresent(Site.self, forKey: .site) ?? Site()
        limits = try c.decodeIfPresent(Limits.self, forKey: .limits) ?? Limits()
        metrics = try c.decodeIfPresent(MetricsConfig.self, forKey: .metrics) ?? MetricsConfig()
        listen = try c.decodeIfPresent(MilterConfig.self, forKey: .listen) ?? MilterConfig()
        log = try c.decodeIfPresent(LogConfig.self, forKey: .log) ?? LogConfig()
        quarantine = try c.decodeIfPresent(QuarantineSection.self, forKey: .quarantine) ?? QuarantineSection()
        notice = try c.decodeIfPresent(NoticeConfig.self, forKey: .notice) ?? NoticeConfig()
        edm = try c.decodeIfPresent([EDMSource].self, forKey: .edm) ?? []
    }
}

extension Configuration {
    static let highestVersion = 1

    /// The file `run` and `config check|dump` read when none is named: `$PHI_MILTER_CONFIG`, else
    /// `/etc/phi-milter/phi-milter.yaml`.
    static var defaultPath: String {
        ProcessInfo.processInfo.environment["PHI_MILTER_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "/etc/phi-milter/phi-milter.yaml"
    }

    /// The file to read: `named`, else ``defaultPath`` when it exists, else nil (built-in defaults).
    static func resolve(_ named: String?) -> String? {
        if let named { return named }
        return FileManager.default.fileExists(atPath: defaultPath) ? defaultPath : nil
    }

    /// Loads `path`, or the defaults when `path` is nil. Errors name the file and the line.
    static func load(_ path: String?) throws(ConfigError) -> Configuration {
        guard let path else { return Configuration() }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            let why = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw ConfigError(key: "(file)", problem: why, file: path)
        }
        do {
            return try parse(text, file: path)
        } catch {
            throw error.in(file: path)
        }
    }

    static func parse(_ text: String, file: String? = nil) throws(ConfigError) -> Configuration {
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
            let place = yamlLine(error)
            throw ConfigError(key: "(file)", problem: "not valid YAML" + (place.map { ": \($0.problem)" } ?? ""), line: place?.line)
        }
        let lines = keyLines(node)
        guard node.mapping != nil else { throw ConfigError(key: "(file)", problem: "must be a mapping of sections") }
        if let unknown = unknownKey(node, knownTree(), path: "") {
            throw ConfigError(key: unknown, problem: "unknown key").at(lines)
        }
        var config: Configuration
        do {
            config = try YAMLDecoder().decode(Configuration.self, from: node)
            config.policyConfig = try YAMLDecoder().decode(PolicyConfig.self, from: node)
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw ConfigError(key: dotted(ctx.codingPath), problem: "wrong type or value").at(lines)
        } catch let DecodingError.dataCorrupted(ctx) {
            let why = ctx.debugDescription.isEmpty ? "" : " (\(ctx.debugDescription.prefix(120)))"
            throw ConfigError(key: dotted(ctx.codingPath), problem: "wrong type or value\(why)").at(lines)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw ConfigError(key: dotted(ctx.codingPath + [key]), problem: "missing").at(lines)
        } catch {
            throw ConfigError(key: "(file)", problem: "cannot be decoded")
        }
        config.file = file
        config.keyLines = lines
        do {
            try config.checkValues()
        } catch {
            throw error.at(lines)
        }
        return config
    }

    /// The line and the problem of a YAML syntax error that knows its place.
    static func yamlLine(_ error: any Error) -> (line: Int, problem: String)? {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return (mark.line, problem)
            default: return nil
            }
        }
        return nil
    }

    /// A decoding path as a dotted key (`policy.skip.client_networks[2]`).
    static func dotted(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out
    }

    /// The line of every key and list item of the document, by dotted path.
    static func keyLines(_ node: Node) -> [String: Int] {
        var out: [String: Int] = [:]
        func walk(_ n: Node, _ path: String) {
            if let map = n.mapping {
                for (k, v) in map {
                    let here = path.isEmpty ? (k.scalar?.string ?? "?") : "\(path).\(k.scalar?.string ?? "?")"
                    if let line = k.mark?.line { out[here] = line }
                    walk(v, here)
                }
            } else if let seq = n.sequence {
                for (i, v) in seq.enumerated() {
                    if let line = v.mark?.line { out["\(path)[\(i)]"] = line }
                    walk(v, "\(path)[\(i)]")
                }
            }
        }
        walk(node, "")
        return out
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
