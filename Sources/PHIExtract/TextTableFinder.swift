#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PHIText

/// Finds tables typed or pasted into running text (a mail body, a `.txt` file, the text of a Word
/// or ODF document) and renders them as a CSV/TSV attachment is rendered, so each value follows
/// its typed column label (`TableText`, `ColumnHeader`).
///
/// A table is a run of at least three consecutive lines that split the same way (`TableDelimiter`:
/// TAB, bars, Markdown, semicolons, commas with CSV quoting, space-aligned fixed-width columns)
/// into the same number of cells (two or more; three for commas; a later bar or TAB row may leave
/// its empty last cells off), no cell over 60 characters.
/// Two TAB lines are a table of one record when the first is a header naming a known column and
/// the second a row of as many cells (an HTML table with one row), read once the next line shows
/// it does not continue them.
/// With a header (the first line reads as column names, `TableText.looksLikeHeader`, two of them
/// filled) the rows are rendered `Label: value`; without one, three rows of two or more filled
/// cells each are rendered as TAB-separated lines. Prose is kept out: lines split by anything but
/// TAB must not read as sentences (`TableDelimiter.notProse`), fixed-width columns must start at
/// the same places on every line, and label/value lines (`Phone:<TAB>…`) are no headerless table.
/// Markdown separator rows and rulers (`|---|`, `-----  ----`) are skipped; `> ` quote marks are
/// removed first, so a list quoted in a reply is read too. Lines end in LF or CRLF; the last line
/// needs no line end.
///
/// A header with a ruler of dash groups under it (`Bed   Pt    Going to` / `----  ----  -------`)
/// opens a table at once, and its rows are cut where the ruler's groups start (`RuledColumns`), so
/// a row with one space between two columns is read too.
///
/// Feed text in chunks of any size: the events are the same for any chunking. Memory is bounded:
/// at most the current line (up to `maxLineBytes`; a longer line is not a table line) and the
/// three lines that confirm a table are kept; after that each row is rendered as it ends.
public struct TextTableFinder {
    /// What the finder reports, in text order.
    public enum Event: Equatable, Sendable {
        /// A table begins; its first line (the header, or the first row) is `line` (1-based) of the text.
        case start(line: Int)
        /// Rendered rows of the current table: `Label: value` lines, rows separated by a blank
        /// line; or, without a header, one TAB-separated line per row.
        case rows(String)
        /// The current table ended.
        case end
    }

    /// The table being read.
    struct OpenTable {
        var delimiter: TableDelimiter
        var columns: Int
        var starts: [Int]
        /// Typed headers by column; nil for a table without a header row.
        var labels: [Int: ColumnHeader]?
        /// Where each column starts (characters), read from the ruler under the header
        /// (`RuledColumns`): rows are cut there, one space between columns is enough. Nil otherwise.
        var ruled: [Int]? = nil
        /// Whether a row of it has been rendered (the first has no blank line before it).
        var hasRows = false
        /// Columns taken from the header's own cells (no ruler): a row must break at each of them.
        var anchored = false
    }

    /// The longest line, in bytes, that can belong to a table.
    public let maxLineBytes: Int

    private var line: [UInt8] = []
    private var lineTooLong = false
    private var lineNumber = 0
    /// The last lines (quote marks removed) that may start a table, with their line numbers.
    private var window: [(text: String, line: Int)] = []
    private var table: OpenTable? = nil

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
                if newline != nil && line.isEmpty && !lineTooLong
                    && !TableDelimiter.mayHoldCells(UnsafeRawBufferPointer(rebasing: raw[from..<end])) {
                    // Most lines: whole in this chunk and without a separator, so they need no copy.
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
        closePair(from: window.count - 2, &events)
        window = []
        return events
    }

    /// The renderings of the tables in a whole text, one after another (empty when it holds none):
    /// what an extractor adds after a document's own text so that its tables are also read by row.
    public static func tables(in text: [UInt8]) -> [UInt8] {
        var finder = TextTableFinder()
        var out = ""
        for event in finder.feed(text) + finder.finish() {
            switch event {
            case .start: if !out.isEmpty { out += "\n" }
            case .rows(let rows): out += rows
            case .end: break
            }
        }
        return Array(out.utf8)
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
        let text = lineTooLong ? nil : TableDelimiter.unquoted(String(decoding: line, as: UTF8.self))
        line.removeAll(keepingCapacity: true)
        lineTooLong = false
        read(text.flatMap { $0.trimming(" \t").isEmpty ? nil : $0 }, &events)
    }

