/// A defect found in a message: a stable code and the part it was found in, never content.
///
/// Codes: `mime.bad_base64`, `mime.bad_quoted_printable`, `mime.missing_boundary`,
/// `mime.too_deep`, `mime.header_too_long`, `mime.line_too_long`, `mime.charset_unknown`,
/// `mime.nul_byte`, `mime.too_many_parts`, `mime.encoding_unknown`.
public struct MIMEProblem: Sendable, Equatable, Hashable {
    /// A stable code such as "mime.bad_base64".
    public var code: String
    /// Path of the part ("" for the top-level header block or container).
    public var path: String

    /// Creates a problem record.
    public init(code: String, path: String) {
        self.code = code
        self.path = path
    }
}
