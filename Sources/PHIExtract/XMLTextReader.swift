/// Which XML elements carry text and which mark boundaries, for one document format.
struct XMLTextRules: Sendable {
    /// Local names whose text content is kept; empty keeps all non-blank text.
    var textElements: Set<String> = []
    /// Local names that end a paragraph (newline, or a space inside a cell).
    var paragraphs: Set<String> = []
    /// Local names of table cells (a tab after each).
    var cells: Set<String> = []
    /// Local names of table rows (a newline after each).
    var rows: Set<String> = []
    /// Empty elements that stand for a character: tab, line break, spaces.
    var characters: [String: UInt8] = [:]
    /// Local names whose content is dropped.
    var skipped: Set<String> = []
    /// Every element ends a line, and attribute values are kept as `name: value` lines (generic XML such as CDA).
    var everyElement = false

    /// Any XML: text of every element on its own line, with attribute values.
    static let generic = XMLTextRules(everyElement: true)

    /// Word: `w:t` and deleted `w:delText` runs; paragraphs, table cells and rows.
    static let docx = XMLTextRules(
        textElements: ["t", "delText"], paragraphs: ["p"], cells: ["tc"], rows: ["tr"],
        characters: ["tab": 0x09, "br": 0x0A, "cr": 0x0A, "noBreakHyphen": 0x2D],
        skipped: ["instrText", "tabs", "pPr", "rPr"])
    /// PowerPoint: `a:t` runs in `a:p` paragraphs, tables of `a:tc`.
    static let pptx = XMLTextRules(
        textElements: ["t"], paragraphs: ["p"], cells: ["tc"], rows: ["tr"], characters: ["br": 0x0A])
    /// OpenDocument `content.xml`: text in `text:p`/`text:h`, `table:table-cell`, `text:s`, `text:tab`.
    static let odf = XMLTextRules(
        textElements: ["p", "h"], paragraphs: ["p", "h"], cells: ["table-cell"], rows: ["table-row"],
        characters: ["tab": 0x09, "line-break": 0x0A, "s": 0x20],
        skipped: ["annotation-end", "bookmark-ref", "note-citation"])
}

/// Streaming XML → text under `XMLTextRules`: text nodes of the chosen elements, paragraphs as
/// newlines, table cells as tabs, entities decoded. Chunks may be split anywhere.
struct XMLTextReader {
    private var tokenizer = MarkupTokenizer(html: false)
    private let rules: XMLTextRules
    private var textDepth = 0
    private var cellDepth = 0
    private var skipDepth = 0
    /// Generic rules keep a run of text (between tags) only when it is not blank; its blank start
    /// is held until that is known, so the output does not depend on where chunks split the run.
    private var heldBlank: [UInt8] = []
    private var runHasText = false
    private(set) var output: [UInt8] = []
    /// Output stops growing past this many bytes; `truncated` is then set.
    let maxBytes: Int
    private(set) var truncated = false

    init(rules: XMLTextRules, maxBytes: Int = Int.max) {
        self.rules = rules
        self.maxBytes = maxBytes
    }

    /// Reads the next chunk of the document.
    mutating func feed(_ bytes: some Collection<UInt8>) {
        var tok = tokenizer
        tok.feed(bytes) { self.handle($0) }
        tokenizer = tok
    }

    /// Ends the document.
    mutating func finish() {
        var tok = tokenizer
        tok.finish { self.handle($0) }
        tokenizer = tok
    }

    /// The text of a whole document.
    static func text(of xml: some Collection<UInt8>, rules: XMLTextRules) -> [UInt8] {
        var reader = XMLTextReader(rules: rules)
        reader.feed(xml)
        reader.finish()
        return reader.output
    }

    private mutating func emit(_ bytes: some Collection<UInt8>) {
        guard !truncated else { return }
        if output.count + bytes.count > maxBytes {
            truncated = true
            return
        }
        output.append(contentsOf: bytes)
    }

    private mutating func handle(_ event: MarkupEvent) {
        switch event {
        case .text(let bytes):
            guard skipDepth == 0 else { return }
            if rules.textElements.isEmpty {
                if runHasText {
                    emit(bytes)
                } else if bytes.contains(where: { !MarkupTokenizer.isSpace($0) }) {
                    runHasText = true
                    emit(heldBlank + bytes)
                    heldBlank = []
                } else {
                    heldBlank += bytes
                }
            } else if textDepth > 0 {
                emit(bytes)
            }
        case .start(let nameBytes, let attributes, _):
            endRun()
            let name = String(decoding: nameBytes, as: UTF8.self)
            if rules.everyElement {
                newline()
                for (key, value) in MarkupTokenizer.attributes(in: attributes) where !key.hasPrefix("xmlns") {
                    emit(Array((key + ": " + value + "\n").utf8))
                }
            }
            if rules.skipped.contains(name) { skipDepth += 1 }
            if rules.textElements.contains(name) { textDepth += 1 }
            if rules.cells.contains(name) { cellDepth += 1 }
            if let char = rules.characters[name], skipDepth == 0 {
                var count = 1
                if name == "s", let c = MarkupTokenizer.attribute("c", in: attributes), let n = Int(c) {
                    count = min(max(n, 1), 64)
                }
                emit(repeatElement(char, count: count))
            }
        case .end(let nameBytes):
            endRun()
            let name = String(decoding: nameBytes, as: UTF8.self)
            if rules.everyElement { newline() }
            if rules.skipped.contains(name) && skipDepth > 0 { skipDepth -= 1 }
            if rules.textElements.contains(name) && textDepth > 0 { textDepth -= 1 }
            if rules.paragraphs.contains(name) {
                emit(cellDepth > 0 ? [0x20] : [0x0A])
            }
            if rules.cells.contains(name) {
                if cellDepth > 0 { cellDepth -= 1 }
                trimTrailingSpace()
                emit([0x09])
            }
            if rules.rows.contains(name) {
                trimTrailingSpace()
                if output.last == 0x09 { output.removeLast() }
                emit([0x0A])
            }
        }
    }

    /// A tag ends the run of text before it; a blank run is dropped.
    private mutating func endRun() {
        heldBlank = []
        runHasText = false
    }

    private mutating func newline() {
        if let last = output.last, last != 0x0A { emit([0x0A]) }
    }

    private mutating func trimTrailingSpace() {
        while output.last == 0x20 { output.removeLast() }
    }
}
