#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Named validators (`ssn.structure`, `npi.luhn80840`, …): pure functions of a matched value.
///
/// A validator sees the value normalized by the rule's normalizer and the matched text. Code
/// lists and name lists come from the pack's data sets. Unknown names are refused at compile time.
public struct Validators: Sendable {
    public typealias Check = @Sendable (_ value: String, _ text: String, _ data: DataSets) -> Bool

    /// Every validator the engine knows, by name.
    public static let all: [String: Check] = [
        "ssn.structure": { v, _, _ in ssnStructure(v) },
        "ssn.known_samples": { v, _, _ in !ssnKnownSample(v) },
        "npi.luhn80840": { v, _, _ in npi(v) },
        "dea.check": { v, _, _ in dea(v) },
        "mbi.positions": { v, _, _ in mbi(v) },
        "hicn": { v, _, _ in hicn(v) },
        "icd10cm.list": { v, _, d in d.contains("icd10cm", v.uppercased()) },
        "icd9": { v, _, d in d.contains("icd9cm", v.uppercased()) },
        "luhn": { v, _, _ in v.count >= 12 && luhn(v) },
        "date.plausible": { _, t, _ in DateParser.parse(t) != nil },
        "date.past": { _, t, _ in DateParser.parse(t).map(isPlausibleBirth) ?? false },
        "ip.parse": { _, t, _ in ipAddress(t) },
        "phone.nanp": { v, _, _ in nanp(v) },
        "name.census": { _, t, d in censusName(t, d) },
        "name.person": { _, t, d in PersonName.isName(t, d) },
        "name.record": { _, t, d in PersonName.isRecordName(t, d) },
        "name.display": { _, t, d in PersonName.isName(t, d) || PersonName.isRecordName(t, d) },
        "name.surname": { _, t, d in PersonName.isInitialedSurname(t, d) },
        "name.surname_word": { _, t, d in PersonName.isSurnameWord(t, d) },
        "name.family_only": { _, t, d in PersonName.isFamilyNameOnly(t, d) },
        "name.marked_surname": { _, t, d in PersonName.isMarkedSurname(t, d) },
        "name.given": { _, t, d in PersonName.isGivenNameWord(t, d) },
        "not_repeated": { v, _, _ in v.first.map { f in v.contains { $0 != f } } ?? false },  // two distinct characters
        "not_placeholder": { v, _, _ in !placeholderValue(v) },
    ]

    /// Validators costly enough that a scan remembers their answer per rule and matched text (a
    /// text repeats its names): they split, fold and look up every word. The answer of any
    /// validator is a pure function of the matched text, so remembering never changes it.
    static let remembered: Set<String> = ["name.census", "name.person", "name.record", "name.display", "name.surname", "name.surname_word", "name.family_only", "name.marked_surname", "name.given"]

    /// An identifier made for test or training data: it starts with TEST, SAMPLE, DEMO, DUMMY,
    /// FAKE, ZZ or XXX (an X12 companion guide's `TEST00000001`, an EHR's `ZZ4401`).
    public static func placeholderValue(_ value: String) -> Bool {
        let v = value.uppercased()
        if ["TEST", "SAMPLE", "DEMO", "DUMMY", "FAKE", "ZZ", "XXX"].contains(where: { v.hasPrefix($0) }) { return true }
        // A run of eight zeros or more: a companion guide's or a form's filler ("CVH000000000-01");
        // digits that are all zeros, four or more ("RO-000000" in a note template's example); or six
        // zeros or more and one other digit, a scenario's numbering ("Inmate DOE, JOHN #0000001").
        if v.contains("00000000") { return true }
        var zeros = 0, others = 0
        for c in v.utf8 where c >= 48 && c <= 57 {
            if c == 48 { zeros += 1 } else { others += 1 }
        }
        return (others == 0 && zeros >= 4) || (others == 1 && zeros >= 6)
    }

    // MARK: SSN

    /// SSA structure: area not 000, 666 or 900–999; group not 00; serial not 0000; not one repeated digit.
    public static func ssnStructure(_ digits: String) -> Bool {
        let d = Array(digits.utf8)
        guard d.count == 9, d.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        let area = Int(digits.prefix(3)) ?? 0
        let group = Int(digits.dropFirst(3).prefix(2)) ?? 0
        let serial = Int(digits.suffix(4)) ?? 0
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        if Set(d).count == 1 || digits == "123456789" { return false }
        return true
    }

