/// What the walker knows about one part when it starts.
public struct PartInfo: Sendable, Equatable {
    /// IMAP-style part number: "1" for a single-part message, "1", "2", "2.1"... for multipart
    /// children; the top-level multipart container is "", and the multipart body of a
    /// message/rfc822 part shares that part's path.
    public var path: String
    /// Lowercased "type/subtype"; "text/plain" by default ("message/rfc822" inside multipart/digest).
    public var contentType: String
    /// Content-Type parameters: lowercased names, RFC 2231 decoded.
    public var parameters: [String: String]
    /// The charset parameter, as given.
    public var charset: String?
    /// Content-Disposition filename or Content-Type name, RFC 2047/2231 decoded.
    public var filename: String?
    /// "inline" or "attachment", lowercased, when given.
    public var disposition: String?
    /// Lowercased Content-Transfer-Encoding; "7bit" by default.
    public var transferEncoding: String
    /// Nesting depth: 0 for the top-level entity, +1 per multipart or message level.
    public var depth: Int

    /// Creates a part description.
    public init(path: String, contentType: String = "text/plain", parameters: [String: String] = [:],
                charset: String? = nil, filename: String? = nil, disposition: String? = nil,
                transferEncoding: String = "7bit", depth: Int = 0) {
        self.path = path
        self.contentType = contentType
        self.parameters = parameters
        self.charset = charset
        self.filename = filename
        self.disposition = disposition
        self.transferEncoding = transferEncoding
        self.depth = depth
    }

    /// True for parts whose content is text: text/*, JSON, XML and CSV.
    public var isText: Bool {
        contentType.hasPrefix("text/") || Self.textApplicationTypes.contains(contentType)
    }

    /// True for multipart containers and message/rfc822 (or message/global) wrappers.
    public var isContainer: Bool {
        contentType.hasPrefix("multipart/") || contentType == "message/rfc822" || contentType == "message/global"
    }

    static let textApplicationTypes: Set<String> = [
        "application/json", "application/xml", "application/csv", "application/x-csv",
    ]
}
