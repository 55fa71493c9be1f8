/// Streaming HTML → text, for detection: what a reader sees, with identifiers kept whole.
///
/// Entities are decoded (named, including `&nbsp;`, and numeric); `<script>`, `<style>` and
/// comments are dropped; block elements (`p`, `div`, `br`, `tr`, `li`, `h1`–`h6`, `table`…)
/// become line breaks and table cells are separated by a tab; inline tags (`b`, `i`, `span`,
/// `a`, `font`…) are joined without a space, so `<b>123</b>-45-6789` yields `123-45-6789`.
/// Runs of white space collapse to one space. Feed UTF-8 chunks split anywhere; the output does
/// not depend on the split.
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
        case .start(let name, _, let selfClosing):
            let tag = String(decoding: name, as: UTF8.self)
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
