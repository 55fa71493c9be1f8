public import PHIDetect
import Foundation

/// Site-specific detection settings that come from the config, never from the repo.
public struct SiteRules: Sendable, Equatable {
    /// Regexes for the site's MRN formats; each becomes a `site.mrn` pattern needing an MRN label.
    public var mrnPatterns: [String] = []

    public init(mrnPatterns: [String] = []) {
        self.mrnPatterns = mrnPatterns
    }
}

/// Every pack of a directory, loaded and compiled into one immutable ``RuleSet``.
public struct PackLibrary: Sendable {
    public let packs: [Pack]
    public let ruleSet: RuleSet

    /// Loads every `*.yaml` pack in `directory` (sorted by name), its data files and keyword files.
    public static func load(directory: String, site: SiteRules = SiteRules(),
                            enabled: Set<String> = []) throws(PackError) -> PackLibrary {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw PackError(.unreadable, file: directory, line: 0, "cannot list the directory")
        }
        var packs: [Pack] = []
        for name in files {
            let path = "\(directory)/\(name)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw PackError(.unreadable, file: path, line: 0, "cannot read")
            }
            let pack = try PackParser.parse(text, file: path, directory: directory)
            if enabled.isEmpty || enabled.contains(pack.id) { packs.append(pack) }
        }
        return try build(packs, site: site)
    }

    /// Compiles already parsed packs (plus site rules) into one rule set; `explain` makes its
    /// scans report the names exclusions keep from counting (``RuleSet/explainsExclusions``).
    public static func build(_ packs: [Pack], site: SiteRules = SiteRules(), explain: Bool = false) throws(PackError) -> PackLibrary {
        var lists: [String: [String]] = [:]
        var data: [String: Set<String>] = [:]
        var rules: [RuleDefinition] = []
        var cache: [String: [String]] = [:]
        for pack in packs {
            for (name, terms) in pack.keywordLists {
                if let old = lists[name], old != terms { throw PackError(.duplicateList, file: pack.file, line: 0, name) }
                lists[name] = terms
            }
            for (name, path) in pack.keywordFiles {
                lists[name] = try readLines(path, pack.file, &cache)
            }
            for (name, paths) in pack.dataFiles {
                var set = Set<String>()
                for path in paths { set.formUnion(try readLines(path, pack.file, &cache)) }
                data[name] = set
            }
            rules += pack.rules
        }
        rules += siteRules(site)
        do {
            let set = try RuleSet(rules: rules, keywordLists: lists, data: DataSets(data), explainsExclusions: explain)
            return PackLibrary(packs: packs, ruleSet: set)
        } catch {
            let file = packs.first { $0.ruleLines[error.rule] != nil }
            throw PackError(.compile, file: file?.file ?? "site", line: file?.ruleLines[error.rule] ?? 0, error.description)
        }
    }

    static func readLines(_ path: String, _ pack: String, _ cache: inout [String: [String]]) throws(PackError) -> [String] {
        if let hit = cache[path] { return hit }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PackError(.unknownData, file: pack, line: 0, "cannot read data file \(path)")
        }
        // One entry per line; blank lines and # comments skipped; spaces and CR trimmed.
        var lines: [String] = []
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            func emit(_ end: Int) {
                var s = start, e = end
                while s < e, bytes[s] == 32 || bytes[s] == 9 { s += 1 }
                while e > s, bytes[e - 1] == 32 || bytes[e - 1] == 9 || bytes[e - 1] == 13 { e -= 1 }
                if e > s, bytes[s] != UInt8(ascii: "#") {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self))
                }
            }
            for i in 0..<bytes.count where bytes[i] == 10 {
                emit(i)
                start = i + 1
            }
            emit(bytes.count)
        }
        cache[path] = lines
        return lines
    }

    static func siteRules(_ site: SiteRules) -> [RuleDefinition] {
        guard !site.mrnPatterns.isEmpty else { return [] }
        let patterns = site.mrnPatterns.enumerated().map { (name: "site\($0.offset)", regex: "(?<![\\w-])(?:\($0.element))(?![\\w-])") }
        return [RuleDefinition(
            id: "site.mrn", type: "MRN", patterns: patterns, prefilter: .digits(minDigits: 1, mixed: false),
            normalizer: .alnum, validators: ["not_repeated", "not_placeholder"],
            evidence: [.init(name: "label", source: .keywords("mrn"), before: 40, after: 5),
                       .init(name: "phi", source: .entities(["NAME", "DOB", "SSN"]), before: 300, after: 300)],
            levels: [.init(level: .high, score: 90, require: ["label", "phi"]), .init(level: .high, score: 85, require: ["label"])])]
    }
}