    /// Reads the next line (nil when it cannot be a table line: blank, too long, no separator).
    private mutating func read(_ text: String?, _ events: inout [Event]) {
        lineNumber += 1
        if let text, TableDelimiter.isRule(text) {  // a separator row neither counts nor ends a table
            if table == nil { openRuled(under: text, &events) }
            return
        }
        if let current = table, let columns = current.ruled {
            if let text, let cells = RuledColumns.row(text, columns), TableDelimiter.notProse([text], [.init(cells: cells)]),
               !current.anchored || RuledColumns.breaks(text, at: columns) {
                events.append(.rows(Self.render(cells, current.labels, first: !current.hasRows)))
                table?.hasRows = true
                return
            }
            events.append(.end)
            table = nil
        }
        if let current = table {
            if let text, let split = current.delimiter.split(text).map({ Self.padded($0, to: current.columns, current.delimiter) }),
               split.cells.count == current.columns,
               current.delimiter != .spaces || TableDelimiter.aligned(split.starts, current.starts),
               current.delimiter == .tab || TableDelimiter.notProse([text], [split]) {
                events.append(.rows(Self.render(split.cells, current.labels, first: false)))
                return
            }
            events.append(.end)
            table = nil
        }
        guard let text else {
            closePair(from: window.count - 2, &events)
            window = []
            return
        }
        window.append((text, lineNumber))
        if window.count > 3 { window.removeFirst() }
        guard window.count == 3 else { return }
        guard let found = Self.detect(window.map(\.text)) else {
            openAnchored(&events)
            if table == nil { closePair(from: 0, &events) }
            return
        }
        events.append(.start(line: window[0].line))
        let rows = found.header ? Array(found.splits.dropFirst()) : found.splits
        let labels = found.header ? ColumnHeader.labels(Self.sparse(found.splits[0].cells)) : nil
        let rendered = rows.enumerated().map { Self.render($0.element.cells, labels, first: $0.offset == 0) }.joined()
        if !rendered.isEmpty { events.append(.rows(rendered)) }
        table = OpenTable(delimiter: found.delimiter, columns: found.splits[0].cells.count,
                          starts: found.splits[0].starts, labels: labels)
        window = []
    }

    /// Lines `from` and `from + 1` of the window as a table of one record, once the line after
    /// them is known not to continue it: a TAB header naming a known column over one TAB row of as
    /// many cells (`Claim #<TAB>Member ID<TAB>Patient Acct` / `CH26-0091244<TAB>CHP330981205<TAB>…`),
    /// the shape of an HTML table with one row. Read as a table, each value follows its label; read
    /// as text, a value sits a row's width away from its header. The pair leaves the window.
    private mutating func closePair(from: Int, _ events: inout [Event]) {
        guard from >= 0, from + 1 < window.count,
              let found = Self.detectPair(window[from].text, window[from + 1].text) else { return }
        events.append(.start(line: window[from].line))
        let labels = ColumnHeader.labels(Self.sparse(found.header))
        events.append(.rows(Self.render(found.row, labels, first: true)))
        events.append(.end)
        window.removeSubrange(from...(from + 1))
    }

    /// A TAB header with a known column and one TAB row of as many cells, two of them filled.
    static func detectPair(_ header: String, _ row: String) -> (header: [String], row: [String])? {
        guard let top = TableDelimiter.tab.split(header), let bottom = TableDelimiter.tab.split(row) else { return nil }
        let cells = padded(bottom, to: top.cells.count, .tab).cells
        guard cells.count == top.cells.count, isHeader(top.cells), !isHeader(cells),
              top.cells.contains(where: { !$0.isEmpty && ColumnHeader($0).kind != nil }),
              cells.count(where: { !$0.isEmpty }) >= 2 else { return nil }
        return (top.cells, cells)
    }

    /// A ruler of two or more dash groups right under a line that reads as a header, with no table
    /// open ("Bed   Pt            Going to\n----  ------------  --------"): a table opens there, its
    /// columns where the ruler's groups start.
    private mutating func openRuled(under rule: String, _ events: inout [Event]) {
        guard let header = window.last, header.line == lineNumber - 1, let columns = RuledColumns.starts(rule),
              let cells = RuledColumns.row(header.text, columns), Self.isHeader(cells) else { return }
        events.append(.start(line: header.line))
        table = OpenTable(delimiter: .spaces, columns: columns.count, starts: [],
                          labels: ColumnHeader.labels(Self.sparse(cells)), ruled: columns)
        window = []
    }

