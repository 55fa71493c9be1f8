public import PHIDetect

/// Finds a roster's values in one text part, streaming: feed UTF-8 text in chunks of any size,
/// then ``finish()``.
///
/// Primary columns are looked up for every digit group and identifier-shaped token (each run
/// of one to five tokens of a group, so `44-173-02` and `4417302` are one MRN), in any format
/// and without a label. Dates, ZIP codes and phones are looked up too; each one a record holds
/// is an anchor, and the record's other values (its names, stored per record; other anchors)
/// are looked for within ``EDMSchema/window`` bytes of it. A record whose matched corroborating
/// columns cover ``EDMSchema/corroborating`` types is a match. Memory stays bounded: text is
/// kept only as far back as an anchor's window reaches. Not thread-safe: one per part.
public final class EDMMatcher {
    struct Token { var start: Int; var end: Int; var digits: Int; var letters: Int }
    struct Anchor { var column: Int; var start: Int; var end: Int; var hits: Range<Int>; var value: [UInt8]; var done = false }
    /// A corroborating value of one record seen near an anchor.
    struct Seen { var column: Int; var start: Int; var end: Int; var value: [UInt8] }

    /// A value shared by more records than this (a ZIP code of a big town) anchors nothing.
    static let maxHitsPerAnchor = 4096
    static let separators: [Bool] = (0..<256).map { b in
        [9, 32, 35, 40, 41, 44, 45, 46, 47, 58].contains(b)  // tab space # ( ) , - . / :
    }

    let roster: EDMRoster
    let fingerprinter: Fingerprinter
    let part: String
    let window: Int
    var buffer: [UInt8] = []
    var base = 0
    var lookedUpTo = 0
    var anchors: [Anchor] = []
    var results: [Finding] = []
    var finished = false
    /// Scratch for the digits and the letters-and-digits of a run of tokens.
    var digits: [UInt8] = []
    var alnum: [UInt8] = []
    /// Name candidates hashed so far: spots chained per 32-bit name hash (`nameHead` → newest).
    var nameSpots: [NameSpot] = []
    var nameHead: [UInt32: Int32] = [:]
    /// Where name candidates have been hashed up to (absolute): windows of nearby anchors overlap.
    var namesCoveredTo = 0
    /// Distinct records with a value in this text (primary, or corroborated).
    public internal(set) var records = Set<UInt32>()

    public init(roster: EDMRoster, fingerprinter: Fingerprinter, part: String = "") {
        self.roster = roster
        self.fingerprinter = fingerprinter
        self.part = part
        self.window = roster.schema.window
    }

    /// Feeds the next chunk of the part's UTF-8 text.
    public func feed(_ bytes: some Collection<UInt8>) {
        guard !finished else { return }
        buffer.append(contentsOf: bytes)
        if base + buffer.count - lookedUpTo >= 65_536 + margin { step(final: false) }
    }

    /// Ends the text; returns the findings ordered by offset.
    public func finish() -> [Finding] {
        if !finished {
            step(final: true)
            finished = true
            results.sort { ($0.start, $1.end, $0.type) < ($1.start, $0.end, $1.type) }
            var seen = Set<String>()
            results = results.filter { seen.insert("\($0.start)|\($0.end)|\($0.type)").inserted }
        }
        return results
    }

    /// Matches a whole text at once.
    public static func match(_ text: String, roster: EDMRoster, fingerprinter: Fingerprinter, part: String = "")
        -> (findings: [Finding], records: Set<UInt32>)
    {
        let m = EDMMatcher(roster: roster, fingerprinter: fingerprinter, part: part)
        m.feed(Array(text.utf8))
        let f = m.finish()
        return (f, m.records)
    }

    /// Text kept after the last lookup: longer than a digit group and an anchor's window.
    var margin: Int { window + 1024 }

    func step(final: Bool) {
        let end = base + buffer.count
        var to = end
        if !final {
            // Cut after a line break, where no digit group continues.
            to = end - margin
            var k = to - base
            let limit = max(lookedUpTo - base, k - 4096)
            while k > limit && buffer[k - 1] != 10 { k -= 1 }
            if k > limit { to = base + k }
            guard to > lookedUpTo else { return }
        }
        buffer.withUnsafeBufferPointer { p in
            lookups(p, from: lookedUpTo, to: to)
            lookedUpTo = to
            corroborate(p, final: final)
        }
        trim()
    }

