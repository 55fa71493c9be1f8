/// A piece of UTF-8 text taken from a part, with where it came from inside the part.
public struct TextSegment: Sendable, Equatable {
    /// Where inside the container: "labs.xlsx/Sheet1", "docs.zip/a/report.docx", "scan.pdf", or "" for the part itself.
    public var path: String
    /// The text, UTF-8.
    public var text: String

    /// Makes a segment.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
