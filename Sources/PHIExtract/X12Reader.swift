import PHIText

/// Reads ASC X12 health-care transactions (837P/I claims, 835 remittances, 270/271 eligibility,
/// 276/277 claim status, 999 acknowledgements) segment by segment into labelled text.
///
/// The separators come from the ISA header: the element separator is the byte after `ISA`, the
/// repetition separator is ISA-11 (5010), the component separator is the first byte of ISA-16
/// and the segment terminator the byte after it. Line ends around terminators (one segment per
/// line, or all on one line) and reply quoting are dropped. Each segment is rendered as
/// `Label: value` lines (`X12Reader+Segments`); loop ids (2010BA) and segment ids are never
/// written, so they are never read as identifiers.
public struct X12Reader {
    var element: Character
    var component: Character
    var repetition: Character?
    /// The segment terminator; nil when the header ended before it.
    public private(set) var terminator: Character?
    var out = LabelledText()
    /// The entity (NM101) of the last NM1 segment: whose DMG, N3/N4 and REF follow.
    var entity = ""
    /// The street (N3) waiting for its city line (N4).
    var street = ""
    /// The transaction set (ST01): 837, 835, 271…
    var transaction = ""

    /// Makes a reader from an ISA segment (with or without its terminator); nil when `isa` is not one.
    public init?(isa: Substring) {
        let chars = Array(isa.prefix(200))
        guard chars.count > 4, String(chars[0..<3]) == "ISA" else { return nil }
        let separator = chars[3]
        guard !separator.isLetter, !separator.isNumber, !separator.isWhitespace else { return nil }
        let elements = isa.split(separator: separator, maxSplits: 16, omittingEmptySubsequences: false)
        guard elements.count == 17, let isa16 = elements[16].first else { return nil }
        element = separator
        component = isa16
        let isa11 = elements[11]
        repetition = isa11.count == 1 && isa11 != "U" && isa11.first?.isLetter == false ? isa11.first : nil
        let rest = elements[16].dropFirst()
        terminator = rest.first.map { $0 == "\r\n" ? "\n" : $0 }
    }

    /// A reader for segments pasted without their ISA header (a claim's NM1 and DMG quoted in a
    /// reply): the separators every 5010 interchange uses in practice, `*`, `:`, `^` and `~`.
    public static func fragment() -> X12Reader {
        X12Reader(element: "*", component: ":", repetition: "^", terminator: "~")
    }

    private init(element: Character, component: Character, repetition: Character?, terminator: Character?) {
        self.element = element
        self.component = component
        self.repetition = repetition
        self.terminator = terminator
    }

    /// Segments that open a fragment pasted without its header: the envelope's ST and GS, and the
    /// segments that carry a patient or a claim (names, demographics, claims, services, dates).
    static let fragmentOpeners: Set<Substring> = [
        "GS", "ST", "BHT", "HL", "NM1", "DMG", "CLM", "CLP", "SBR", "PAT", "INS", "SVC", "SV1", "SV2", "HI",
        "TRN", "STC", "EB", "EQ", "DTP", "DTM", "REF", "N3", "N4", "CAS", "AMT", "LX",
    ]

    /// True when `line` starts like a headerless fragment (a known segment id and its separator),
    /// so that the rest of the line decides.
    static func mayOpenFragment(_ line: Substring) -> Bool {
        guard let sep = line.firstIndex(of: "*") else { return false }
        return fragmentOpeners.contains(line[..<sep])
    }

    /// True when `line` (quoting dropped) opens a headerless fragment: a known segment id, `*`, and
    /// at least one more `*` (so prose such as "HI* all" is not one).
    public static func isFragmentStart(_ line: Substring) -> Bool {
        guard let star = line.firstIndex(of: "*"), fragmentOpeners.contains(line[..<star]) else { return false }
        return line[line.index(after: star)...].contains("*")
    }