    func trim() {
        let undone = anchors.lazy.filter { !$0.done }.map(\.start).min() ?? lookedUpTo
        let keep = min(lookedUpTo, undone) - 2 * window - 1024
        anchors.removeAll { $0.done && $0.end < keep }
        guard keep - base > 65_536 else { return }
        buffer.removeSubrange(..<(keep - base))
        base = keep
        if nameSpots.count > 4096 {
            // Keep the spots still in reach, re-chained.
            let kept = nameSpots.filter { $0.end >= keep }
            nameSpots = []
            nameHead = [:]
            for spot in kept { addNameSpot(spot.start, spot.end, spot.hash) }
        }
    }

    @inline(__always) static func isTokenByte(_ b: UInt8) -> Bool {
        (b &- 48) < 10 || ((b | 0x20) &- 97) < 26 || b >= 0x80
    }

    /// Walks the tokens of groups starting in `from..<to` (absolute) and looks each group up.
    func lookups(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        var group: [Token] = []
        var i = from - base
        let n = p.count
        while i < n {
            if group.isEmpty {
                // Prose is skipped: jump to the token before the next digit (a month or a prefix
                // that may lead its group), or to the digit's own token.
                var d = i
                while d < n && (p[d] &- 48) >= 10 { d += 1 }
                guard d < n else { break }
                var t = d
                while t > i && EDMMatcher.isTokenByte(p[t - 1]) { t -= 1 }
                var g = t - 1  // the gap before the token, then the token before it
                while g >= i && g > t - 3 && EDMMatcher.separators[Int(p[g])] { g -= 1 }
                if g >= i && g < t - 1 && EDMMatcher.isTokenByte(p[g]) {
                    var u = g
                    while u > i && EDMMatcher.isTokenByte(p[u - 1]) { u -= 1 }
                    if u == 0 || !EDMMatcher.isTokenByte(p[u - 1]) { t = u }  // never from inside a token
                }
                if base + t >= to { break }
                i = t
            }
            guard EDMMatcher.isTokenByte(p[i]) else { i += 1; continue }
            let s = i
            var digits = 0, letters = 0
            while i < n && EDMMatcher.isTokenByte(p[i]) {
                if (p[i] &- 48) < 10 { digits += 1 } else { letters += 1 }
                i += 1
            }
            let tok = Token(start: base + s, end: base + i, digits: digits, letters: letters)
            let joinable = i - s <= 40 && (digits > 0 || EDMMatcher.isMonth(p, s, i))
            if joinable, let last = group.last, group.count < 8, gapJoins(p, last.end - base, s) {
                // A short letter prefix (`XJH-88214-01`) stays with the digits that follow it.
                if group.count == 1 && last.digits == 0 && digits == 0 { group.removeAll(keepingCapacity: true) }
                group.append(tok)
                continue
            }
            if group.count == 1 && group[0].digits == 0 && digits > 0 && i - s <= 40,
               gapJoins(p, group[0].end - base, s) {
                group.append(tok)
                continue
            }
            if group.contains(where: { $0.digits > 0 }) { lookUp(group, p) }
            group.removeAll(keepingCapacity: true)
            if tok.start >= to { break }
            // A token with digits, a month, or up to four letters that may prefix an identifier.
            if joinable || (digits == 0 && i - s <= 4) { group.append(tok) }
        }
        if group.contains(where: { $0.digits > 0 }) { lookUp(group, p) }
    }

    /// One or two separator bytes between two tokens.
    private func gapJoins(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let g = to - from
        guard g == 1 || g == 2 else { return false }
        return EDMMatcher.separators[Int(p[from])] && (g == 1 || EDMMatcher.separators[Int(p[from + 1])])
    }

