import PHIDetect

/// The parts of a ``ScanReport`` that must not depend on chunking (everything but the timing).
public struct ScanReportSummary: Equatable, Sendable, CustomStringConvertible {
    public var findings: [String]
    public var unscannable: [String]
    public var problems: [String: Int]
    public var bytes: Int
    public var tlsRequiredNo: Bool

    public init(_ r: ScanReport) {
        findings = r.findings.map { "\($0.part)|\($0.type)|\($0.rule)|\($0.level)|\($0.start)-\($0.end)|\($0.masked)|\($0.fingerprint)" }
        unscannable = r.unscannable.map { "\($0.reason)@\($0.part)" }
        problems = r.problems
        bytes = r.bytes
        tlsRequiredNo = r.hasTLSRequiredNo
    }

    public var description: String { "\(findings.count) findings, unscannable \(unscannable), problems \(problems)" }
}
