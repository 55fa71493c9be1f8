import Yams

/// A YAML node with its file and line, and typed accessors that throw ``PackError``.
struct YAMLNode {
    let node: Node
    let file: String
    let path: String

    var line: Int { (node.mark?.line ?? 0) }

    func fail(_ code: PackError.Code, _ detail: String) -> PackError {
        PackError(code, file: file, line: line, detail.isEmpty ? path : "\(path): \(detail)")
    }

    var isMapping: Bool { node.mapping != nil }
    var isSequence: Bool { node.sequence != nil }

    func string() throws(PackError) -> String {
        guard let s = node.scalar?.string else { throw fail(.wrongType, "expected a string") }
        return s
    }

    func int() throws(PackError) -> Int {
        guard let s = node.scalar?.string, let v = Int(s) else { throw fail(.wrongType, "expected an integer") }
        return v
    }

    /// A window or distance in bytes: 0 through 4096 (a negative one would trap in the scanner,
    /// a huge one would make every match walk the whole text).
    func distance() throws(PackError) -> Int {
        let v = try int()
        guard (0...4_096).contains(v) else { throw fail(.badValue, "must be 0 to 4096 bytes") }
        return v
    }

    func bool() throws(PackError) -> Bool {
        guard let s = node.scalar?.string.lowercased() else { throw fail(.wrongType, "expected true or false") }
        switch s {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(.wrongType, "expected true or false")
        }
    }

    /// Mapping entries in order; refuses keys outside `allowed` (when given) with their line.
    func mapping(allowed: Set<String>? = nil) throws(PackError) -> [(key: String, value: YAMLNode)] {
        guard let map = node.mapping else { throw fail(.wrongType, "expected a mapping") }
        var out: [(String, YAMLNode)] = []
        for (k, v) in map {
            guard let key = k.scalar?.string else { throw fail(.wrongType, "keys must be strings") }
            let child = YAMLNode(node: v, file: file, path: path.isEmpty ? key : "\(path).\(key)")
            if let allowed, !allowed.contains(key) {
                throw PackError(.unknownKey, file: file, line: k.mark?.line ?? line, "\(path.isEmpty ? "" : path + ".")\(key)")
            }
            out.append((key, child))
        }
        return out
    }

    func sequence() throws(PackError) -> [YAMLNode] {
        guard let seq = node.sequence else { throw fail(.wrongType, "expected a list") }
        return seq.enumerated().map { YAMLNode(node: $0.element, file: file, path: "\(path)[\($0.offset)]") }
    }

    func strings() throws(PackError) -> [String] {
        if node.scalar != nil { return [try string()] }
        var out: [String] = []
        for item in try sequence() { out.append(try item.string()) }
        return out
    }

    subscript(_ key: String) -> YAMLNode? {
        guard let map = node.mapping, let v = map[Node(key)] else { return nil }
        return YAMLNode(node: v, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }

    func required(_ key: String) throws(PackError) -> YAMLNode {
        guard let v = self[key] else { throw fail(.missingKey, key) }
        return v
    }
}
