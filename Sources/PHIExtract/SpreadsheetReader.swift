/// Text from the parts of an `.xlsx` workbook: one text per sheet, named from `workbook.xml`.
///
/// Cells are shared strings, inline strings, numbers (as written; date-formatted numbers as
/// MM/DD/YYYY), booleans and formula results. Each sheet is rendered by `TableText`, so a
/// header row gives its column names as context to the cells below.
enum SpreadsheetReader {
    /// (sheet name, text) for each sheet in workbook order, from the parts keyed by zip entry name.
    static func sheets(_ parts: [String: [UInt8]]) -> [(String, String)] {
        let shared = parts["xl/sharedStrings.xml"].map(sharedStrings) ?? []
        let dateStyles = parts["xl/styles.xml"].map(dateStyleIndexes) ?? []
        var order: [(String, String)] = []
        if let workbook = parts["xl/workbook.xml"] {
            let targets = parts["xl/_rels/workbook.xml.rels"].map(relationships) ?? [:]
            for (name, id) in sheetEntries(workbook) {
                guard let target = targets[id] else { continue }
                let entry = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                order.append((name, entry))
            }
        }
        if order.isEmpty {
            let names = parts.keys.filter { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }.sorted()
            order = names.map { (String($0.dropFirst("xl/worksheets/".count).dropLast(4)), $0) }
        }
        var out: [(String, String)] = []
        for (name, entry) in order {
            guard let xml = parts[entry] else { continue }
            out.append((name, TableText.render(sparse: rows(xml, shared: shared, dateStyles: dateStyles))))
        }
        return out
    }

    /// Walks a document's events.
    private static func events(_ xml: [UInt8], _ body: (MarkupEvent) -> Void) {
        var tokenizer = MarkupTokenizer(html: false)
        tokenizer.feed(xml, body)
        tokenizer.finish(body)
    }

    /// The (name, relationship id) of each `<sheet>` in `workbook.xml`.
    static func sheetEntries(_ xml: [UInt8]) -> [(String, String)] {
        var found: [(String, String)] = []
        events(xml) { event in
            guard case .start(let name, let attributes, _) = event, name == Array("sheet".utf8) else { return }
            let attrs = MarkupTokenizer.attributes(in: attributes)
            if let sheet = attrs.first(where: { $0.name == "name" })?.value,
               let id = attrs.first(where: { $0.name == "id" })?.value {
                found.append((sheet, id))
            }
        }
        return found
    }

    /// Relationship id → target from a `.rels` part.
    static func relationships(_ xml: [UInt8]) -> [String: String] {
        var map: [String: String] = [:]
        events(xml) { event in
            guard case .start(let name, let attributes, _) = event, name == Array("Relationship".utf8) else { return }
            let attrs = MarkupTokenizer.attributes(in: attributes)
            if let id = attrs.first(where: { $0.name == "Id" })?.value,
               let target = attrs.first(where: { $0.name == "Target" })?.value {
                map[id] = target
            }
        }
        return map
    }

    /// The strings of `sharedStrings.xml`, rich-text runs joined, phonetic runs dropped.
    static func sharedStrings(_ xml: [UInt8]) -> [String] {
        var strings: [String] = []
        var current: [UInt8] = []
        var inT = 0
        var inPhonetic = 0
        events(xml) { event in
            switch event {
            case .start(let name, _, _):
                if name == Array("si".utf8) { current.removeAll() }
                if name == Array("t".utf8) { inT += 1 }
                if name == Array("rPh".utf8) { inPhonetic += 1 }
            case .end(let name):
                if name == Array("si".utf8) { strings.append(String(decoding: current, as: UTF8.self)) }
                if name == Array("t".utf8) && inT > 0 { inT -= 1 }
                if name == Array("rPh".utf8) && inPhonetic > 0 { inPhonetic -= 1 }
            case .text(let bytes):
                if inT > 0 && inPhonetic == 0 { current += bytes }
            }
        }
        return strings
    }

