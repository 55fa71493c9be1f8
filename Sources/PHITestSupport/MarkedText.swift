/// Text with positions marked by `⟦` and `⟧` around expected findings, for readable tests.
///
/// `MarkedText("SSN: ⟦536-90-4399⟧")` gives the text without markers and the byte ranges marked.
public struct MarkedText: Sendable {
    public let text: String
    public let spans: [Range<Int>]

    public init(_ marked: String) {
        var out: [UInt8] = []
        var spans: [Range<Int>] = []
        var open: Int? = nil
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" { open = out.count; continue }
            if scalar == "⟧", let o = open { spans.append(o..<out.count); open = nil; continue }
            out.append(contentsOf: Array(String(scalar).utf8))
        }
        self.text = String(decoding: out, as: UTF8.self)
        self.spans = spans
    }
}
