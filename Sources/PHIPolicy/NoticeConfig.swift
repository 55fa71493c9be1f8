/// The `notice:` keys: a short mail to the sender and/or a privacy address when a message is
/// held or refused. Off by default.
public struct NoticeConfig: Sendable, Codable, Equatable {
    /// Tell the envelope sender (never a null sender or MAILER-DAEMON). Default: false.
    public var sender = false
    /// Also tell this address (the privacy office), with the envelope and queue id; "" = nobody.
    public var privacy = ""
    /// From: of the notice. Default `postmaster` (Postfix appends $myorigin).
    public var from = "postmaster"
    /// The dispositions that send a notice: `quarantine`, `reject`. Default both.
    public var when: [Action] = [.quarantine, .reject]
    /// The sendmail(1) command and any arguments before the recipients (`-C DIR` for a second instance).
    public var sendmail = ["/usr/sbin/sendmail"]

    public init() {}

    /// Whether any notice is configured.
    public var enabled: Bool { (sender || !privacy.isEmpty) && !when.isEmpty && !sendmail.isEmpty }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = NoticeConfig()
        sender = try c.decodeIfPresent(Bool.self, forKey: .sender) ?? d.sender
        privacy = try c.decodeIfPresent(String.self, forKey: .privacy) ?? d.privacy
        from = try c.decodeIfPresent(String.self, forKey: .from) ?? d.from
        when = try c.decodeIfPresent([Action].self, forKey: .when) ?? d.when
        sendmail = try c.decodeIfPresent([String].self, forKey: .sendmail) ?? d.sendmail
        for a in when where a != .quarantine && a != .reject {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.when],
                                                    debugDescription: "only quarantine and reject send notices"))
        }
    }
}
