/// Turns a FHIR XML document into the tree its JSON form has, so that `FHIRReader` reads both
/// forms with one set of rules.
///
/// FHIR XML keeps primitive values in `value` attributes (`<family value="Lopez"/>`), names a
/// resource by its element (`<Patient xmlns="http://hl7.org/fhir">`) and wraps Bundle entries
/// and contained resources in `<resource>`/`<contained>`. So: an element with a `value`
/// attribute is a string; an element whose name starts with a capital is a resource, an object
/// with `resourceType`; a wrapper holding only a resource is that resource; any other element
/// is an object of its children; and a name repeated among siblings is an array. XML does not
/// say which single elements JSON would write as arrays, so `FHIRReader` accepts one value
/// where it expects a list. Element names are never values, and narrative XHTML (`div`) is
/// skipped (the structured elements carry the same facts). Nesting deeper than `maxDepth` is
/// dropped: bad input gives a partial tree or nil, never a trap.
struct FHIRXMLTree {
    static let maxDepth = 64

    private struct Node {
        var name: String
        var value: String?
        var children: [(String, Any)] = []
    }

    private var stack: [Node] = []
    /// Elements opened past `maxDepth` or inside a skipped one, still to be closed.
    private var ignoredDepth = 0
    private var root: [String: Any]?

    /// The tree of a FHIR XML document: the root resource as an object; nil when the document
    /// has no resource at its root.
    static func tree(of xml: [UInt8]) -> [String: Any]? {
        var builder = FHIRXMLTree()
        var tokenizer = MarkupTokenizer(html: false)
        tokenizer.feed(xml) { builder.handle($0) }
        tokenizer.finish { builder.handle($0) }
        return builder.root
    }

    /// True when the first bytes look like FHIR XML: a root element in the FHIR namespace.
    static func looksLikeXML(_ prefix: [UInt8]) -> Bool {
        let text = String(decoding: prefix.prefix(1024), as: UTF8.self)
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard trimmed.first == "<", let tagEnd = rootTag(trimmed) else { return false }
        return tagEnd.contains("\"http://hl7.org/fhir\"") || tagEnd.contains("'http://hl7.org/fhir'")
    }

    /// The first start tag of `text` that is not a declaration, comment or processing instruction.
    private static func rootTag(_ text: Substring) -> Substring? {
        var rest = text
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let close = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: close)...]
                continue
            }
            guard let close = after.firstIndex(of: ">") else { return nil }
            return after[..<close]
        }
        return nil
    }

    private mutating func handle(_ event: MarkupEvent) {
        switch event {
        case .text:
            break
        case .start(let nameBytes, let attributes, _):
            let name = String(decoding: nameBytes, as: UTF8.self)
            if ignoredDepth > 0 || stack.count >= Self.maxDepth || name == "div" || root != nil {
                ignoredDepth += 1
                return
            }
            stack.append(Node(name: name, value: MarkupTokenizer.attribute("value", in: attributes)))
        case .end:
            if ignoredDepth > 0 {
                ignoredDepth -= 1
                return
            }
            guard let node = stack.popLast() else { return }
            let built = Self.build(node)
            if stack.isEmpty {
                if let object = built as? [String: Any], object["resourceType"] != nil { root = object }
            } else {
                stack[stack.count - 1].children.append((node.name, built))
            }
        }
    }

    private static func isResource(_ name: String) -> Bool {
        name.first.map { $0.isUppercase } ?? false
    }

    private static func build(_ node: Node) -> Any {
        if let value = node.value, node.children.allSatisfy({ $0.0 == "extension" }) { return value }
        if !isResource(node.name), node.children.count == 1, isResource(node.children[0].0) {
            return node.children[0].1
        }
        var object: [String: Any] = [:]
        for (name, value) in node.children {
            if let existing = object[name] {
                object[name] = (existing as? [Any] ?? [existing]) + [value]
            } else {
                object[name] = value
            }
        }
        if let value = node.value { object["value"] = value }
        if isResource(node.name) { object["resourceType"] = node.name }
        return object
    }
}