    /// Published sample and advertising numbers (078-05-1120, 219-09-9999, 457-55-5462, 987-65-4320…4329).
    public static func ssnKnownSample(_ digits: String) -> Bool {
        // The Woolworth wallet card, SSA's pamphlet, an ad's, and the HL7 v2 standard's sample
        // patient (PID-19 of its ADT^A01 example, pasted into every interface kickoff).
        if ["078051120", "219099999", "457555462", "444333333"].contains(digits) { return true }
        return digits.hasPrefix("98765432") && digits.count == 9
    }

    // MARK: Checksums

    /// The Luhn check over a string of digits.
    public static func luhn(_ digits: String) -> Bool {
        var sum = 0
        var double = false
        for byte in digits.utf8.reversed() {
            guard byte >= 48 && byte <= 57 else { return false }
            var d = Int(byte - 48)
            if double {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
            double.toggle()
        }
        return !digits.isEmpty && sum % 10 == 0
    }

    /// NPI: ten digits starting 1 or 2, Luhn over `80840` + NPI (CMS).
    public static func npi(_ digits: String) -> Bool {
        digits.utf8.count == 10 && (digits.hasPrefix("1") || digits.hasPrefix("2")) && luhn("80840" + digits)
    }

    /// DEA: registrant letter, surname letter or 9, seven digits with (d1+d3+d5 + 2(d2+d4+d6)) mod 10 = d7.
    public static func dea(_ value: String) -> Bool {
        let c = Array(value.uppercased().utf8)
        guard c.count == 9 else { return false }
        guard Array("ABCDEFGHJKLMPRSTUX".utf8).contains(c[0]) else { return false }
        guard (c[1] >= 65 && c[1] <= 90) || c[1] == 57 else { return false }
        let d = c[2...].map { Int($0) - 48 }
        guard d.allSatisfy({ $0 >= 0 && $0 <= 9 }) else { return false }
        return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
    }

    /// Medicare Beneficiary Identifier positions (CMS): 11 characters, no S L O I B Z.
    public static func mbi(_ value: String) -> Bool {
        let c = Array(value.uppercased().utf8)
        guard c.count == 11 else { return false }
        let banned = Set("SLOIBZ".utf8)
        func letter(_ b: UInt8) -> Bool { b >= 65 && b <= 90 && !banned.contains(b) }
        func digit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        guard c[0] >= 49 && c[0] <= 57 else { return false }
        for i in [1, 4, 7, 8] where !letter(c[i]) { return false }
        for i in [2, 5] where !(letter(c[i]) || digit(c[i])) { return false }
        for i in [3, 6, 9, 10] where !digit(c[i]) { return false }
        // The format written out as its own example, one letter and zeros ("1AA0AA0AA00" in a billing trainer's
        // sample claim; blind set prose121): no beneficiary's.
        let letters = Set(c.filter(letter)), digits = Set(c.dropFirst().filter(digit))
        if letters.count == 1 && digits.isSubset(of: [48]) { return false }
        return true
    }

    /// Legacy HICN: a valid SSN plus a beneficiary identification code, or a Railroad Board form.
    public static func hicn(_ value: String) -> Bool {
        let v = value.uppercased()
        let digits = String(v.prefix(while: { $0.isASCII && $0.isNumber }))
        if digits.count == 9 {
            let suffix = String(v.dropFirst(9))
            let valid: Set<String> = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "M", "T", "W"]
            guard let first = suffix.first, valid.contains(String(first)), suffix.count <= 2 else { return false }
            return ssnStructure(digits) && !ssnKnownSample(digits)
        }
        // Railroad Retirement Board: 1–3 letters then 6 or 9 digits.
        let letters = v.prefix(while: { $0.isASCII && $0.isLetter })
        let rest = v.dropFirst(letters.count)
        return (1...3).contains(letters.count) && (rest.count == 6 || rest.count == 9)
            && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: Phone, IP, names

    /// North American numbering plan: area and exchange start 2–9, area not N11.
    public static func nanp(_ digits: String) -> Bool {
        var utf8 = digits.utf8[...]
        guard utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        if utf8.count == 11 && utf8.first == 49 { utf8 = utf8.dropFirst() }  // country code 1
        guard utf8.count == 10 else { return false }
        // Ten digits, no allocation: area (0-2), exchange (3-5), line.
        var d = (0, 0, 0, 0), seen: UInt16 = 0
        for (i, b) in utf8.enumerated() {
            let v = Int(b - 48)
            seen |= 1 << v
            switch i {
            case 0: d.0 = v
            case 1: d.1 = v
            case 2: d.2 = v
            case 3: d.3 = v
            default: break
            }
        }
        if d.0 < 2 || d.3 < 2 { return false }
        if d.1 == 1 && d.2 == 1 { return false }
        // Area code 555 is not assigned: it is the fictional one of films, specs and samples.
        if d.0 == 5 && d.1 == 5 && d.2 == 5 { return false }
        return seen.nonzeroBitCount > 2
    }

    /// An IPv4 or IPv6 address that parses (inet_pton) and is not 0.0.0.0.
    public static func ipAddress(_ text: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        if text.contains(":") {
            return inet_pton(AF_INET6, text, &buffer) == 1
        }
        guard inet_pton(AF_INET, text, &buffer) == 1 else { return false }
        return buffer.prefix(4).contains { $0 != 0 }
    }

    /// The first or last word of the match is a Census given or family name (and not a stop word).
    public static func censusName(_ text: String, _ data: DataSets) -> Bool {
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
            .map { foldLatin($0.lowercased()) }
            .filter { $0.count > 1 }
        guard let first = words.first, let last = words.last else { return false }
        // (A placeholder with its possessive is one too: "Mrs. Sample's mouth is dry"; blind set prose64.)
        if PersonName.isPlaceholder(words.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }, data) { return false }
        // A family name that is also a place word, alone before the comma, is the family name ("PARK, HAE-WON" in an
        // 835's patient line; blind set prose121).
        let placeFamilyFirst = text.firstIndex(of: ",").map { text[..<$0].split(separator: " ").count == 1 } == true
            && PersonName.familiesAlsoPlaces.contains(first)
        // "Patient Access, Rhonda ...": a department before the comma, not a family name.
        if !placeFamilyFirst, let cut = text.firstIndex(of: ","), let family = text[..<cut].split(separator: " ").last,
           PersonName.notFamilyNames.contains(foldLatin(family.lowercased())) { return false }
        // An honorific before a capitalised word makes it a name even when it is also a word (Mr. Green).
        // (Not an office held after it: "Sr. Account Manager".)
        if PersonName.honorifics.contains(first) { return words.count >= 2 && !PersonName.officesHeld.contains(last) }
        // "Patient Experience Office": an office or a place word is no family name (before the comma
        // of "Last, First", else last).
        if words.count >= 2, !placeFamilyFirst, PersonName.notFamilyNames.contains(text.contains(",") ? first : last) {
            return false
        }
        // Nor does a place or office word lead a name ("Patient Portal Messaging", "Patient Experience
        // Leader"), unless it is a given name in common use too ("Glen").
        if words.count >= 2, !text.contains(","), PersonName.isPlaceWordOnly(first, data) { return false }
        // A cased script the name lists do not cover (Cyrillic): after a label, the capitalised
        // shape carries it ("Пациент: Петрова Галина Ивановна").
        if words.count >= 2, words.allSatisfy({ $0.unicodeScalars.allSatisfy { (0x0400...0x04FF).contains($0.value) } }) {
            return true
        }
        if data.stopNames.contains(first) && (words.count == 1 || data.stopNames.contains(last)) {
            return false
        }
        // A word that is also a name beside a common word that is none: a headline ("PT GRAND
        // OPENING"), not a name ("Grace Okonkwo" and "Will Smith" stay names).
        if words.count >= 2, data.stopNames.contains(first) || data.stopNames.contains(last) {
            let other = data.stopNames.contains(first) ? last : first
            // (A hyphenated word of common words is one too: "RE: In-service Oct 16"; blind set prose121.)
            let parts = other.split(separator: "-").map(String.init)
            let common = data.commonWords.contains(other)
                || (parts.count > 1 && parts.contains(where: data.commonWords.contains)
                    && parts.allSatisfy { data.commonWords.contains($0) || data.stopNames.contains($0) })
            if common, !data.firstNames.contains(other), !data.lastNames.contains(other) {
                return false
            }
        }
        // A common word no list holds as a name inside three words is a table's header row read after
        // its "Name" column ("Name  Role  Credentials  Ext"; blind set prose119), not a middle name.
        if words.count >= 3, words.dropFirst().dropLast().contains(where: {
            !PersonName.surnameParticles.contains($0) && data.commonWords.contains($0)
                && !data.firstNames.contains($0) && !data.lastNames.contains($0)
        }) {
            return false
        }
        // "First Last" or "Last, First": either word order may carry the Census names. A hyphenated
        // word counts when each of its parts is listed ("DUBOIS-TREMBLAY, MARIE-CLAIRE"; blind set prose55).
        let listed = PersonName.isListed
        return listed(first, data.firstNames) || listed(last, data.lastNames)
            || listed(first, data.lastNames) || listed(last, data.firstNames)
    }

