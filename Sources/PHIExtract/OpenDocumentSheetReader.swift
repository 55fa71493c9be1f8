/// Text from the `content.xml` of an OpenDocument spreadsheet (.ods): one text per table.
///
/// Cells are the text of their paragraphs (as displayed, so dates keep their format);
/// `table:number-columns-repeated` advances the column, and a repeated non-empty cell is kept
/// at most a few times. Each table is rendered by `TableText` with header context.
enum OpenDocumentSheetReader {
    /// True when `content.xml` holds a spreadsheet body.
    static func isSpreadsheet(_ xml: [UInt8]) -> Bool {
        bytesContain(xml, Array("<office:spreadsheet".utf8))
    }

    /// (table name, text) for each table in document order.
    static func sheets(_ xml: [UInt8]) -> [(String, String)] {
        var out: [(String, String)] = []
        var name = ""
        var rows: [[(column: Int, value: String)]] = []
        var row: [(column: Int, value: String)] = []
        var column = 0
        var repeatCount = 1
        var cell: [UInt8] = []
        var inCell = false
        var paragraphs = 0
        var tokenizer = MarkupTokenizer(html: false)
        let handle: (MarkupEvent) -> Void = { event in
            switch event {
            case .start(let tag, let attributes, _):
                switch String(decoding: tag, as: UTF8.self) {
                case "table":
                    name = MarkupTokenizer.attribute("name", in: attributes) ?? "Sheet\(out.count + 1)"
                    rows = []
                case "table-row":
                    row = []
                    column = 0
                case "table-cell", "covered-table-cell":
                    inCell = true
                    cell = []
                    paragraphs = 0
                    let repeated = MarkupTokenizer.attribute("number-columns-repeated", in: attributes).flatMap { Int($0) }
                    repeatCount = min(max(repeated ?? 1, 1), 1 << 14)
                case "p", "h":
                    if inCell && paragraphs > 0 { cell.append(0x20) }
                    paragraphs += 1
                case "s", "tab":
                    if inCell { cell.append(0x20) }
                case "line-break":
                    if inCell { cell.append(0x20) }
                default:
                    break
                }
            case .end(let tag):
                switch String(decoding: tag, as: UTF8.self) {
                case "table-cell", "covered-table-cell":
                    inCell = false
                    let value = String(decoding: cell, as: UTF8.self)
                    if !value.isEmpty {
                        for offset in 0..<min(repeatCount, 4) { row.append((column + offset, value)) }
                    }
                    column += repeatCount
                case "table-row":
                    rows.append(row)
                case "table":
                    out.append((name, TableText.render(sparse: rows)))
                default:
                    break
                }
            case .text(let bytes):
                if inCell { cell += bytes }
            }
        }
        tokenizer.feed(xml, handle)
        tokenizer.finish(handle)
        return out
    }
}
