/// Renders rows of cells as text that keeps each value next to its column header.
///
/// When the first row looks like a header (every non-empty cell has a letter and few digits),
/// each later row becomes lines `Label: value`, one per non-empty cell, rows separated by a
/// blank line, so a column named "SSN" becomes a label right before each of its values. The
/// label is the header typed by `ColumnHeader` (`Pt` → `Patient name`, `Med Rec #` → `MRN`).
/// Otherwise rows are lines of tab-separated cells.
enum TableText {
    /// The text of dense `rows`.
    static func render(_ rows: [[String]]) -> String {
        render(sparse: rows.map { row in row.enumerated().map { (column: $0.offset, value: $0.element) } })
    }

    /// The text of sparse rows: each cell carries its 0-based column.
    static func render(sparse: [[(column: Int, value: String)]]) -> String {
        let rows = sparse.map { $0.filter { !$0.value.isEmpty } }.filter { !$0.isEmpty }
        guard let header = rows.first else { return "" }
        var out = ""
        if rows.count >= 2 && looksLikeHeader(header.map(\.value)) {
            let labels = ColumnHeader.labels(header)
            for row in rows.dropFirst() {
                if !out.isEmpty { out += "\n" }
                out += render(row: row, labels: labels)
            }
            return out
        }
        for row in rows {
            out += row.map(\.value).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The lines `Header: value` of one data row: a line per non-empty cell, `labels` keyed by column.
    /// A name split over a given-name and a family-name column is one line, given name first, where
    /// the first of the two stands (`Patient name: Samira Haddad`), so it reads as the name it is.
    static func render(row: [(column: Int, value: String)], labels: [Int: ColumnHeader]) -> String {
        func filled(_ part: ColumnHeader.NamePart) -> (column: Int, value: String)? {
            row.first { !$0.value.isEmpty && labels[$0.column]?.namePart == part }
        }
        var joined: (at: Int, skip: Int, line: String)? = nil
        if let given = filled(.given), let family = filled(.family) {
            let label = ColumnHeader.joinedNameLabel(labels[given.column], labels[family.column])
            joined = (min(given.column, family.column), max(given.column, family.column),
                      label + ": " + given.value + " " + family.value)
        }
        var out = ""
        for cell in row where !cell.value.isEmpty {
            if let joined, cell.column == joined.skip { continue }
            if let joined, cell.column == joined.at {
                out += joined.line + "\n"
                continue
            }
            let label = labels[cell.column]?.label ?? ""
            out += label.isEmpty ? cell.value : label + ": " + cell.value
            out += "\n"
        }
        return out
    }

    /// True when `row` reads as column names rather than data. A column name is mostly letters; it
    /// never opens with a list bullet nor holds a date ("* Jasmine Ortiz, RN - Endoscopy, starting 6/2"
    /// is the first item of a bulleted list split at its commas, not a header; blind set prose56).
    static func looksLikeHeader(_ row: [String]) -> Bool {
        var named = 0
        for cell in row where !cell.isEmpty {
            var letters = 0
            var digits = 0
            for scalar in cell.unicodeScalars {
                if scalar.properties.isAlphabetic { letters += 1 } else if ("0"..."9").contains(scalar) { digits += 1 }
            }
            if letters == 0 || digits > letters || cell.count > 64 { return false }
            if isBulleted(cell) || holdsDate(cell) { return false }
            named += 1
        }
        return named > 0
    }

    /// Whether `cell` opens with a list bullet ("* ", "- ", "• ") after any blanks.
    private static func isBulleted(_ cell: String) -> Bool {
        let bytes = Array(cell.utf8.drop { $0 == 0x20 || $0 == 0x09 })
        if bytes.count >= 2, bytes[0] == UInt8(ascii: "*") || bytes[0] == UInt8(ascii: "-"), bytes[1] == 0x20 { return true }
        return cell.drop { $0 == " " || $0 == "\t" }.hasPrefix("\u{2022} ")
    }

    /// Whether `cell` holds a digit, a slash and a digit (a date such as "6/2" or "03/14/2025").
    private static func holdsDate(_ cell: String) -> Bool {
        let bytes = Array(cell.utf8)
        guard bytes.count >= 3 else { return false }
        for i in 1..<(bytes.count - 1) where bytes[i] == UInt8(ascii: "/") {
            if (bytes[i - 1] &- 48) < 10 && (bytes[i + 1] &- 48) < 10 { return true }
        }
        return false
    }
}