    /// Latin letters with diacritics to their base letter (Census lists are ASCII: Martínez → martinez).
    static func foldLatin(_ s: String) -> String {
        guard !s.utf8.allSatisfy({ $0 < 0x80 }) else { return s }
        return String(s.map { latinBase[$0] ?? $0 })
    }

    private static let latinBase: [Character: Character] = [
        "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "é": "e", "è": "e", "ê": "e", "ë": "e",
        "í": "i", "ì": "i", "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "ö": "o", "õ": "o", "ø": "o",
        "ú": "u", "ù": "u", "û": "u", "ü": "u", "ñ": "n", "ç": "c", "ý": "y", "ÿ": "y",
        // Central European and Turkish.
        "ł": "l", "ś": "s", "ş": "s", "š": "s", "ż": "z", "ź": "z", "ž": "z", "ń": "n", "ň": "n", "ć": "c",
        "č": "c", "ę": "e", "ě": "e", "ą": "a", "ř": "r", "ť": "t", "ď": "d", "ğ": "g", "ı": "i", "ő": "o",
        "ű": "u", "ů": "u", "ă": "a", "ț": "t", "ș": "s",
        // Macrons (Māori, romanised Japanese).
        "ā": "a", "ē": "e", "ī": "i", "ō": "o", "ū": "u",
        // Vietnamese.
        "đ": "d", "ạ": "a", "ả": "a", "ấ": "a", "ầ": "a", "ẩ": "a", "ẫ": "a", "ậ": "a", "ắ": "a", "ằ": "a",
        "ẳ": "a", "ẵ": "a", "ặ": "a", "ẹ": "e", "ẻ": "e", "ẽ": "e", "ế": "e", "ề": "e", "ể": "e", "ễ": "e",
        "ệ": "e", "ỉ": "i", "ị": "i", "ĩ": "i", "ọ": "o", "ỏ": "o", "ố": "o", "ồ": "o", "ổ": "o", "ỗ": "o",
        "ộ": "o", "ơ": "o", "ớ": "o", "ờ": "o", "ở": "o", "ỡ": "o", "ợ": "o", "ụ": "u", "ủ": "u", "ũ": "u",
        "ư": "u", "ứ": "u", "ừ": "u", "ử": "u", "ữ": "u", "ự": "u", "ỳ": "y", "ỵ": "y", "ỷ": "y", "ỹ": "y",
    ]

