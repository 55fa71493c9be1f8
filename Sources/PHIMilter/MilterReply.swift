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