    /// Month names and abbreviations, packed as up to eight lower-case bytes (`september` as `septembe`).
    static let monthWords: [UInt64] = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
                                       "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
                                       "oct", "october", "nov", "november", "dec", "december"].map { w in
        w.utf8.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// First letters of month names (j f m a s o n d), folded, as a bit set over `b & 31`.
    static let monthInitials: UInt32 = [106, 102, 109, 97, 115, 111, 110, 100].reduce(0) { $0 | 1 << ($1 & 31) }

    static func isMonth(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard (3...9).contains(e - s), monthInitials & (1 << (p[s] & 31)) != 0 else { return false }
        var packed: UInt64 = 0
        for k in s..<min(e, s + 8) {
            let b = p[k] | 0x20
            guard b >= 97 && b <= 122 else { return false }
            packed = packed << 8 | UInt64(b)
        }
        if e - s == 9 && (p[s + 8] | 0x20) != 114 { return false }  // only "september" has nine letters
        return monthWords.contains(packed)
    }

    /// Looks up every run of one to five tokens of a group in each kind the roster indexes.
    private func lookUp(_ g: [Token], _ p: UnsafeBufferPointer<UInt8>) {
        for i in g.indices {
            digits.removeAll(keepingCapacity: true)
            alnum.removeAll(keepingCapacity: true)
            var letters = 0
            for j in i..<min(g.count, i + 5) {
                for k in (g[j].start - base)..<(g[j].end - base) {
                    let b = p[k]
                    if (b &- 48) < 10 { digits.append(b); alnum.append(b) }
                    else if ((b | 0x20) &- 97) < 26 { alnum.append(b & ~0x20) }
                }
                letters += g[j].letters
                let span = g[i].start..<g[j].end
                if roster.hasDigits, g[i].digits > 0, (5...20).contains(digits.count) { probe(digits, .digits, span, p) }
                if roster.hasID, (5...24).contains(alnum.count), !digits.isEmpty { probe(alnum, .id, span, p) }
                if roster.hasZIP, letters == 0 {
                    if j == i, g[i].digits == 5 { probe(digits, .zip, span, p) }
                    if j == i + 1, g[i].digits == 5, g[j].digits == 4, p[g[i].end - base] == 45 {
                        probe(Array(digits.prefix(5)), .zip, span, p)
                    }
                }
                if roster.hasPhone, letters == 0, j - i <= 3,
                   let v = EDMNormalizer.normalize(digits, kind: .phone) {
                    probe(v, .phone, span, p)
                }
                if roster.hasDate, (j - i == 2 && EDMMatcher.dateShaped(g[i], g[i + 1], g[j]))
                    || (j == i && g[i].digits == 8 && g[i].letters == 0),
                   let v = EDMNormalizer.normalize(UnsafeBufferPointer(rebasing: p[(span.lowerBound - base)..<(span.upperBound - base)]), kind: .date) {
                    probe(v, .date, span, p)
                }
            }
        }
    }

    /// Whether three tokens can be a date: a month name and two numbers, or numbers of 1-2, 1-2
    /// and 2 or 4 digits (4, 1-2, 1-2 for ISO order). Saves parsing every three numbers in a row.
    static func dateShaped(_ a: Token, _ b: Token, _ c: Token) -> Bool {
        func len(_ t: Token) -> Int { t.letters == 0 ? t.digits : 0 }
        let (x, y, z) = (len(a), len(b), len(c))
        if a.digits == 0 || b.digits == 0 { return (a.digits == 0) != (b.digits == 0) && (1...4).contains(z) }
        if x == 4 { return (1...2).contains(y) && (1...2).contains(z) }
        return (1...2).contains(x) && (1...2).contains(y) && (z == 2 || z == 4)
    }

    /// Looks `value` up in each indexed column of `kind`: a primary hit is a finding now, a
    /// corroborating hit an anchor.
    private func probe(_ value: [UInt8], _ kind: EDMSchema.Kind, _ span: Range<Int>, _ p: UnsafeBufferPointer<UInt8>) {
        let cols = roster.columnsOfKind[kind.ordinal]
        guard !cols.isEmpty else { return }
        let mac = roster.key.mac(value)
        for c in cols {
            let hits = roster.index.lookup(EDMKey.columnHash(mac, column: c))
            guard !hits.isEmpty else { continue }
            if roster.schema.columns[c].role == .primary {
                for e in hits { records.insert(roster.index.record(e)) }
                let ev = [Evidence(name: roster.schema.columns[c].name, source: "edm", distance: 0)]
                results.append(finding(c, span, value, roster.schema.primaryLevel, ev, p))
            } else if !anchors.suffix(16).contains(where: { $0.column == c && $0.start == span.lowerBound && $0.end == span.upperBound }) {
                anchors.append(Anchor(column: c, start: span.lowerBound, end: span.upperBound, hits: hits, value: value))
            }
        }
    }

    func finding(_ c: Int, _ span: Range<Int>, _ value: [UInt8], _ level: Level, _ evidence: [Evidence],
                 _ p: UnsafeBufferPointer<UInt8>) -> Finding {
        let col = roster.schema.columns[c]
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[(span.lowerBound - base)..<(span.upperBound - base)]), as: UTF8.self)
        return Finding(type: col.type, rule: roster.rule, level: level, score: roster.schema.score,
                       start: span.lowerBound, end: span.upperBound, part: part,
                       masked: Masker.mask(text, style: col.kind == .name ? .initials : .last4),
                       fingerprint: fingerprinter.fingerprint(String(decoding: value, as: UTF8.self)),
                       evidence: evidence, validators: ["edm.\(col.name)"])
    }
}
