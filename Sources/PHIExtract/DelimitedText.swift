/// Parses CSV and TSV (RFC 4180: quoted fields, doubled quotes, embedded delimiters and newlines).
enum DelimitedText {
    /// Picks the delimiter from the first line: the most frequent of `,` `;` `\t` `|` outside quotes.
    static func sniffDelimiter(_ text: Substring.UTF8View) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for b in text.prefix(65_536) {
            if b == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if b == 0x0A { break }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == 0x09 || b == UInt8(ascii: "|") {
                counts[b, default: 0] += 1
            }
        }
        let order: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
        var best = UInt8(ascii: ",")
        var bestCount = 0
        for d in order where counts[d, default: 0] > bestCount {
            best = d
            bestCount = counts[d, default: 0]
        }
        return best
    }

    /// True when the opening of `text` reads as delimited rows: three or more lines, the first with
    /// two or more fields, nine in ten of the first twenty with as many fields as the first (the
    /// last line is left out when `text` is a prefix cut mid-line).
    static func looksDelimited(_ text: String) -> Bool {
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true)
        if text.utf8.last != 0x0A && lines.count > 1 { lines.removeLast() }
        lines = Array(lines.prefix(20))
        guard lines.count >= 3 else { return false }
        let delimiter = sniffDelimiter(Substring(text).utf8)
        let counts = lines.map { parse(String(decoding: $0, as: UTF8.self), delimiter: delimiter, maxRows: 1).first?.count ?? 0 }
        guard counts[0] >= 2 else { return false }
        return counts.count(where: { $0 == counts[0] }) * 10 >= counts.count * 9
    }

    /// `bytes` cut into runs of whole records of about `target` bytes each (a record ends at a
    /// line feed outside quotes), and the end of the first record.
    static func recordSlices(_ bytes: [UInt8], target: Int) -> (slices: [Range<Int>], firstRecordEnd: Int) {
        var slices: [Range<Int>] = []
        var start = 0, quoted = false, firstEnd = -1
        for i in bytes.indices {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { quoted.toggle(); continue }
            guard b == 0x0A, !quoted else { continue }
            if firstEnd < 0 { firstEnd = i + 1 }
            if i + 1 - start >= target {
                slices.append(start..<(i + 1))
                start = i + 1
            }
        }
        if start < bytes.count { slices.append(start..<bytes.count) }
        return (slices, firstEnd < 0 ? bytes.count : firstEnd)
    }

    /// Splits `text` into rows of fields; `delimiter` nil sniffs it. At most `maxRows` rows.
    static func parse(_ text: String, delimiter: UInt8? = nil, maxRows: Int = 1_000_000) -> [[String]] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let utf8 = body.utf8
        let delim = delimiter ?? sniffDelimiter(utf8)
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var afterQuote = false
        var iterator = utf8.makeIterator()
        var pending: UInt8?
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterQuote = false
        }
        while rows.count < maxRows {
            let next: UInt8?
            if let p = pending { next = p; pending = nil } else { next = iterator.next() }
            guard let b = next else { break }
            if quoted {
                if b == UInt8(ascii: "\"") {
                    let peek = iterator.next()
                    if peek == UInt8(ascii: "\"") {
                        field.append(b)
                    } else {
                        quoted = false
                        afterQuote = true
                        pending = peek
                    }
                } else {
                    field.append(b)
                }
                continue
            }
            if b == delim {
                endField()
            } else if b == 0x0A {
                endField()
                rows.append(row)
                row = []
            } else if b == 0x0D {
                continue
            } else if b == UInt8(ascii: "\"") && field.allSatisfy({ $0 == 0x20 }) && !afterQuote {
                field.removeAll()
                quoted = true
            } else {
                field.append(b)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }
}
