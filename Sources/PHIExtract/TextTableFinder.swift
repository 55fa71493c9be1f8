#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds tables pasted into running text (a mail body) and renders them as a CSV/TSV attachment is
/// rendered, so each value follows its column header (`TableText`).
///
/// A table is a run of at least three consecutive lines, a header and two or more rows, that split
/// into the same number (two or more) of cells by TAB, whose first line reads as column names
/// (`TableText.looksLikeHeader`) with at least two of them filled. TAB is what a spreadsheet paste
/// and the HTML-to-text conversion produce; commas, semicolons and bars are left alone because
/// prose has them. Lines end in LF or CRLF; the last line needs no line end.
///
/// Feed text in chunks of any size: the events are the same for any chunking. Memory is bounded:
/// at most the current line (up to `maxLineBytes`; a longer line is not a table line) and the
/// three lines that confirm a table are kept; after that each row is rendered as it ends.
public struct TextTableFinder {
    /// What the finder reports, in text order.
    public enum Event: Equatable, Sendable {
        /// A table begins; its header is `line` (1-based) of the text.
        case start(line: Int)
        /// Rendered rows of the current table: `Header: value` lines, rows separated by a blank line.
        case rows(String)
        /// The current table ended.
        case end
    }

    /// The longest line, in bytes, that can belong to a table.
    public let maxLineBytes: Int

    private var line: [UInt8] = []
    private var lineTooLong = false
    private var lineNumber = 0
    /// Lines that may start a table (the header first), and the line number of the header.
    private var candidate: [[String]] = []
    private var candidateLine = 0
    /// Header labels by column and cell count of the table being read; nil outside a table.
    private var table: (labels: [Int: String], columns: Int)? = nil

    /// Makes a finder.
    public init(maxLineBytes: Int = 65_536) {
        self.maxLineBytes = maxLineBytes
    }

    /// Feeds the next chunk of UTF-8 text; returns what it completed.
    public mutating func feed(_ bytes: [UInt8]) -> [Event] {
        var events: [Event] = []
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var from = 0
            while from < raw.count {
                let newline = memchr(base + from, 0x0A, raw.count - from).map { base.distance(to: UnsafeRawPointer($0)) }
                let end = newline ?? raw.count
                if newline != nil && line.isEmpty && !lineTooLong && memchr(base + from, 0x09, end - from) == nil {
                    // Most lines: whole in this chunk and without a TAB, so they need no copy.
                    read(nil, &events)
                } else {
                    append(bytes[from..<end])
                    if newline != nil { endLine(&events) }
                }
                from = end + 1
            }
        }
        return events
    }

    /// Ends the text: a last line without a line end still counts, and an open table ends.
    public mutating func finish() -> [Event] {
        var events: [Event] = []
        if !line.isEmpty || lineTooLong { endLine(&events) }
        if table != nil {
            events.append(.end)
            table = nil
        }
        candidate = []
        return events
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        guard !lineTooLong else { return }
        if line.count + bytes.count > maxLineBytes {
            lineTooLong = true
            line.removeAll()
        } else {
            line.append(contentsOf: bytes)
        }
    }

    /// Ends the line gathered in `line`.
    private mutating func endLine(_ events: inout [Event]) {
        let cells = lineTooLong ? nil : Self.cells(line)
        line.removeAll(keepingCapacity: true)
        lineTooLong = false
        read(cells, &events)
    }

    /// Reads the next line, given its cells (nil when it has no TAB or is too long).
    private mutating func read(_ cells: [String]?, _ events: inout [Event]) {
        lineNumber += 1
        if let current = table {
            if let cells, cells.count == current.columns {
                let text = TableText.render(row: Self.sparse(cells), labels: current.labels)
                if !text.isEmpty { events.append(.rows("\n" + text)) }
                return
            }
            events.append(.end)
            table = nil
        }
        guard let cells else {
            candidate = []
            return
        }
        if !candidate.isEmpty && cells.count == candidate[0].count {
            candidate.append(cells)
        } else if Self.isHeader(cells) {
            candidate = [cells]
            candidateLine = lineNumber
        } else {
            candidate = []
        }
        guard candidate.count == 3 else { return }
        var labels: [Int: String] = [:]
        for cell in Self.sparse(candidate[0]) { labels[cell.column] = cell.value }
        let rows = candidate.dropFirst().map { TableText.render(row: Self.sparse($0), labels: labels) }
            .filter { !$0.isEmpty }
        events.append(.start(line: candidateLine))
        if !rows.isEmpty { events.append(.rows(rows.joined(separator: "\n"))) }
        table = (labels, candidate[0].count)
        candidate = []
    }

    /// The TAB-separated cells of a line, parsed as a TSV row (which drops a CR); nil without a TAB.
    static func cells(_ line: [UInt8]) -> [String]? {
        guard line.contains(0x09) else { return nil }
        return DelimitedText.parse(String(decoding: line, as: UTF8.self), delimiter: 0x09, maxRows: 1).first
    }

    /// True when `cells` can be a table header: two or more filled cells that read as column names.
    static func isHeader(_ cells: [String]) -> Bool {
        cells.count(where: { !$0.isEmpty }) >= 2 && TableText.looksLikeHeader(cells)
    }

    private static func sparse(_ cells: [String]) -> [(column: Int, value: String)] {
        cells.enumerated().map { (column: $0.offset, value: $0.element) }
    }
}
