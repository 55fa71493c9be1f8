import PHIText

/// Reads HL7 v2 messages (ER7, the `MSH|^~\&` form) field by field into labelled text.
///
/// The delimiters come from each header segment (MSH, FHS or BHS): the field separator is the
/// byte after the segment id, the encoding characters (component, repetition, escape,
/// subcomponent) follow it. Segments end at CR, LF or CRLF; reply quoting (`> `) in front of a
/// segment is dropped. Each segment is rendered as `Label: value` lines the pack rules know
/// (`HL7Reader+Segments`): PID-3 by identifier type, PID-5 as `Patient Name: LAST, FIRST`,
/// PID-7 as a date of birth, DG1 codes as ICD codes, OBX and OBR as lab results and orders.
/// Segment ids and field numbers are never written, so they are never read as identifiers.
public struct HL7Reader {
    /// The separators of one message.
    struct Delimiters: Equatable {
        var field: Character = "|"
        var component: Character = "^"
        var repetition: Character = "~"
        var escape: Character = "\\"
        var subcomponent: Character = "&"
    }

    var delimiters: Delimiters
    var out = LabelledText()

    /// Makes a reader for the message whose header segment (MSH, FHS or BHS) is `header`.
    public init?(header: Substring) {
        guard let delimiters = Self.delimiters(header) else { return nil }
        self.delimiters = delimiters
    }

    /// A reader for segments pasted without their header (a PID and its OBX quoted in a reply),
    /// with the standard delimiters `|^~\&`.
    public static func fragment() -> HL7Reader { HL7Reader(delimiters: Delimiters()) }

    private init(delimiters: Delimiters) {
        self.delimiters = delimiters
    }

    /// Segments that open a fragment pasted without its header: the ones that carry a patient, a
    /// visit, a diagnosis or a result.
    static let fragmentOpeners: Set<Substring> = ["PID", "PV1", "PV2", "NK1", "IN1", "GT1", "DG1", "AL1", "OBR", "OBX", "ORC", "RXE", "RXA", "EVN"]

    /// True when `line` starts like a headerless fragment (a known segment id and its separator),
    /// so that the rest of the line decides.
    static func mayOpenFragment(_ line: Substring) -> Bool {
        guard let sep = line.firstIndex(of: "|") else { return false }
        return fragmentOpeners.contains(line[..<sep])
    }

    /// True when `line` (quoting dropped) opens a headerless fragment: a known segment id, `|`, and
    /// at least two more `|` (so prose is not one).
    public static func isFragmentStart(_ line: Substring) -> Bool {
        guard let bar = line.firstIndex(of: "|"), fragmentOpeners.contains(line[..<bar]) else { return false }
        return line[line.index(after: bar)...].filter { $0 == "|" }.count >= 2
    }

    /// True when `line` (quoting already dropped) opens an HL7 v2 message or batch.
    public static func isHeader(_ line: Substring) -> Bool {
        delimiters(line) != nil
    }

    /// The delimiters declared by a header segment, nil when `line` is not one.
    static func delimiters(_ line: Substring) -> Delimiters? {
        let chars = Array(line.prefix(9))
        guard chars.count >= 8, ["MSH", "FHS", "BHS"].contains(String(chars[0..<3])) else { return nil }
        let field = chars[3]
        guard !field.isLetter, !field.isNumber, !field.isWhitespace else { return nil }
        let encoding = chars[4..<8]
        guard Set(encoding).count == 4, !encoding.contains(field),
              encoding.allSatisfy({ !$0.isLetter && !$0.isNumber && !$0.isWhitespace }) else { return nil }
        // The encoding characters end at the next field separator (a fourth may be absent in old feeds).
        guard chars.count == 8 || chars[8] == field || chars[7] == field else { return nil }
        return Delimiters(field: field, component: chars[4], repetition: chars[5], escape: chars[6],
                          subcomponent: chars[7] == field ? "&" : chars[7])
    }

    /// True when `line` has the shape of a segment: an id of three capitals or digits, then the
    /// field separator or the line's end.
    func isSegment(_ line: Substring) -> Bool {
        let head = Array(line.prefix(4))
        guard head.count >= 3, head[0].isASCII, head[0].isUppercase,
              head[1...2].allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else { return false }
        return head.count == 3 || head[3] == delimiters.field
    }

    /// Reads one segment (its line, quoting dropped) and returns the labelled text it adds.
    public mutating func read(_ segment: Substring) -> String {
        if let header = Self.delimiters(segment) { delimiters = header }
        render(segment)
        return out.take()
    }

    /// The labelled text of a whole document: every HL7 message in `text` (segments on CR, LF or
    /// CRLF lines, possibly quoted), or the segments of a document that starts without its header
    /// (at `PID|`, read with the standard delimiters); nil when it is neither.
    public static func render(_ text: String) -> String? {
        var reader: HL7Reader? = nil
        var rendered = ""
        var firstLine = true
        for raw in text.split(whereSeparator: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) {
            let line = LabelledText.unquote(raw)
            if line.isEmpty { continue }
            defer { firstLine = false }
            if reader == nil {
                if let header = HL7Reader(header: line) {
                    reader = header
                } else if firstLine && isFragmentStart(line) {
                    reader = fragment()
                } else {
                    continue
                }
            }
            guard var current = reader else { continue }
            if current.isSegment(line) || Self.isHeader(line) { rendered += current.read(line) }
            reader = current
        }
        return reader == nil ? nil : rendered
    }

    /// The fields of `segment`, numbered as HL7 numbers them (`fields[3]` is PID-3; for MSH,
    /// `fields[1]` is MSH-1, the field separator itself).
    func fields(_ segment: Substring) -> [Substring] {
        var parts = segment.split(separator: delimiters.field, omittingEmptySubsequences: false)
        if parts.first.map({ ["MSH", "FHS", "BHS"].contains($0) }) == true {
            parts.insert(Substring(String(delimiters.field)), at: 1)
        }
        return parts
    }

    /// The repetitions of a field.
    func repetitions(_ field: Substring) -> [Substring] {
        field.split(separator: delimiters.repetition, omittingEmptySubsequences: false)
    }

    /// The components of a field (or repetition), 1-based as HL7 numbers them: `[0]` is unused.
    func components(_ field: Substring) -> [String] {
        [""] + field.split(separator: delimiters.component, omittingEmptySubsequences: false)
            .map { unescape($0.split(separator: delimiters.subcomponent, omittingEmptySubsequences: false).first ?? "") }
    }

    /// A component by number, empty when absent.
    func component(_ field: Substring, _ n: Int) -> String {
        let parts = components(field)
        return n < parts.count ? parts[n].trimming(" \t") : ""
    }

    /// A field's text with components and repetitions joined by spaces.
    func plain(_ field: Substring) -> String {
        repetitions(field).map { components($0).dropFirst().filter { !$0.isEmpty }.joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// A value with HL7 escape sequences decoded (`\F\` → the field separator, `\.br\` → a space).
    func unescape(_ value: Substring) -> String {
        guard value.contains(delimiters.escape) else { return String(value) }
        var out = ""
        var rest = value[...]
        while let open = rest.firstIndex(of: delimiters.escape) {
            out += rest[..<open]
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: delimiters.escape) else {
                out += rest[open...]
                return out
            }
            switch rest[after..<close] {
            case "F": out.append(delimiters.field)
            case "S": out.append(delimiters.component)
            case "T": out.append(delimiters.subcomponent)
            case "R": out.append(delimiters.repetition)
            case "E": out.append(delimiters.escape)
            default: out += " "
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
