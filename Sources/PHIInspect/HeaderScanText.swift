/// Which headers carry free text a person typed, and the text of each that is scanned.
///
/// Everything a sender can fill with words is scanned (Subject, Comments, Keywords, Thread-Topic,
/// any `X-` header a mail client or form adds, display names), because PHI travels there too
/// (`X-Patient: ...`, `"Smith John 512-48-7731" <a@b>`). Headers written by machines for machines
/// (routing, signatures, MIME structure, message identifiers, dates) are skipped: they cost time and
/// only ever yield look-alike numbers. Each value is capped, and so is the header text of a message.
enum HeaderScanText {
    /// Characters scanned of one header value.
    static let maxValueBytes = 2_048
    /// Characters of header text scanned per header block, beyond the Subject.
    static let maxBlockBytes = 32_768

    /// How one header is read.
    enum Reading: Equatable {
        /// Not scanned.
        case skip
        /// The whole value is free text.
        case text
        /// An address list: only the display names are scanned (the addresses are the
        /// correspondents', and a correspondent's name is not a patient's).
        case displayNames
    }

    /// How the header `name` (lowercased) is read.
    static func reading(of name: String) -> Reading {
        if addressHeaders.contains(name) { return .displayNames }
        if machineHeaders.contains(name) { return .skip }
        for prefix in machinePrefixes where name.hasPrefix(prefix) { return .skip }
        return .text
    }

    /// The text to scan of one header, capped; empty when nothing is to be scanned.
    static func text(name: String, value: String) -> String {
        switch reading(of: name) {
        case .skip: return ""
        case .text: return cap(value)
        case .displayNames: return cap(displayNames(value))
        }
    }

    /// The display names and comments of an address list, addresses and quote marks removed:
    /// `"Roe, Jane" <j@x>, bob@y (Bob)` → `Roe, Jane  (Bob)` (the quotes are syntax, not a title).
    static func displayNames(_ value: String) -> String {
        var out = ""
        var angle = false
        var quoted = false
        var word = ""
        func flush() {
            if !word.contains("@") { out += word }
            word = ""
        }
        for ch in value {
            if angle {
                if ch == ">" { angle = false }
                continue
            }
            if ch == "\"" {
                quoted.toggle()
                continue
            }
            if !quoted && ch == "<" {
                flush()
                angle = true
                continue
            }
            if !quoted && (ch == " " || ch == "\t" || ch == ",") {
                flush()
                out.append(ch == "," ? " " : ch)
                continue
            }
            word.append(ch)
        }
        flush()
        return out.trimming(" \t")
    }

    static func cap(_ value: String) -> String {
        guard value.utf8.count > maxValueBytes else { return value }
        var cut = value.utf8.index(value.utf8.startIndex, offsetBy: maxValueBytes)
        while cut > value.utf8.startIndex, !value.unicodeScalars.indices.contains(cut) {
            cut = value.utf8.index(before: cut)
        }
        return String(value[..<cut])
    }

    static let addressHeaders: Set<String> = [
        "from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to", "resent-cc", "resent-bcc",
        "resent-sender", "disposition-notification-to", "return-receipt-to", "mail-followup-to", "mail-reply-to",
    ]

    static let machineHeaders: Set<String> = [
        "subject", "content-type", "content-transfer-encoding", "content-disposition", "content-id",
        "content-language", "content-length", "content-location", "content-md5", "mime-version", "message-id",
        "in-reply-to", "references", "received", "return-path", "date", "resent-date", "resent-message-id",
        "dkim-signature", "domainkey-signature", "authentication-results", "received-spf", "delivered-to",
        "precedence", "auto-submitted", "user-agent", "accept-language", "thread-index", "importance",
        "priority", "sensitivity", "feedback-id", "autocrypt", "openpgp", "tls-required", "errors-to",
        "bounces-to", "mail-followup-to-policy", "require-recipient-valid-since", "original-recipient",
        "archived-at", "organization",
    ]

    static let machinePrefixes: [String] = [
        "arc-", "list-", "x-ms-", "x-microsoft-", "x-forefront-", "x-exchange-", "x-originating",
        "x-google-", "x-gm-", "x-received", "x-spam", "x-virus", "x-phi-", "x-mailer", "x-mimeole",
        "x-priority", "x-msmail", "x-ms-has", "x-ironport", "x-proofpoint", "x-mimecast", "x-barracuda",
        "x-sg-", "x-ses-", "x-amazon", "x-mailgun", "x-report-abuse", "x-feedback", "x-campaign",
        "x-auto-response", "x-envelope", "x-original-", "x-forwarded-", "x-incomingtopheadermarker",
        "x-incomingheadercount", "x-eopattributedmessage", "x-eoptenantattributedmessage",
        "x-sender-", "x-source", "x-authenticated", "x-cmae", "x-trace", "x-csa-", "x-mc-",
    ]
}
