/// A notice that a message was held or refused: a short, DSN-like text mail naming the types
/// found, never any content (no Subject, no body, no masked sample).
public struct Notice: Sendable, Equatable {
    /// Envelope recipients of the notice.
    public var recipients: [String]
    /// The whole mail (headers and body), LF line ends, for sendmail(1) on standard input.
    public var text: String

    /// The notices `record` calls for under `config`: one to the sender, one to the privacy
    /// address (with the envelope and queue id, for `phi-milter quarantine show`). Empty when the
    /// record's disposition is not configured, or no one is to be told.
    public static func make(for record: AuditRecord, config: NoticeConfig) -> [Notice] {
        guard config.enabled, let kind = disposition(record), config.when.contains(kind) else { return [] }
        let held = kind == .quarantine
        let types = record.types.isEmpty ? "none named" : record.types.joined(separator: ", ")
        let what = held ? "was held for review" : "was not delivered"
        let subject = held ? "Your message was held: it appears to contain protected health information"
                           : "Your message was not delivered: it appears to contain protected health information"
        var out: [Notice] = []
        let sender = clean(record.sender)
        if config.sender, isNotifiable(sender) {
            let body = """
                Your message of \(record.time) \(what), because it appears to contain
                protected health information (PHI).

                Original Message-ID: \(record.messageID.isEmpty ? "-" : record.messageID)
                Recipients: \(record.recipients.count)
                Types found: \(types)

                \(held ? "The privacy office will review it; you need do nothing now."
                       : "Send it again through the secure channel, or remove the PHI.")
                This notice contains no content of your message.
                """
            out.append(Notice(recipients: [sender], text: mail(from: config.from, to: sender, subject: subject, body: body)))
        }
        let privacy = clean(config.privacy)
        if !privacy.isEmpty {
            let body = """
                A message \(what) by phi-milter.

                Queue ID: \(record.queueID.isEmpty ? "-" : record.queueID)
                Original Message-ID: \(record.messageID.isEmpty ? "-" : record.messageID)
                Sender: \(sender.isEmpty ? "<>" : sender)
                Recipients: \(record.recipients.map(clean).joined(separator: ", "))
                Verdict: \(record.verdict.rawValue), score \(record.score)
                Types found: \(types)
                Rules: \(record.rules.map(\.rule).joined(separator: ", "))

                \(held ? "Review it with: phi-milter quarantine show \(record.queueID)" : "")
                """
            out.append(Notice(recipients: [privacy],
                              text: mail(from: config.from, to: privacy, subject: "phi-milter: a message \(what)", body: body)))
        }
        return out
    }

    /// quarantine or reject, whichever the record's actions carry (reject wins).
    static func disposition(_ record: AuditRecord) -> Action? {
        record.actions.contains(.reject) ? .reject : record.actions.contains(.quarantine) ? .quarantine : nil
    }

    /// Whether a sender may be told: not the null sender and not a mailer daemon (no mail loops).
    static func isNotifiable(_ address: String) -> Bool {
        guard !address.isEmpty, address.contains("@") else { return false }
        let local = address.split(separator: "@").first.map { $0.lowercased() } ?? ""
        return local != "mailer-daemon" && local != "postmaster" && !address.hasPrefix("-")
    }

    /// An address safe in a header line and an argument: no blanks, brackets or control characters.
    static func clean(_ address: String) -> String {
        String(address.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7f && !"<>,;\"\\()".unicodeScalars.contains($0) }
            .map(Character.init))
    }

    static func mail(from: String, to: String, subject: String, body: String) -> String {
        """
        From: \(clean(from))
        To: \(to)
        Subject: \(subject)
        Auto-Submitted: auto-generated
        MIME-Version: 1.0
        Content-Type: text/plain; charset=us-ascii

        \(body)

        """
    }
}
