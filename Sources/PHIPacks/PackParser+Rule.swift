import PHIDetect
import Yams

extension PackParser {
    /// Parses one rule and its examples.
    static func parseRule(_ node: YAMLNode, fragments: [String: String] = [:]) throws(PackError) -> (RuleDefinition, [PackExample]) {
        _ = try node.mapping(allowed: ruleKeys)
        let id = try node.required("id").string()
        let typeNode = try node.required("type")
        let type = try typeNode.string()
        guard PHIType.isKnown(type) else { throw typeNode.fail(.badValue, "unknown type \(type) (\(PHIType.expected))") }
        var patterns: [(name: String, regex: String)] = []
        for (name, value) in try node["patterns"]?.mapping() ?? [] {
            patterns.append((name, try expand(value, fragments)))
        }
        let prefilter = try parsePrefilter(try node.required("prefilter"))
        if case .terms = prefilter {} else if patterns.isEmpty {
            throw node.fail(.missingKey, "patterns")
        }
        var lead = 8, trail = 48
        if let w = node["window"] {
            _ = try w.mapping(allowed: ["lead", "trail"])
            lead = try w["lead"]?.distance() ?? lead
            trail = try w["trail"]?.distance() ?? trail
        }
        var normalizer = RuleDefinition.ValueNormalizer.none
        if let n = node["normalize"] {
            guard let v = RuleDefinition.ValueNormalizer(rawValue: try n.string()) else {
                throw n.fail(.badValue, "one of digits, alnum, lower, none")
            }
            normalizer = v
        }
        var mask = RuleDefinition.MaskStyle.last4
        if let m = node["mask"] {
            guard let v = RuleDefinition.MaskStyle(rawValue: try m.string()) else {
                throw m.fail(.badValue, "one of last4, initials, all")
            }
            mask = v
        }
        var evidence: [RuleDefinition.Evidence] = []
        for (name, value) in try node["evidence"]?.mapping() ?? [] {
            _ = try value.mapping(allowed: ["keywords", "entities", "before", "after"])
            let before = try value["before"]?.distance() ?? 60, after = try value["after"]?.distance() ?? 20
            if let k = value["keywords"] {
                evidence.append(.init(name: name, source: .keywords(try k.string()), before: before, after: after))
            } else if let e = value["entities"] {
                evidence.append(.init(name: name, source: .entities(try e.strings()), before: before, after: after))
            } else {
                throw value.fail(.missingKey, "keywords or entities")
            }
        }
        var levels: [RuleDefinition.LevelSpec] = []
        for item in try node.required("levels").sequence() {
            _ = try item.mapping(allowed: ["level", "score", "pattern", "require", "require_any", "by_shape"])
            guard let level = Level(rawValue: try item.required("level").string()) else {
                throw item.fail(.badValue, "level must be low, medium or high")
            }
            let score = try item.required("score").int()
            guard (0...100).contains(score) else { throw item.fail(.badValue, "score must be 0-100") }
            levels.append(.init(level: level, score: score, pattern: try item["pattern"]?.string(),
                                require: try item["require"]?.strings() ?? [],
                                requireAny: try item["require_any"]?.strings() ?? [],
                                byShape: try item["by_shape"]?.bool() ?? false))
        }
        var exclusions: [RuleDefinition.Exclusion] = []
        for item in try node["exclude"]?.sequence() ?? [] {
            _ = try item.mapping(allowed: ["context", "before", "after", "why"])
            exclusions.append(.init(regex: try expand(try item.required("context"), fragments),
                                    before: try item["before"]?.distance() ?? 0, after: try item["after"]?.distance() ?? 0,
                                    why: try item["why"]?.string() ?? ""))
        }
        var allowValues: Set<String> = [], allowPrints: Set<String> = []
        if let allow = node["allow"] {
            _ = try allow.mapping(allowed: ["values", "fingerprints"])
            allowValues = Set(try allow["values"]?.strings() ?? [])
            allowPrints = Set(try allow["fingerprints"]?.strings() ?? [])
        }
        let rule = RuleDefinition(
            id: id, type: type, patterns: patterns, prefilter: prefilter, lead: lead, trail: trail,
            normalizer: normalizer, validators: try node["validators"]?.strings() ?? [], evidence: evidence,
            levels: levels, exclusions: exclusions, allowValues: allowValues, allowFingerprints: allowPrints, mask: mask)
        return (rule, try parseExamples(node["examples"], rule: id))
    }

    /// Separator bytes a digit group must contain: any of space, tab and `-./():,`.
    static func parseSeparators(_ node: YAMLNode?) throws(PackError) -> [UInt8] {
        guard let node else { return [] }
        let bytes = Array(try node.string().utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ " \t-./():,".utf8.contains($0) }) else {
            throw node.fail(.badValue, "separator characters among space, tab and -./():,")
        }
        return bytes
    }

    /// `mixed_max`: a mixed token of at most this many bytes (1–1024, a group's longest token).
    static func parseMixedMax(_ node: YAMLNode?) throws(PackError) -> Int {
        guard let node else { return 0 }
        let n = try node.int()
        guard (1...1024).contains(n) else { throw node.fail(.badValue, "a number of bytes from 1 to 1024") }
        return n
    }

    static func parsePrefilter(_ node: YAMLNode) throws(PackError) -> RuleDefinition.Prefilter {
        let entries = try node.mapping(allowed: ["digits", "mixed", "mixed_max", "tokens", "upper_after", "upper_before", "separators", "byte", "keywords", "anywhere", "terms"])
        if let d = node["digits"] {
            return .digits(minDigits: try d.int(), mixed: try node["mixed"]?.bool() ?? false,
                           minTokens: try node["tokens"]?.int() ?? 1,
                           upperAfter: try node["upper_after"]?.bool() ?? false,
                           upperBefore: try node["upper_before"]?.bool() ?? false,
                           separators: try parseSeparators(node["separators"]),
                           mixedMax: try parseMixedMax(node["mixed_max"]))
        }
        if let b = node["byte"] {
            let s = try b.string()
            guard s.utf8.count == 1, let byte = s.utf8.first else { throw b.fail(.badValue, "one ASCII character") }
            return .byte(byte)
        }
        if let k = node["keywords"] {
            return .keywords(try k.string(), upperAfter: try node["upper_after"]?.bool() ?? false,
                             anywhere: try node["anywhere"]?.bool() ?? false)
        }
        if let t = node["terms"] { return .terms(try t.string()) }
        _ = entries
        throw node.fail(.missingKey, "digits, byte, keywords or terms")
    }

    static func parseExamples(_ node: YAMLNode?, rule: String) throws(PackError) -> [PackExample] {
        guard let node else { return [] }
        _ = try node.mapping(allowed: ["match", "no_match"])
        var out: [PackExample] = []
        for (key, shouldMatch) in [("match", true), ("no_match", false)] {
            for item in try node[key]?.sequence() ?? [] {
                if item.isMapping {
                    _ = try item.mapping(allowed: ["text", "level"])
                    var level: Level? = nil
                    if let l = item["level"] {
                        guard let v = Level(rawValue: try l.string()) else { throw l.fail(.badValue, "level") }
                        level = v
                    }
                    out.append(PackExample(rule: rule, text: try item.required("text").string(), shouldMatch: shouldMatch,
                                           level: level, file: item.file, line: item.line))
                } else {
                    out.append(PackExample(rule: rule, text: try item.string(), shouldMatch: shouldMatch, level: nil,
                                           file: item.file, line: item.line))
                }
            }
        }
        return out
    }
}
