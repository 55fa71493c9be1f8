/// An SMTP reply the milter asks the MTA to send: code, enhanced status code and text.
public struct SMTPReply: Sendable, Equatable {
    public var code: String
    public var xcode: String
    /// Printable ASCII without `%`, CR or LF (libmilter drops replies with a lone `%`).
    public var text: String

    public init(code: String, xcode: String, text: String) {
        self.code = code
        self.xcode = xcode
        self.text = text
    }
}

/// What a callback answers: the milter protocol's replies, independent of libmilter.
public enum MilterReply: Sendable, Equatable {
    /// Go on (for header and body callbacks the glue sends no reply when `SMFIP_NR_*` was negotiated).
    case `continue`
    /// Accept the rest of the message or connection without further callbacks.
    case accept
    /// Refuse permanently (5xx).
    case reject(SMTPReply)
    /// Refuse for now (4xx).
    case tempfail(SMTPReply)
}

/// A change to the message, made only at end of message, in this order.
public enum Modification: Sendable, Equatable {
    /// `smfi_chgheader(name, index, value)`: index is 1-based per name; a nil value deletes.
    case changeHeader(name: String, index: Int, value: String?)
    /// `smfi_insheader(index, name, value)`: index 0 is the top of the header.
    case insertHeader(index: Int, name: String, value: String)
    /// `smfi_addheader(name, value)`: appended after the last header.
    case addHeader(name: String, value: String)
    /// `smfi_quarantine(reason)`: Postfix puts the message on hold.
    case quarantine(reason: String)
}
