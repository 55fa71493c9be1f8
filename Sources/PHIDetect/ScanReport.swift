/// Content that could not be inspected: an encrypted archive, a limit, a parser failure.
public struct Unscannable: Sendable, Codable, Hashable {
    /// A stable reason code (`archive.encrypted`, `archive.bomb`, `mime.too_deep`, `time.budget`, ...).
    public var reason: String
    /// The part path (and name) it concerns.
    public var part: String

    public init(reason: String, part: String) {
        self.reason = reason
        self.part = part
    }
}

/// Everything one scan of a message or text found: the seam between inspection and policy.
public struct ScanReport: Sendable, Codable, Equatable {
    public var findings: [Finding]
    public var unscannable: [Unscannable]
    /// Recoverable oddities by code (bad base64, unknown charset, ...), counted.
    public var problems: [String: Int]
    /// Bytes of input (the raw message, or the text).
    public var bytes: Int
    /// Wall time of the scan in milliseconds.
    public var elapsedMs: Double
    /// Whether the message carried `TLS-Required: No` (RFC 8689), which policy treats as a violation on PHI.
    public var hasTLSRequiredNo: Bool

    public init(findings: [Finding] = [], unscannable: [Unscannable] = [], problems: [String: Int] = [:],
                bytes: Int = 0, elapsedMs: Double = 0, hasTLSRequiredNo: Bool = false) {
        self.findings = findings
        self.unscannable = unscannable
        self.problems = problems
        self.bytes = bytes
        self.elapsedMs = elapsedMs
        self.hasTLSRequiredNo = hasTLSRequiredNo
    }

    /// Finding types present, sorted.
    public var types: [String] { Array(Set(findings.map(\.type))).sorted() }
    /// Rule ids present, sorted.
    public var rules: [String] { Array(Set(findings.map(\.rule))).sorted() }
}