    /// Indexes into `cellXfs` whose number format shows a date.
    static func dateStyleIndexes(_ xml: [UInt8]) -> Set<Int> {
        var customDates: Set<Int> = []
        var styles: Set<Int> = []
        var inCellXfs = false
        var index = 0
        events(xml) { event in
            switch event {
            case .start(let name, let attributes, _):
                let tag = String(decoding: name, as: UTF8.self)
                if tag == "numFmt", let id = MarkupTokenizer.attribute("numFmtId", in: attributes).flatMap({ Int($0) }),
                   let code = MarkupTokenizer.attribute("formatCode", in: attributes), isDateFormat(code) {
                    customDates.insert(id)
                } else if tag == "cellXfs" {
                    inCellXfs = true
                } else if tag == "xf" && inCellXfs {
                    let id = MarkupTokenizer.attribute("numFmtId", in: attributes).flatMap { Int($0) } ?? 0
                    if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id)
                        || (50...58).contains(id) || customDates.contains(id) {
                        styles.insert(index)
                    }
                    index += 1
                }
            case .end(let name):
                if name == Array("cellXfs".utf8) { inCellXfs = false }
            case .text:
                break
            }
        }
        return styles
    }

    /// True when a custom number format shows a date (has d, m or y outside quotes and brackets).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        var hasDate = false
        for c in code.lowercased() {
            if c == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if c == "[" { bracket = true } else if c == "]" { bracket = false } else if !bracket && "dy".contains(c) {
                hasDate = true
            }
        }
        return hasDate
    }

    /// The cells of a worksheet as sparse rows.
    static func rows(_ xml: [UInt8], shared: [String], dateStyles: Set<Int>) -> [[(column: Int, value: String)]] {
        var rows: [[(column: Int, value: String)]] = []
        var row: [(column: Int, value: String)] = []
        var column = -1
        var type = ""
        var style = 0
        var value: [UInt8] = []
        var inline: [UInt8] = []
        var inV = false
        var inT = false
        events(xml) { event in
            switch event {
            case .start(let nameBytes, let attributes, _):
                switch String(decoding: nameBytes, as: UTF8.self) {
                case "row":
                    row = []
                    column = -1
                case "c":
                    let attrs = MarkupTokenizer.attributes(in: attributes)
                    type = attrs.first { $0.name == "t" }?.value ?? "n"
                    style = attrs.first { $0.name == "s" }.flatMap { Int($0.value) } ?? 0
                    if let ref = attrs.first(where: { $0.name == "r" })?.value, let c = columnIndex(ref) {
                        column = c
                    } else {
                        column += 1
                    }
                    value = []
                    inline = []
                case "v": inV = true
                case "t": inT = true
                default: break
                }
            case .end(let nameBytes):
                switch String(decoding: nameBytes, as: UTF8.self) {
                case "v": inV = false
                case "t": inT = false
                case "c":
                    let text = cellText(type: type, style: style, value: value, inline: inline, shared: shared,
                                        dateStyles: dateStyles)
                    if !text.isEmpty { row.append((column, text)) }
                case "row": rows.append(row)
                default: break
                }
            case .text(let bytes):
                if inV { value += bytes } else if inT { inline += bytes }
            }
        }
        return rows
    }

    private static func cellText(type: String, style: Int, value: [UInt8], inline: [UInt8], shared: [String],
                                 dateStyles: Set<Int>) -> String {
        let v = String(decoding: value, as: UTF8.self)
        switch type {
        case "s":
            guard let i = Int(v), i >= 0, i < shared.count else { return "" }
            return shared[i]
        case "inlineStr":
            return String(decoding: inline, as: UTF8.self)
        case "b":
            return v == "1" ? "TRUE" : v == "0" ? "FALSE" : v
        case "str", "e", "d":
            return v
        default:
            guard let number = Double(v) else { return v }
            if dateStyles.contains(style), number >= 1, number < 2_958_466 {
                return usDate(serial: Int(number))
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return v
        }
    }

    /// The 0-based column of a cell reference such as "AB12".
    static func columnIndex(_ ref: String) -> Int? {
        var column = 0
        var letters = 0
        for c in ref.utf8 {
            guard c >= 0x41 && c <= 0x5A else { break }
            column = column * 26 + Int(c - 0x40)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : column - 1
    }

    /// An Excel date serial (1900 system) as MM/DD/YYYY.
    static func usDate(serial: Int) -> String {
        // Serial 60 is Excel's phantom 1900-02-29; later serials are one day ahead of the real count.
        let days = (serial > 60 ? serial - 1 : serial) - 25_568
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(month))/\(two(day))/\(year)"
    }
}
