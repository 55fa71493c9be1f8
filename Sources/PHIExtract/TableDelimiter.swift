import PHIText

/// How the cells of a table typed into text are separated, and how one line splits into cells.
///
/// Forms, tried in this order: TAB; bars (`a | b`, with or without leading and trailing bars,
/// Markdown included); semicolons and commas (CSV quoting: `"Lopez, Maria"` is one cell); and
/// fixed-width columns aligned by runs of two or more spaces.
enum TableDelimiter: CaseIterable, Sendable {
    case tab, pipe, semicolon, comma, spaces

    /// The longest cell, in characters, a table line may hold.
    static let maxCellLength = 60

    /// The fewest cells a line of this form has: commas are common in prose, so they need three.
    var minColumns: Int { self == .comma ? 3 : 2 }

    /// The cells of a line, one split per form.
    struct Split: Equatable {
        /// The cells, trimmed of spaces.
        var cells: [String]
        /// Where each cell starts, in characters (fixed-width columns only).
        var starts: [Int] = []
    }

    /// The cells of `line` (no line end) in this form; nil when the line has not two cells this way.
    func split(_ line: String) -> Split? {
        let cells: [String]
        switch self {
        case .tab:
            guard line.contains("\t") else { return nil }
            cells = Self.parsed(line, 0x09)
        case .semicolon:
            guard line.contains(";") else { return nil }
            cells = Self.parsed(line, UInt8(ascii: ";"))
        case .comma:
            guard line.contains(",") else { return nil }
            cells = Self.parsed(line, UInt8(ascii: ","))
        case .pipe:
            guard line.contains("|") else { return nil }
            var parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimming(" \t") }
            let trimmed = line.trimming(" \t")
            if trimmed.hasPrefix("|"), parts.first?.isEmpty == true { parts.removeFirst() }
            if trimmed.hasSuffix("|"), parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
            cells = parts
        case .spaces:
            return Self.fixedWidth(line)
        }
        guard cells.count >= minColumns, cells.allSatisfy({ $0.count <= Self.maxCellLength }) else { return nil }
        return Split(cells: cells)
    }

    /// True when `lines` read as table rows rather than sentences (commas, bars, semicolons and
    /// aligned spaces all occur in prose): no line ends like a sentence, cells are short on
    /// average and at most one cell of a line is a long phrase.
    static func notProse(_ lines: [String], _ splits: [Split]) -> Bool {
        for (line, split) in zip(lines, splits) {
            let end = line.trimming(" \t").last
            if end == "." || end == "!" || end == "?" { return false }
            let filled = split.cells.filter { !$0.isEmpty }
            let total = filled.reduce(0) { $0 + $1.count }
            if !filled.isEmpty && total / filled.count > 28 { return false }
            if filled.count(where: { Self.words($0) > 4 }) > 1 { return false }
        }
        return true
    }

    /// The words of a cell: a dash standing alone is none ("Y - diazepam rectal PRN" and "Food allergy -
    /// peanut/tree nut" are a record's cells of four words; blind set prose101).
    static func words(_ cell: String) -> Int {
        cell.split(separator: " ").count { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// A line of only dashes, equals signs, colons, plus signs, bars and spaces, three dashes or
    /// equals at least: a Markdown separator row or a ruler under a fixed-width header.
    static func isRule(_ line: String) -> Bool {
        var marks = 0
        for ch in line.utf8 {
            switch ch {
            case UInt8(ascii: "-"), UInt8(ascii: "="): marks += 1
            case UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: "|"), 0x20, 0x09: continue
            default: return false
            }
        }
        return marks >= 3
    }

    /// `line` without the `>` marks of a quoted reply (`> `, `>> `, `> > `) and without a CR at its end.
    static func unquoted(_ line: String) -> String {
        var s = Substring(line)
        if s.hasSuffix("\r") { s = s.dropLast() }
        guard s.first == ">" else { return String(s) }
        while let first = s.first, first == ">" || first == " " {
            s = s.dropFirst()
            if first == " " && s.first != ">" { break }
        }
        return String(s)
    }

    /// True when a line's bytes may split into cells in some form (a TAB, bar, semicolon, comma,
    /// or two spaces in a row) or be a rule under a header (a dash or an equals sign): a rule line
    /// neither counts nor ends a table, so it must be read, not passed over.
    static func mayHoldCells(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        // Eight bytes at a time (every line of a message passes here), then the rest one by one.
        func zeros(_ x: UInt64) -> UInt64 {  // 0x80 in each byte of x that is zero, exactly
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            return ~(((x & low) &+ low) | x | low)
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var i = 0
        var space = false
        while i + 8 <= bytes.count {
            let v = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let cell = zeros(v ^ (ones &* 0x09)) | zeros(v ^ (ones &* 0x7C)) | zeros(v ^ (ones &* 0x3B))
                | zeros(v ^ (ones &* 0x2C)) | zeros(v ^ (ones &* 0x2D)) | zeros(v ^ (ones &* 0x3D))
            let blank = zeros(v ^ (ones &* 0x20))
            if cell != 0 || blank & (blank >> 8) != 0 || (space && blank & 0x80 != 0) { return true }
            space = blank >> 63 != 0
            i += 8
        }
        for b in bytes[i...] {
            switch b {
            case 0x09, UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "="):
                return true
            case 0x20:
                if space { return true }
                space = true
            default: space = false
            }
        }
        return false
    }

    private static func parsed(_ line: String, _ delimiter: UInt8) -> [String] {
        (DelimitedText.parse(line, delimiter: delimiter, maxRows: 1).first ?? []).map { $0.trimming(" \t") }
    }

    /// Cells separated by runs of two or more spaces, with their start columns; nil with a TAB.
    private static func fixedWidth(_ line: String) -> Split? {
        guard !line.contains("\t"), line.contains("  ") else { return nil }
        var split = Split(cells: [])
        var cell = ""
        var start = 0
        var spaces = 0
        for (i, ch) in line.enumerated() {
            if ch == " " {
                spaces += 1
                continue
            }
            if spaces >= 2 || cell.isEmpty {
                if !cell.isEmpty {
                    split.cells.append(cell)
                    split.starts.append(start)
                }
                cell = ""
                start = i
            } else if spaces == 1 {
                cell.append(" ")
            }
            spaces = 0
            cell.append(ch)
        }
        if !cell.isEmpty {
            split.cells.append(cell)
            split.starts.append(start)
        }
        guard split.cells.count >= 2, split.cells.allSatisfy({ $0.count <= maxCellLength }) else { return nil }
        return split
    }

    /// True when two fixed-width splits have their columns at the same places (within 2 characters).
    static func aligned(_ a: [Int], _ b: [Int]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 2 }
    }
}
