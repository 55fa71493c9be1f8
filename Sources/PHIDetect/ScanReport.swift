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
    /// The findings kept whole, at most ``FindingTally/keptFindings`` (see ``add(_:tally:)``).
    public var findings: [Finding]
    /// The findings past those kept, counted.
    public var tally = FindingTally()
    public var unscannable: [Unscannable]
    /// Recoverable oddities by code (bad base64, unknown charset, ...), counted.
    public var problems: [String: Int]
    /// Bytes of input (the raw message, or the text).
    public var bytes: Int
    /// Wall time of the scan in milliseconds.
    public var elapsedMs: Double
    /// Whether the message carried `TLS-Required: No` (RFC 8689), which policy treats as a violation on PHI.
    public var hasTLSRequiredNo: Bool

    public init(findings: [Finding] = [], tally: FindingTally = FindingTally(), unscannable: [Unscannable] = [],
                problems: [String: Int] = [:], bytes: Int = 0, elapsedMs: Double = 0, hasTLSRequiredNo: Bool = false) {
        self.findings = findings
        self.tally = tally
        self.unscannable = unscannable
        self.problems = problems
        self.bytes = bytes
        self.elapsedMs = elapsedMs
        self.hasTLSRequiredNo = hasTLSRequiredNo
    }

    /// Adds findings: kept whole while fewer than ``FindingTally/keptFindings`` are, else tallied,
    /// with what a scanner tallied itself.
    public mutating func add(_ more: [Finding], tally more2: FindingTally = FindingTally()) {
        let room = max(0, FindingTally.keptFindings - findings.count)
        if more.count <= room {
            findings += more
        } else {
            findings += more.prefix(room)
            tally.add(more.dropFirst(room))
        }
        if !more2.isEmpty { tally.merge(more2) }
    }

    /// Findings in all, kept and tallied.
    public var findingCount: Int { findings.count + tally.count }
    /// Findings per type, kept and tallied.
    public var countsByType: [String: Int] {
        var counts: [String: Int] = [:]
        for f in findings { counts[f.type, default: 0] += 1 }
        for e in tally.entries { counts[e.type, default: 0] += e.count }
        return counts
    }
    /// Finding types present, sorted.
    public var types: [String] { Array(Set(findings.map(\.type)).union(tally.entries.map(\.type))).sorted() }
    /// Rule ids present, sorted.
    public var rules: [String] { Array(Set(findings.map(\.rule)).union(tally.entries.map(\.rule))).sorted() }
}
