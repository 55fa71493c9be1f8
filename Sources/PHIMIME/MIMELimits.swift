/// Limits that keep the MIME walker bounded on hostile input.
public struct MIMELimits: Sendable {
    /// Multipart/message nesting; deeper parts are not walked (problem `mime.too_deep`).
    public var maxDepth: Int = 32
    /// Bytes per header block; the rest of the block is skipped (problem `mime.header_too_long`).
    public var maxHeaderBytes: Int = 262_144
    /// Parts (leaves and containers) emitted; later parts are skipped (problem `mime.too_many_parts`).
    public var maxParts: Int = 10_000
    /// Longer header lines are cut (problem `mime.line_too_long`); body lines of any length are fine.
    public var maxLineBytes: Int = 1_000_000
    /// Bytes of a multipart preamble kept in case no boundary ever follows; beyond it the
    /// preamble is walked as a text part (problem `mime.missing_boundary`).
    public var maxPreambleBytes: Int = 65_536

    /// Creates the default limits.
    public init() {}
}
