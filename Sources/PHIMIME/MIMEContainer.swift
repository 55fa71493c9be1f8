/// An open multipart container or message/rfc822 wrapper on the parser's stack.
struct MIMEContainer {
    /// The boundary of a multipart; nil for a message wrapper.
    var boundary: [UInt8]?
    /// The container's path.
    var path: String
    /// The container's depth.
    var depth: Int
    /// Children started so far.
    var childCount = 0
    /// True for multipart/digest, whose children default to message/rfc822.
    var isDigest = false
}
