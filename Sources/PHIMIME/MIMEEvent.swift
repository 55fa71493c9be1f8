/// One step of the walk over a message, in message order.
public enum MIMEEvent: Sendable, Equatable {
    /// A header of the top-level message (path "") or of a nested message/rfc822 (its part's
    /// path): unfolded, RFC 2047 decoded, 8-bit bytes read as UTF-8 if valid else windows-1252.
    case header(name: String, value: String, path: String)
    /// A part begins: leaves, multipart containers and message wrappers alike.
    case partStart(PartInfo)
    /// UTF-8 text of the current text leaf (transfer encoding and charset decoded).
    case text([UInt8])
    /// Decoded bytes of the current non-text leaf.
    case data([UInt8])
    /// The part with this path ended.
    case partEnd(path: String)
    /// A defect; the walk goes on.
    case problem(MIMEProblem)
}