    // MARK: Dates

    /// A birth date lies in the past and less than 125 years ago.
    static func isPlausibleBirth(_ date: DateParser.CalendarDate) -> Bool {
        let now = DateParser.today()
        if (date.year, date.month, date.day) > (now.year, now.month, now.day) { return false }
        return now.year - date.year < 125
    }
}

/// Sets of values (code lists, name lists) that validators look up, by name.
public struct DataSets: Sendable {
    private let sets: [String: Set<String>]
    /// The name lists the person-name tests read for every word of every candidate, found once.
    let firstNames: Set<String>, lastNames: Set<String>, stopNames: Set<String>
    /// Given names in common use (`names_first_common`; empty when the pack has no such list).
    let commonFirstNames: Set<String>
    /// Common English words (`words_common`; empty when the pack has no such list).
    let commonWords: Set<String>
    /// Given names that lead a name in running text (`names_first_lead`), stop words mainly used as
    /// names among them (Grace, Pearl).
    let leadFirstNames: Set<String>

    public init(_ sets: [String: Set<String>] = [:]) {
        self.sets = sets
        firstNames = sets["names_first"] ?? []
        lastNames = sets["names_last"] ?? []
        stopNames = sets["names_stop"] ?? []
        commonFirstNames = sets["names_first_common"] ?? []
        commonWords = sets["words_common"] ?? []
        leadFirstNames = sets["names_first_lead"] ?? []
    }

    public func contains(_ set: String, _ value: String) -> Bool {
        sets[set]?.contains(value) ?? false
    }

    public var names: [String] { Array(sets.keys).sorted() }
}
