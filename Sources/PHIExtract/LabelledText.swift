import PHIText

/// Labelled text: what the interchange readers (HL7 v2, X12, FHIR) turn a document into.
///
/// Each value becomes a line `Label: value` whose label is a keyword the pack rules already read
/// (`MRN:`, `Patient Name:`, `Date of birth:`, `SSN:`, `Member ID:` …), the way `TableText` puts
/// a column header before each cell. An identifier's line stands apart from its neighbours by a
/// blank spacer line, wider than the rules' label windows, so that one line's label never reaches
/// the next line's value (an MRN label must not make a member ID an MRN too). Each identifier is
/// written once, under the first type it was read as: an SSN repeated in PID-3 and PID-19 is one
/// value. Context lines (care, plan, encounter) need no spacer.
struct LabelledText {
    /// Wider than the longest label window before a value (80 bytes, Medicare) less a label.
    static let spacer = "\n" + String(repeating: " ", count: 72) + "\n"
    /// The most distinct identifiers remembered for de-duplication (then the memory starts over).
    static let maxRemembered = 4096

    private(set) var text = ""
    private var seen: Set<String> = []
    private var lastWasIdentifier = false
    /// Whether anything was written, taken or not: the spacer rule holds across `take()`.
    private var written = false

    /// Adds an identifier line, unless the same value (letters and digits) was already written.
    mutating func identifier(_ label: String, _ value: String) {
        let value = value.trimming(" \t")
        let key = Self.key(value)
        guard !key.isEmpty, !seen.contains(key) else { return }
        if seen.count >= Self.maxRemembered { seen.removeAll() }
        seen.insert(key)
        if written { text += Self.spacer }
        text += label + ": " + value + "\n"
        lastWasIdentifier = true
        written = true
    }

    /// True when `value` was already written as an identifier.
    func has(_ value: String) -> Bool {
        seen.contains(Self.key(value))
    }

    /// Adds a context line (`Label: value`, or the value alone when `label` is empty).
    mutating func context(_ label: String, _ value: String) {
        let value = value.trimming(" \t")
        guard !value.isEmpty else { return }
        if lastWasIdentifier { text += Self.spacer }
        text += label.isEmpty ? value + "\n" : label + ": " + value + "\n"
        lastWasIdentifier = false
        written = true
    }

    /// The first line of `text` that is not blank once its reply quoting is dropped.
    static func firstLine(of text: Substring) -> Substring? {
        text.split(whereSeparator: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
            .lazy.map { unquote($0) }.first { !$0.isEmpty }
    }

    /// `line` without the reply quoting in front of it (`> `, `>> `, leading blanks).
    static func unquote(_ line: Substring) -> Substring {
        var rest = line
        while let first = rest.first, first == ">" || first == " " || first == "\t" { rest = rest.dropFirst() }
        return rest
    }

    /// Takes the text written so far, leaving the de-duplication memory and spacing state in place.
    mutating func take() -> String {
        defer { text = "" }
        return text
    }

    /// The letters and digits of `value`, upper-cased: how two spellings of one identifier compare.
    static func key(_ value: String) -> String {
        String(value.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map { Character($0) }).uppercased()
    }

    /// `CCYYMMDD[HHMM…]` as `CCYY-MM-DD` (a form no identifier pattern takes), nil when not a date.
    static func isoDate(_ value: String) -> String? {
        let digits = Array(value.utf8.prefix(8))
        guard digits.count == 8, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let s = String(decoding: digits, as: UTF8.self)
        let y = s.prefix(4), m = s.dropFirst(4).prefix(2), d = s.suffix(2)
        guard let month = Int(m), (1...12).contains(month), let day = Int(d), (1...31).contains(day) else { return nil }
        return "\(y)-\(m)-\(d)"
    }

    /// Nine digits as `ddd-dd-dddd`; anything else unchanged.
    static func ssn(_ value: String) -> String {
        let digits = value.filter(\.isASCIIDigit)
        guard digits.count == 9, digits.count == value.filter({ $0 != "-" && $0 != " " }).count else { return value }
        let a = Array(digits)
        return String(a[0..<3]) + "-" + String(a[3..<5]) + "-" + String(a[5..<9])
    }

    /// A North American number (10 digits, or 11 with a leading 1) as `ddd-ddd-dddd`; else unchanged.
    static func phone(_ value: String) -> String {
        var digits = Array(value.filter(\.isASCIIDigit))
        if digits.count == 11 && digits[0] == "1" { digits.removeFirst() }
        guard digits.count == 10 else { return value }
        return String(digits[0..<3]) + "-" + String(digits[3..<6]) + "-" + String(digits[6..<10])
    }

    /// An ICD-10-CM code with its dot (`E119` → `E11.9`), or an ICD-9-CM code (`25000` → `250.00`).
    static func icd(_ code: String, icd9: Bool) -> String {
        let c = code.trimming(" \t").uppercased()
        guard !c.contains("."), c.allSatisfy({ $0.isASCIIDigit || ("A"..."Z").contains($0) }) else { return c }
        let at = icd9 && c.hasPrefix("E") ? 4 : 3
        guard c.count > at else { return c }
        return String(c.prefix(at)) + "." + String(c.dropFirst(at))
    }

    /// True when `value` has the layout of a Medicare Beneficiary Identifier (11 characters).
    static func looksLikeMBI(_ value: String) -> Bool {
        let c = Array(value.uppercased().filter { $0 != "-" })
        guard c.count == 11 else { return false }
        let letters = Set("ACDEFGHJKMNPQRTUVWXY")
        func letter(_ i: Int) -> Bool { letters.contains(c[i]) }
        func digit(_ i: Int) -> Bool { c[i].isASCIIDigit }
        return c[0] != "0" && digit(0) && letter(1) && (letter(2) || digit(2)) && digit(3) && letter(4)
            && (letter(5) || digit(5)) && digit(6) && letter(7) && letter(8) && digit(9) && digit(10)
    }

    /// An all-capitals street or city as words with capital initials (`123 MAIN ST` → `123 Main St`),
    /// as the address rules read them; two-letter state codes and mixed-case text stay as they are.
    static func titleCase(_ value: String) -> String {
        guard value.contains(where: \.isUppercase), !value.contains(where: \.isLowercase) else { return value }
        return value.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard word.count > 1, word.contains(where: \.isLetter) else { return String(word) }
            if word.count == 2 && word.allSatisfy(\.isLetter) && ["NE", "NW", "SE", "SW", "PO"].contains(word) {
                return String(word)
            }
            return word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}

extension Character {
    /// True for `0`…`9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