    /// True when `line` (quoting dropped) starts with `ISA` and an element separator.
    public static func isHeader(_ line: Substring) -> Bool {
        let head = Array(line.prefix(4))
        return head.count == 4 && String(head[0..<3]) == "ISA" && !head[3].isLetter && !head[3].isNumber
            && !head[3].isWhitespace
    }

    /// The number of bytes, from its start, an ISA segment needs before its separators are all
    /// known (the fixed-length header is 106 bytes); the reader accepts it once 16 element
    /// separators and two more bytes have come.
    public static func headerComplete(_ text: Substring) -> Bool {
        guard let separator = Array(text.prefix(4)).last else { return false }
        var count = 0
        var after = -1
        for c in text {
            if after >= 0 {
                after += 1
                if after == 2 { return true }
            } else if c == separator {
                count += 1
                if count == 16 { after = 0 }
            }
        }
        return false
    }

    /// True when `segment` has the shape of a segment: an id of two or three capitals or digits,
    /// then the element separator.
    func isSegment(_ segment: Substring) -> Bool {
        let head = Array(segment.prefix(4))
        guard head.count >= 3, head[0].isASCII, head[0].isUppercase else { return false }
        let id = head[1...].prefix { $0 != element }
        return (1...2).contains(id.count) && id.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
            && head.count > id.count + 1
    }

    /// Reads one segment (without its terminator) and returns the labelled text it adds.
    public mutating func read(_ segment: Substring) -> String {
        let trimmed = LabelledText.unquote(segment)
        if trimmed.hasPrefix("ISA"), let header = X12Reader(isa: trimmed) {
            element = header.element
            component = header.component
            repetition = header.repetition
        }
        render(trimmed)
        return out.take()
    }

    /// The segments of `text` after the ISA header's terminator is known, split on it and on line
    /// ends, each with quoting dropped; empty pieces dropped.
    public func segments(_ text: Substring) -> [Substring] {
        let terminator = self.terminator ?? "~"
        return text.split(whereSeparator: { $0 == terminator || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
            .map { LabelledText.unquote($0) }.filter { !$0.isEmpty }
    }

    /// The labelled text of a whole document: every interchange in `text`, or the segments of a
    /// document that starts without its ISA (at `ST*` or `NM1*`, read with the usual separators);
    /// nil when it is neither.
    public static func render(_ text: String) -> String? {
        guard let start = Self.start(of: text[...]) else { return renderFragment(text) }
        let body = text[start...]
        guard var reader = X12Reader(isa: body) else { return nil }
        var rendered = ""
        for segment in reader.segments(body) where reader.isSegment(segment) {
            rendered += reader.read(segment)
        }
        return rendered
    }

    /// The segments of a headerless document whose first non-blank line opens a fragment.
    static func renderFragment(_ text: String) -> String? {
        guard let first = LabelledText.firstLine(of: text[...]), isFragmentStart(first) else { return nil }
        var reader = fragment()
        var rendered = ""
        for segment in reader.segments(text[...]) where reader.isSegment(segment) { rendered += reader.read(segment) }
        return rendered
    }

    /// Where the first ISA segment begins: at the start of `text` or of a line, after quoting.
    static func start(of text: Substring) -> String.Index? {
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) ?? text.endIndex
            let line = LabelledText.unquote(text[lineStart..<lineEnd])
            if isHeader(line) { return line.startIndex }
            guard lineEnd < text.endIndex else { return nil }
            lineStart = text.index(after: lineEnd)
        }
        return nil
    }

    /// The elements of a segment: `[0]` is the segment id, `[1]` is NM101 and so on.
    func elements(_ segment: Substring) -> [Substring] {
        segment.split(separator: element, omittingEmptySubsequences: false)
    }

    /// The components of a composite element, 1-based: `[0]` is unused.
    func components(_ element: Substring) -> [String] {
        [""] + element.split(separator: component, omittingEmptySubsequences: false).map { $0.trimming(" \t") }
    }
}
