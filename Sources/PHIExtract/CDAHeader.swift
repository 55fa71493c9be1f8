/// Reads the patient of an HL7 CDA document (a C-CDA continuity of care document, a discharge
/// summary, a referral note) from its header, `recordTarget/patientRole`, as labelled lines.
///
/// The generic XML text of a CDA puts every element on its own line, so the patient's given and
/// family names, birth date (`<birthTime value="19580821"/>`), record number
/// (`<id extension=…>`), address and phone stand without any label and read as nobody's. This
/// renders them as `Patient name: Ramiro J Castellanos`, `DOB: 1958-08-21`, `MRN: …`,
/// `SSN: …` (the SSA's OID), `Home address: …` and `Home phone: …` lines, the words the pack's rules
/// read; the document's own text follows them unchanged. Streaming over `MarkupTokenizer` events;
/// bad or cut input gives fewer lines or nil, never a trap.
enum CDAHeader {
    /// The most bytes read: the header stands at the top of the document.
    static let maxBytes = 4 << 20
    /// The most patient lines kept (a document has one patient; a broken one may repeat).
    static let maxLines = 64
    /// The SSA's OID: an `id` under it is a social security number.
    static let ssnRoot = "2.16.840.1.113883.4.1"

    /// True when the first bytes look like a CDA document: the root element is `ClinicalDocument`.
    static func looksLikeCDA(_ prefix: [UInt8]) -> Bool {
        var tokenizer = MarkupTokenizer(html: false)
        var root: [UInt8]? = nil
        tokenizer.feed(prefix.prefix(2048)) { event in
            if root == nil, case .start(let name, _, _) = event { root = name }
        }
        return root.map { String(decoding: $0, as: UTF8.self) } == "ClinicalDocument"
    }

    /// The labelled lines of the patient in a CDA document's header; nil when it is no CDA or names no patient.
    static func render(_ bytes: [UInt8]) -> String? {
        guard looksLikeCDA(bytes) else { return nil }
        var reader = Reader()
        var tokenizer = MarkupTokenizer(html: false)
        tokenizer.feed(bytes.prefix(maxBytes)) { reader.handle($0) }
        tokenizer.finish { reader.handle($0) }
        return reader.lines.isEmpty ? nil : reader.lines.joined(separator: "\n") + "\n"
    }

    /// The walk: a stack of element names, and the parts of the name or address being read.
    private struct Reader {
        var stack: [String] = []
        var lines: [String] = []
        var given: [String] = []
        var family: [String] = []
        var address: [String] = []
        var text: [UInt8] = []
        var reading = false

        var inPatientRole: Bool { stack.contains("patientRole") }

        mutating func add(_ line: String) {
            if lines.count < CDAHeader.maxLines { lines.append(line) }
        }

        mutating func handle(_ event: MarkupEvent) {
            switch event {
            case .text(let bytes):
                if reading && text.count < 256 { text += bytes.prefix(256 - text.count) }
            case .start(let nameBytes, let attributes, let selfClosing):
                let name = String(decoding: nameBytes, as: UTF8.self)
                guard stack.count < 64 else { return }
                if inPatientRole || name == "patientRole" { start(name, attributes) }
                if !selfClosing { stack.append(name) }
            case .end(let nameBytes):
                let name = String(decoding: nameBytes, as: UTF8.self)
                guard let open = stack.lastIndex(of: name) else { return }
                if inPatientRole { end(name) }
                stack.removeSubrange(open...)
            }
        }

        private mutating func start(_ name: String, _ attributes: [UInt8]) {
            let parent = stack.last ?? ""
            switch name {
            case "id" where parent == "patientRole":
                if let value = MarkupTokenizer.attribute("extension", in: attributes), !value.isEmpty {
                    let ssn = MarkupTokenizer.attribute("root", in: attributes) == CDAHeader.ssnRoot
                    add((ssn ? "SSN: " : "MRN: ") + value)
                }
            case "telecom" where parent == "patientRole":
                if let value = MarkupTokenizer.attribute("value", in: attributes) {
                    if value.hasPrefix("tel:") { add("Home phone: " + value.dropFirst(4)) }
                    if value.hasPrefix("mailto:") { add("Patient email: " + value.dropFirst(7)) }
                }
            case "birthTime" where parent == "patient":
                if let value = MarkupTokenizer.attribute("value", in: attributes) { add("DOB: " + Self.date(value)) }
            case "given", "family":
                if stack.suffix(2) == ["patient", "name"] { beginText() }
            case "streetAddressLine", "city", "state", "postalCode":
                if parent == "addr" && stack.dropLast().last == "patientRole" { beginText() }
            default:
                break
            }
        }

        private mutating func end(_ name: String) {
            switch name {
            case "given", "family", "streetAddressLine", "city", "state", "postalCode":
                guard reading else { return }
                let value = String(decoding: text, as: UTF8.self).trimming(" \t\r\n")
                reading = false
                guard !value.isEmpty else { return }
                if name == "given" { given.append(value) } else if name == "family" { family.append(value) } else {
                    address.append(name == "state" || name == "postalCode" ? value : value + ",")
                }
            case "name" where stack.suffix(2) == ["patient", "name"]:
                if !family.isEmpty { add("Patient name: " + (given + family).joined(separator: " ")) }
                given = []
                family = []
            case "addr" where stack.suffix(2) == ["patientRole", "addr"]:
                if !address.isEmpty { add("Home address: " + address.joined(separator: " ")) }
                address = []
            default:
                break
            }
        }

        private mutating func beginText() {
            reading = true
            text = []
        }

        /// `19580821` (and longer timestamps) as `1958-08-21`; anything else as given.
        static func date(_ value: String) -> String {
            let digits = Array(value.prefix(8))
            guard digits.count == 8, digits.allSatisfy(\.isNumber) else { return value }
            return String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8])
        }
    }
}
