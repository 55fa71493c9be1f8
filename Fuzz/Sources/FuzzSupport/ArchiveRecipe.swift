/// Builds a container from a fuzzer input, so the fuzzer works on entry names and contents
/// instead of fighting CRCs and length fields.
///
/// Layout: a format byte (zip, tar, tar.gz, gzip), then entries until the input ends, each a
/// name field and a content (`FuzzReader.field()`, then a 16-bit length and that many bytes).
/// A one-byte name picks a well-known name (Office parts, embedded files, nested archives); a
/// name starting with `+` makes the entry's content a recipe of its own, built into a nested
/// container (zip in tar in gzip…), so depth limits are reached.
public enum ArchiveRecipe {
    /// The container formats a recipe can build.
    public enum Format: CaseIterable, Sendable {
        case zip, tar, tarGzip, gzip

        /// A file name with the extension of the format.
        public var filename: String {
            switch self {
            case .zip: "archive.zip"
            case .tar: "archive.tar"
            case .tarGzip: "archive.tar.gz"
            case .gzip: "archive.txt.gz"
            }
        }
    }

    /// Names the fuzzer can pick with one byte: what the Office and archive readers look for.
    public static let knownNames = [
        "word/document.xml", "word/header1.xml", "word/footer2.xml", "word/footnotes.xml", "word/endnotes.xml",
        "word/comments.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
        "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "ppt/presentation.xml",
        "ppt/slides/slide1.xml", "ppt/slides/slide10.xml", "ppt/notesSlides/notesSlide1.xml", "content.xml",
        "META-INF/manifest.xml", "mimetype", "word/embeddings/inner.docx", "word/embeddings/inner.xlsx",
        "word/embeddings/table.csv", "Object 1/content.xml", "notes.txt", "list.csv", "page.html", "doc.rtf",
        "data.xml", "inner.zip", "inner.tar", "inner.tgz", "inner.gz", "report.pdf", "scan.png", "dir/",
        "../escape.txt", "/abs.txt", "sheet.ods", "deck.pptx",
    ]

    /// The container built from `reader`, with its format (read from the input unless given).
    public static func build(_ reader: inout FuzzReader, format given: Format? = nil,
                             depth: Int = 0) -> (format: Format, bytes: [UInt8]) {
        let format = given ?? Format.allCases[Int(reader.byte()) % Format.allCases.count]
        var entries: [(name: String, data: [UInt8])] = []
        while !reader.isAtEnd && entries.count < 64 {
            var name = reader.field()
            if name.count == 1 { name = Array(knownNames[Int(name[0]) % knownNames.count].utf8) }
            var data = reader.take(reader.uint16())
            if name.first == UInt8(ascii: "+") && depth < 6 {
                name.removeFirst()
                var inner = FuzzReader(data)
                data = build(&inner, depth: depth + 1).bytes
            }
            let text = String(decoding: name, as: UTF8.self)
            entries.append((text.isEmpty ? "entry\(entries.count).txt" : text, data))
        }
        switch format {
        case .zip: return (format, ArchiveWriter.zip(entries))
        case .tar: return (format, ArchiveWriter.tar(entries))
        case .tarGzip: return (format, ArchiveWriter.gzip(ArchiveWriter.tar(entries)))
        case .gzip: return (format, ArchiveWriter.gzip(entries.first?.data ?? [], name: entries.first?.name))
        }
    }
}
