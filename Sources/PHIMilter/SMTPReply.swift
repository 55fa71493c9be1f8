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
