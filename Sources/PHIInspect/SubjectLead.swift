import PHIDetect
import PHIRegex

/// The sender's name, the Subject line and the opening of the first text part, for scanning the
/// Subject with the body's first words as context. Keeps at most ``openingBytes`` of the body.
///
/// The sender is read as a line `Sender: <display name>` and a line `Sender: <address>` (each
/// when usable; then a blank line) before the Subject: a patient who writes
/// about their own care in the first person names themselves there ("Nora Fitzgerald" /
/// "FMLA for my surgery" / "I'm scheduled for a hysterectomy"). Only the pack's `name.sender`
/// and `email.sender` rules may find anything in that line, so a correspondent stays no patient
/// otherwise. Likewise the one person a message is to, as a line `Recipient: <display name>` before
/// the same Subject and opening, read by rule `name.recipient` alone.
struct SubjectLead {
    /// Bytes of the body read after the Subject: enough for the first paragraph or two.
    static let openingBytes = 2_048
    /// The rules that read the sender's lines: its display name, and its address (a patient's
    /// display name may be no more than "Liya A" beside "liya.abebe2012@gmail.com").
    static let senderRules: Set<String> = ["name.sender", "email.sender"]
    /// The rule that reads the recipient's line: the one person the message is to, a patient when
    /// it speaks to them of their own care in the second person ("Hi Maricel! All set for your
    /// therapy rides"), who may be named nowhere else (blind sets prose92 and prose99).
    static let recipientRule = "name.recipient"

    /// The Subject is read as a line `Subject: <subject>`, so that a rule can tell it opens there
    /// ("Subject: Okonkwo - echo results", rule `name.subject`); nothing is reported in the label.
    static let subjectLabel = Array("Subject: ".utf8)

    let sender: [UInt8]
    /// The recipient's line and a blank line, read in a scan of its own (its words are no context
    /// for the sender's or the Subject's: "Recipient: Pet Insurance Claims"); empty when unknown.
    let recipient: [UInt8]
    let subject: [UInt8]
    private(set) var opening: [UInt8] = []

    init(subject: String, senders: [String] = [], recipient: String = "") {
        self.subject = Array(subject.utf8)
        // A blank line after it: a credential ending the sender's name ("Kaur, Ravinder MD") must not
        // read as a title before a name opening the Subject.
        self.sender = senders.isEmpty ? [] : Array((senders.map { "Sender: \($0)\n" }.joined() + "\n").utf8)
        self.recipient = recipient.isEmpty ? [] : Array("Recipient: \(recipient)\n\n".utf8)
    }

    /// The recipient as the recipient's line reads it: the display name of a To header that holds
    /// one address (quotes dropped, one line, at most 128 bytes); "" otherwise (a message to
    /// several people speaks to no one patient).
    static func recipientLine(_ displayNames: String, header value: String) -> String {
        guard value.utf8.filter({ $0 == UInt8(ascii: "@") }).count == 1 else { return "" }
        return senderLines(displayNames).first { !$0.contains("@") } ?? ""
    }

    /// The sender as the sender's lines read it: the display name of the From header (quotes
    /// dropped, one line, at most 128 bytes), and its address (`value`, the whole header: the part
    /// in angle brackets or the value itself) when that is one address of at most 128 bytes; each
    /// only when usable.
    static func senderLines(_ displayNames: String, address value: String = "") -> [String] {
        // One space between words: an unquoted "Moreau, Jessica" comes as two words with the comma
        // dropped, and is read family name first.
        let name = displayNames.filter { $0 != "\"" && $0 != "\r" && $0 != "\n" }
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        return [name.utf8.count <= 128 ? name : "", senderAddress(value)].filter { !$0.isEmpty }
    }

    private static func senderAddress(_ value: String) -> String {
        var address = Substring(value)
        if let open = address.firstIndex(of: "<"), let close = address[open...].firstIndex(of: ">") {
            address = address[address.index(after: open)..<close]
        }
        let trimmed = String(address).trimming(" \t\r\n")
        let single = trimmed.contains("@") && !trimmed.contains(where: { $0 == " " || $0 == "," || $0 == "\t" })
        return single && trimmed.utf8.count <= 128 ? trimmed : ""
    }

    mutating func feed(_ bytes: [UInt8]) {
        let room = Self.openingBytes - opening.count
        guard room > 0 else { return }
        opening += bytes.prefix(room)
    }

    /// The findings of the sender's line as part `sender` (offsets in the line), those inside the
    /// Subject as part `subject` (offsets in the Subject), those in the opening as part
    /// `subject+body` (offsets in the Subject and the opening read together). A patient named only
    /// in the Subject makes the care words of the body's first lines care given to someone
    /// ("Lindqvist, Anna - echo read" / "read is done"). Then the recipient's, as part `recipient`.
    func findings(engine: InspectionEngine, scratch: MatchScratch, domains: CorrespondentDomains) -> [Finding] {
        let scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter, part: "subject", scratch: scratch,
                              domains: domains)
        scanner.feed(sender + Self.subjectLabel + subject + [0x0A, 0x0A] + opening)
        let shift = sender.count + Self.subjectLabel.count
        return scanner.finish().compactMap { f in
            var f = f
            if f.start < shift {
                guard Self.senderRules.contains(f.rule), f.end <= sender.count else { return nil }
                f.part = "sender"
                return f
            }
            f.start -= shift
            f.end -= shift
            if f.end > subject.count { f.part = "subject+body" }
            return f
        } + recipientFindings(engine: engine, scratch: scratch, domains: domains)
    }

    /// The recipient's findings of rule ``recipientRule``, as part `recipient` (offsets in its line).
    private func recipientFindings(engine: InspectionEngine, scratch: MatchScratch,
                                   domains: CorrespondentDomains) -> [Finding] {
        guard !recipient.isEmpty, !engine.recipientRules.definitions.isEmpty else { return [] }
        let scanner = Scanner(rules: engine.recipientRules, fingerprinter: engine.fingerprinter, part: "recipient", scratch: scratch,
                              domains: domains)
        scanner.feed(recipient + Self.subjectLabel + subject + [0x0A, 0x0A] + opening)
        return scanner.finish().filter { $0.rule == Self.recipientRule && $0.end <= recipient.count }
    }
}
