/// Gathers one FHIR document (JSON or XML) pasted into running text, line by line, until it is
/// complete: the JSON object's closing brace, or the XML root element's end tag.
///
/// Lines come without their reply quoting (`> `); what follows the document's end on its last
/// line is dropped. A document over `maxBytes` overflows and is given up: the text around it is
/// then read as prose, as it would be without this collector.
struct FHIRTextCollector {
    /// How a line can open a FHIR document.
    enum Opening: Equatable {
        /// `{` alone on its line: FHIR only when the next non-blank line starts with `"resourceType"`.
        case brace
        /// `{"resourceType"` …: a FHIR JSON resource.
        case json
        /// `<?xml …?>` (or a comment): FHIR only when the root element that follows is in the FHIR namespace.
        case declaration
        /// A root element in the FHIR namespace, by its local name (`Patient`, `Bundle`).
        case xml(root: String)
    }

    /// The most bytes gathered for one document.
    static let maxBytes = 1 << 20

    /// The local name of the XML root, nil for JSON.
    let root: String?
    private(set) var bytes: [UInt8] = []
    private(set) var complete = false
    private(set) var overflowed = false
    private var depth = 0
    private var opened = false
    private var inString = false
    private var escaped = false

    /// A collector for JSON (`root` nil) or XML with the given root element.
    init(root: String?) {
        self.root = root
    }

    /// How `line` (quoting dropped) opens a document, if it does.
    static func opening(_ line: Substring) -> Opening? {
        let trimmed = line.trimmingSuffix { $0 == " " || $0 == "\t" }
        if trimmed == "{" { return .brace }
        if trimmed.hasPrefix("{") {
            return trimmed.dropFirst().drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("\"resourceType\"") ? .json : nil
        }
        guard trimmed.hasPrefix("<") else { return nil }
        if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<!--") { return .declaration }
        guard FHIRXMLTree.looksLikeXML(Array(trimmed.utf8)), let name = tagNames(trimmed).first else { return nil }
        return .xml(root: name.local)
    }

    /// True when a line that follows `{` alone confirms a FHIR JSON resource.
    static func confirmsBrace(_ line: Substring) -> Bool {
        line.hasPrefix("\"resourceType\"")
    }

    /// True when `line` (quoting dropped, not blank) can continue the document: never a line that
    /// opens an HL7 message or an X12 interchange, and in JSON only a line that starts as a JSON
    /// token does (a document cut short must not swallow the text after it).
    func accepts(_ line: Substring) -> Bool {
        if HL7Reader.isHeader(line) || X12Reader.isHeader(line) { return false }
        guard root == nil, let first = line.first else { return true }
        return "\"{}[],-0123456789tfn".contains(first)
    }

    /// Adds the next line (quoting dropped) and a line end; sets `complete` at the document's end.
    mutating func add(_ line: Substring) {
        guard !complete, !overflowed else { return }
        let utf8 = Array(line.utf8)
        guard bytes.count + utf8.count < Self.maxBytes else {
            overflowed = true
            bytes = []
            return
        }
        if let root {
            bytes += utf8
            bytes.append(0x0A)
            for tag in Self.tagNames(line) where tag.local == root {
                depth += tag.closing ? -1 : 1
                if !tag.closing { opened = true }
            }
            if opened && depth <= 0 { complete = true }
            return
        }
        for (i, b) in utf8.enumerated() {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x22: inString = true
            case 0x7B, 0x5B:
                depth += 1
                opened = true
            case 0x7D, 0x5D:
                depth -= 1
                if opened && depth <= 0 {
                    bytes += utf8[...i]
                    bytes.append(0x0A)
                    complete = true
                    return
                }
            default: break
            }
        }
        bytes += utf8
        bytes.append(0x0A)
    }

    /// The start and end tags in `line`: their local names and whether they end an element.
    static func tagNames(_ line: Substring) -> [(local: String, closing: Bool)] {
        var out: [(local: String, closing: Bool)] = []
        var rest = line[...]
        while let open = rest.firstIndex(of: "<") {
            var i = rest.index(after: open)
            var closing = false
            if i < rest.endIndex, rest[i] == "/" {
                closing = true
                i = rest.index(after: i)
            }
            let name = rest[i...].prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "_" || $0 == "-" || $0 == "." }
            rest = rest[name.endIndex...]
            guard let first = name.first, first.isLetter else { continue }
            let local = name.split(separator: ":").last.map(String.init) ?? ""
            let selfClosing = !closing && rest.firstIndex(of: ">").map { rest[..<$0].last == "/" } == true
            if !selfClosing { out.append((local, closing)) }
        }
        return out
    }
}

extension Substring {
    /// The substring without its trailing elements that satisfy `predicate`.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
