import PHIDetect
import Yams

/// Parses one pack file into a ``Pack``; every error names the file, the line and the key.
public enum PackParser {
    static let topKeys: Set<String> = ["schema", "pack", "data", "keyword_lists", "rules"]
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
        for ruleNode in try top.required("rules").sequence() {
            let (rule, examples) = try parseRule(ruleNode)
            if pack.ruleLines[rule.id] != nil { throw ruleNode.fail(.duplicateRule, rule.id) }
            pack.ruleLines[rule.id] = ruleNode.line
            pack.rules.append(rule)
            pack.examples += examples
        }
        return pack
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
