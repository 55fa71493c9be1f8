/// Streaming HTML → text, for detection: what a reader sees, with identifiers kept whole.
///
/// Entities are decoded (named, including `&nbsp;`, and numeric); `<script>`, `<style>` and
/// comments are dropped; block elements (`p`, `div`, `br`, `tr`, `li`, `h1`–`h6`, `table`…)
/// become line breaks and table cells are separated by a tab; inline tags (`b`, `i`, `span`,
/// `a`, `font`…) are joined without a space, so `<b>123</b>-45-6789` yields `123-45-6789`.
/// Runs of white space collapse to one space. Text people type or read in attributes (`alt`,
/// `title`, `value`, `placeholder`, and `content` of `<meta>`) is kept as text of its own, set off
/// by spaces. Feed UTF-8 chunks split anywhere; the output does not depend on the split.
public struct HTMLTextStream {
    private var tokenizer = MarkupTokenizer(html: true)
    private var atLineStart = true
    private var pendingSpace = false
    private var pendingTab = false
    private var preDepth = 0

    /// Makes a stream at the start of a document.
    public init() {}

    /// Converts the next chunk and returns the text it completes.
    public mutating func feed(_ utf8: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var tok = tokenizer
        tok.feed(utf8) { self.handle($0, into: &out) }
        tokenizer = tok
        return out
    }

    /// Ends the document and returns the remaining text.
    public mutating func finish() -> [UInt8] {
        var out: [UInt8] = []
        var tok = tokenizer
        tok.finish { self.handle($0, into: &out) }
        tokenizer = tok
        if !atLineStart { out.append(0x0A) }
        atLineStart = true
        pendingSpace = false
        pendingTab = false
        return out
    }

    /// Converts a whole document.
    public static func text(of html: some Collection<UInt8>) -> String {
        var stream = HTMLTextStream()
        var out = stream.feed(html)
        out += stream.finish()
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func handle(_ event: MarkupEvent, into out: inout [UInt8]) {
        switch event {
        case .text(let bytes):
            for b in bytes {
                if MarkupTokenizer.isSpace(b) {
                    if preDepth > 0 && b == 0x0A {
                        out.append(0x0A)
                        atLineStart = true
                        pendingSpace = false
                        pendingTab = false
                    } else {
                        pendingSpace = true
                    }
                    continue
                }
                if !atLineStart {
                    if pendingTab {
                        out.append(0x09)
                    } else if pendingSpace {
                        out.append(0x20)
                    }
                }
                pendingSpace = false
                pendingTab = false
                out.append(b)
                atLineStart = false
            }
        case .start(let name, let attributes, let selfClosing):
            let tag = String(decoding: name, as: UTF8.self)
            textAttributes(tag: tag, raw: attributes, into: &out)
            if tag == "td" || tag == "th" {
                if !atLineStart { pendingTab = true }
            } else if Self.blocks.contains(tag) {
                lineBreak(&out)
                if tag == "pre" && !selfClosing { preDepth += 1 }
            } else if tag == "img" || tag == "input" || tag == "wbr" {
                pendingSpace = pendingSpace || tag != "wbr"
            }
        case .end(let name):
            let tag = String(decoding: name, as: UTF8.self)
            if tag == "td" || tag == "th" {
                if !atLineStart { pendingTab = true }
            } else if Self.blocks.contains(tag) {
                lineBreak(&out)
                if tag == "pre" && preDepth > 0 { preDepth -= 1 }
            }
        }
    }

    /// Emits the values of the attributes that carry human text, each set off by spaces.
    private mutating func textAttributes(tag: String, raw: [UInt8], into out: inout [UInt8]) {
        guard raw.count >= 4, Self.mayHoldTextAttribute(raw) else { return }
        let attributes = MarkupTokenizer.attributes(in: raw)
        // <meta name="description|keywords|subject|author" content="...">, never http-equiv or viewport.
        let metaName = tag == "meta" ? attributes.first { $0.name.lowercased() == "name" }?.value.lowercased() : nil
        let metaText = metaName.map { ["description", "keywords", "subject", "author", "title"].contains($0) } ?? false
        for (name, value) in attributes {
            let key = name.lowercased()
            guard Self.textAttributes.contains(key) || (key == "content" && metaText) else { continue }
            let bytes = Array(value.utf8)
            guard bytes.contains(where: { !MarkupTokenizer.isSpace($0) }) else { continue }
            pendingSpace = true
            handle(.text(bytes), into: &out)
            pendingSpace = true
        }
    }

    /// A cheap test before parsing attributes: does `raw` contain `alt=`, `title=`, `value=`,
    /// `placeholder=` or `content=` in any case (white space before `=` allowed)?
    static func mayHoldTextAttribute(_ raw: [UInt8]) -> Bool {
        var i = 0
        while i < raw.count {
            if raw[i] == UInt8(ascii: "=") {
                var end = i
                while end > 0 && MarkupTokenizer.isSpace(raw[end - 1]) { end -= 1 }
                var start = end
                while start > 0 && MarkupTokenizer.isLetter(raw[start - 1]) { start -= 1 }
                if end - start >= 3 && end - start <= 11 {
                    let word = String(decoding: raw[start..<end].map(MarkupTokenizer.lower), as: UTF8.self)
                    if textAttributes.contains(word) || word == "content" { return true }
                }
            }
            i += 1
        }
        return false
    }

    private static let textAttributes: Set<String> = ["alt", "title", "value", "placeholder"]

    private mutating func lineBreak(_ out: inout [UInt8]) {
        if !atLineStart { out.append(0x0A) }
        atLineStart = true
        pendingSpace = false
        pendingTab = false
    }

    private static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p",
        "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul", "xmp", "listing",
    ]
}
