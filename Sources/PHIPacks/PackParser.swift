import PHIDetect
import Yams

/// Parses one pack file into a ``Pack``; every error names the file, the line and the key.
public enum PackParser {
    static let topKeys: Set<String> = ["schema", "pack", "data", "keyword_lists", "fragments", "rules"]
    static let ruleKeys: Set<String> = ["id", "type", "description", "prefilter", "window", "patterns", "normalize",
                                        "validators", "evidence", "levels", "exclude", "allow", "mask", "examples"]

    /// Parses `yaml` read from `file` (`directory` resolves data paths).
    public static func parse(_ yaml: String, file: String, directory: String) throws(PackError) -> Pack {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { throw PackError(.badYAML, file: file, line: 1, "empty") }
            root = node
        } catch let e as PackError {
            throw e
        } catch let e as YamlError {
            throw PackError(.badYAML, file: file, line: yamlLine(e), "not valid YAML")
        } catch {
            throw PackError(.badYAML, file: file, line: 1, "not valid YAML")
        }
        let top = YAMLNode(node: root, file: file, path: "")
        _ = try top.mapping(allowed: topKeys)
        guard try top.required("schema").string() == "phi-pack/1" else {
            throw top.fail(.badSchema, "schema must be phi-pack/1")
        }
        let meta = try top.required("pack")
        _ = try meta.mapping(allowed: ["id", "version", "description"])
        var pack = Pack(id: try meta.required("id").string(), version: try meta.required("version").string(),
                        description: try meta["description"]?.string() ?? "", file: file, dataFiles: [:],
                        keywordLists: [:], keywordFiles: [:], rules: [], ruleLines: [:], examples: [])
        for (name, value) in try top["data"]?.mapping() ?? [] {
            // One file, or a list of files whose lines make one set (a public list plus local additions).
            let files = value.isSequence ? try value.strings() : [try value.string()]
            pack.dataFiles[name] = files.map { resolve($0, directory) }
        }
        for (name, value) in try top["keyword_lists"]?.mapping() ?? [] {
            if value.isMapping {
                _ = try value.mapping(allowed: ["file"])
                pack.keywordFiles[name] = resolve(try value.required("file").string(), directory)
            } else {
                pack.keywordLists[name] = try value.strings()
            }
        }
        let fragments = try parseFragments(top["fragments"])
        for ruleNode in try top.required("rules").sequence() {
            let (rule, examples) = try parseRule(ruleNode, fragments: fragments)
            if pack.ruleLines[rule.id] != nil { throw ruleNode.fail(.duplicateRule, rule.id) }
            pack.ruleLines[rule.id] = ruleNode.line
            pack.rules.append(rule)
            pack.examples += examples
        }
        return pack
    }

    /// `fragments`: named pieces of regex that patterns and exclusions share, written `{{name}}`
    /// where they are used (one list of honorifics for every pattern that opens with one).
    static func parseFragments(_ node: YAMLNode?) throws(PackError) -> [String: String] {
        var fragments: [String: String] = [:]
        for (name, value) in try node?.mapping() ?? [] {
            guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }) else {
                throw value.fail(.badValue, "a fragment's name is lower-case letters, digits and _")
            }
            let text = try value.string()
            guard !text.contains("{{") else { throw value.fail(.badValue, "a fragment may not use another fragment") }
            fragments[name] = text
        }
        return fragments
    }

    /// The regex of `node` with each `{{name}}` replaced by its fragment, as a group of its own.
    static func expand(_ node: YAMLNode, _ fragments: [String: String]) throws(PackError) -> String {
        let text = try node.string()
        guard text.contains("{{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw node.fail(.badValue, "a fragment reference {{ without its }}")
            }
            let name = String(rest[open.upperBound..<close.lowerBound])
            guard let fragment = fragments[name] else { throw node.fail(.badValue, "unknown fragment \(name)") }
            out += "(?:\(fragment))"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    static func resolve(_ path: String, _ directory: String) -> String {
        path.hasPrefix("/") || directory.isEmpty ? path : "\(directory)/\(path)"
    }

    static func yamlLine(_ error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
        default: return 1
        }
    }
}
