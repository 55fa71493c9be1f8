/// Columns of a fixed-width table as its ruler draws them: the groups of dashes (or equals signs)
/// under the header, `----  ---------  -----`, each starting a column. Rows are cut at those
/// places, so values that stand one space apart (`2E-03 GREER, Doris`) still fall into their columns.
enum RuledColumns {
    /// Where each column starts (in characters): the start of each group of two or more dashes or
    /// equals signs in `rule`, the groups separated by spaces, bars or plus signs; nil with fewer
    /// than two groups.
    static func starts(_ rule: String) -> [Int]? {
        var starts: [Int] = []
        var run = 0
        var runStart = 0
        for (i, ch) in rule.enumerated() {
            if ch == "-" || ch == "=" {
                if run == 0 { runStart = i }
                run += 1
                continue
            }
            if run >= 2 { starts.append(runStart) }
            run = 0
            guard ch == " " || ch == "|" || ch == "+" || ch == "\t" || ch == ":" else { return nil }
        }
        if run >= 2 { starts.append(runStart) }
        return starts.count >= 2 ? starts : nil
    }

    /// `line` cut at `starts` (the last column runs to the end of the line), each cell trimmed;
    /// nil when it cannot be a row: no run of two spaces (a sentence, not a table row; also what
    /// keeps the reading the same however the text was split, see `TextTableFinder`), fewer than
    /// two filled cells, text before the first column, or a cell over `TableDelimiter.maxCellLength`.
    static func row(_ line: String, _ starts: [Int]) -> [String]? {
        guard line.contains("  ") || line.contains("\t"), let first = starts.first else { return nil }
        let chars = Array(line)
        guard chars.prefix(first).allSatisfy({ $0 == " " }) else { return nil }
        var cells: [String] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : chars.count
            let cell = start < chars.count ? String(chars[start..<min(end, chars.count)]).trimming(" \t|") : ""
            guard cell.count <= TableDelimiter.maxCellLength else { return nil }
            cells.append(cell)
        }
        return cells.count(where: { !$0.isEmpty }) >= 2 ? cells : nil
    }

    /// Whether `line` breaks at each column start: a space (or its end) just before every start
    /// after the first, so no value runs across a column's edge.
    static func breaks(_ line: String, at starts: [Int]) -> Bool {
        let chars = Array(line)
        return starts.dropFirst().allSatisfy { $0 > chars.count || chars[$0 - 1] == " " }
    }
}
