/// What the MTA told us about one message besides its content: client, envelope, macros.
///
/// Addresses are kept as the MTA sent them (angle brackets removed). The envelope never holds
/// message text; it may appear in the audit record.
public struct Envelope: Sendable, Codable, Equatable {
    /// The client's IP address as text (`192.0.2.7`, `2001:db8::1`), empty when unknown (e.g. a unix socket).
    public var clientAddress: String
    /// The client's host name as the MTA resolved it (`[192.0.2.7]` when unresolved).
    public var clientHost: String
    /// The HELO/EHLO argument.
    public var helo: String
    /// The envelope sender without angle brackets; empty for the null sender.
    public var sender: String
    /// Envelope recipients without angle brackets, in order.
    public var recipients: [String]
    /// The SASL login name (`{auth_authen}`), empty when unauthenticated.
    public var authUser: String
    /// The MTA's queue id (`i`), empty until the MTA assigns one.
    public var queueID: String
    /// Other macros seen, by name (`{daemon_name}` → `smtpd`).
    public var macros: [String: String]
    /// The `Message-ID` header value, trimmed; empty when absent.
    public var messageID: String
    /// Header and body bytes received so far (never the client's `SIZE=` claim); 0 before any.
    public var size: Int

    public init(clientAddress: String = "", clientHost: String = "", helo: String = "", sender: String = "",
                recipients: [String] = [], authUser: String = "", queueID: String = "",
                macros: [String: String] = [:], messageID: String = "", size: Int = 0) {
        self.clientAddress = clientAddress
        self.clientHost = clientHost
        self.helo = helo
        self.sender = sender
        self.recipients = recipients
        self.authUser = authUser
        self.queueID = queueID
        self.macros = macros
        self.messageID = messageID
        self.size = size
    }

    /// The domain of an address (after the last `@`), lowercased; empty when there is none.
    public static func domain(of address: String) -> String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return String(address[address.index(after: at)...]).lowercased()
    }

    /// Strips one pair of angle brackets and surrounding blanks from an SMTP path.
    public static func stripPath(_ path: String) -> String {
        var s = Substring(path).drop { $0 == " " || $0 == "\t" }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        if s.first == "<", s.last == ">", s.count >= 2 { s = s.dropFirst().dropLast() }
        return String(s)
    }
}