    /// Three lines of which the first is a fixed-width header naming two or more known columns
    /// (`MRN       NAME            LOC`) and the next two break at each of its columns, though their
    /// own runs of spaces split them otherwise (`24.1 H` next to `8.2  L`): a table cut at the header's
    /// columns. Opened with its two rows rendered.
    private mutating func openAnchored(_ events: inout [Event]) {
        let lines = window.map(\.text)
        guard let header = TableDelimiter.spaces.split(lines[0]), Self.isHeader(header.cells),
              header.cells.count(where: { ColumnHeader($0).kind != nil }) >= 2 else { return }
        let columns = header.starts
        var rows: [[String]] = []
        for line in lines.dropFirst() {
            guard let cells = RuledColumns.row(line, columns), RuledColumns.breaks(line, at: columns),
                  TableDelimiter.notProse([line], [.init(cells: cells)]) else { return }
            rows.append(cells)
        }
        let labels = ColumnHeader.labels(Self.sparse(header.cells))
        events.append(.start(line: window[0].line))
        events.append(.rows(rows.enumerated().map { Self.render($0.element, labels, first: $0.offset == 0) }.joined()))
        table = OpenTable(delimiter: .spaces, columns: columns.count, starts: [], labels: labels, ruled: columns,
                          hasRows: true, anchored: true)
        window = []
    }

    /// The first form in which three lines make a table, and whether the first is its header.
    static func detect(_ lines: [String]) -> (delimiter: TableDelimiter, splits: [TableDelimiter.Split], header: Bool)? {
        for delimiter in TableDelimiter.allCases {
            var splits = lines.compactMap(delimiter.split)
            guard splits.count == lines.count, let first = splits.first else { continue }
            // Short bar or TAB rows (an HTML row's empty last <td>) are filled up to the first line's columns.
            splits = splits.map { padded($0, to: first.cells.count, delimiter) }
            guard splits.allSatisfy({ $0.cells.count == first.cells.count }) else { continue }
            if delimiter == .spaces && !splits.allSatisfy({ TableDelimiter.aligned($0.starts, first.starts) }) { continue }
            let header = isHeader(first.cells)
            let rows = header ? splits.dropFirst() : splits[...]
            if delimiter != .tab && !TableDelimiter.notProse(Array(lines[(header ? 1 : 0)...]), Array(rows)) { continue }
            if !header {
                guard rows.allSatisfy({ $0.cells.count(where: { !$0.isEmpty }) >= 2 }) else { continue }
                // Label/value lines ("Phone:<TAB>312-555-0100") are a form, not a table.
                if rows.allSatisfy({ $0.cells[0].hasSuffix(":") }) { continue }
            } else if rows.allSatisfy({ $0.cells.allSatisfy(\.isEmpty) }) {
                continue
            }
            return (delimiter, splits, header)
        }
        return nil
    }

    /// A row of a bar or TAB table with its empty last cells left off ("203B | Lund, Arlene | DECLINED | |":
    /// the closing bar reads as a border) filled up to `columns`; other rows as they are.
    static func padded(_ split: TableDelimiter.Split, to columns: Int, _ delimiter: TableDelimiter) -> TableDelimiter.Split {
        guard delimiter == .pipe || delimiter == .tab, split.cells.count < columns else { return split }
        var split = split
        split.cells += Array(repeating: "", count: columns - split.cells.count)
        return split
    }

    /// The rendering of one row: `Label: value` lines (a blank line before all but the first row),
    /// or one TAB-separated line without labels.
    private static func render(_ cells: [String], _ labels: [Int: ColumnHeader]?, first: Bool) -> String {
        guard let labels else { return cells.filter { !$0.isEmpty }.joined(separator: "\t") + "\n" }
        let text = TableText.render(row: sparse(cells), labels: labels)
        return text.isEmpty ? "" : (first ? "" : "\n") + text
    }

    /// True when `cells` can be a table header: two or more filled cells that read as column names.
    /// A first cell ending in a colon (`Patient:<TAB>Maria Lopez`) is a label/value form instead.
    static func isHeader(_ cells: [String]) -> Bool {
        cells.count(where: { !$0.isEmpty }) >= 2 && !(cells.first?.hasSuffix(":") ?? false)
            && TableText.looksLikeHeader(cells)
    }

    private static func sparse(_ cells: [String]) -> [(column: Int, value: String)] {
        cells.enumerated().map { (column: $0.offset, value: $0.element) }
    }
}
