public import PHIDetect
import Foundation

/// One line of the audit log: what was decided about a message and why, with no PHI.
///
/// Findings appear only as rule ids, types, levels, masked samples and HMAC fingerprints;
/// unscannable content only as reason codes. Envelope addresses and the Message-ID are kept.
public struct AuditRecord: Sendable, Codable, Equatable {
    /// Counts of one rule's findings.
    public struct RuleCount: Sendable, Codable, Equatable {
        public var rule: String
        public var type: String
        public var count: Int
        /// Highest level seen.
        public var level: Level
    }

    /// One finding as it may be shown: masked and fingerprinted.
    public struct Sample: Sendable, Codable, Equatable {
        public var rule: String
        public var type: String
        public var level: Level
        public var masked: String
        public var fingerprint: String
    }

    /// UTC time of the decision, RFC 3339 (`2026-11-29T03:40:00Z`).
    public var time: String
    public var queueID: String
    public var messageID: String
    /// Client as `host[address]`.
    public var client: String
    public var sender: String
    public var recipients: [String]
    public var authUser: String
    public var verdict: Verdict
    public var actions: [Action]
    public var score: Int
    /// Classifier reasons (`strong:SSN`, `unscannable:archive.encrypted`), naming types only.
    public var reasons: [String]
    public var types: [String]
    public var rules: [RuleCount]
    /// At most ``maxSamples`` findings, highest score first.
    public var samples: [Sample]
    public var unscannable: [String]
    public var problems: [String: Int]
    public var bytes: Int
    public var elapsedMs: Double
    /// In `simulate` mode, the actions enforce mode would have taken; absent otherwise.
    public var would: [Action]?
    /// Policy steps that shaped the actions (`allowed:2`, `ignored:1`, `scope:partner`, `scope:rule:<name>`,
    /// `type:SSN`, `bulk:600`, `trigger:subject`); absent when none did.
    public var applied: [String]?
    /// Context (issue 13): the filtering host, `inbound|outbound|internal`, why the scan was
    /// skipped (empty when scanned), `enforce|simulate`, and the packs as `id@version`.
    public var host = "", direction = "", skipReason = "", mode = "enforce", packs: [String] = []
    /// Set on a record of an operator's act on a held message (release, delete, raw view), not a scan.
    public var operation: Operation?

    /// Most samples kept per record.
    public static let maxSamples = 20

    enum CodingKeys: String, CodingKey {
        case time, queueID = "queue_id", messageID = "message_id", client, sender, recipients
        case authUser = "auth_user", verdict, actions, score, reasons, types, rules, samples, unscannable
        case problems, bytes, elapsedMs = "elapsed_ms", would, applied, operation
        case host, direction, skipReason = "skip_reason", mode, packs
    }

    /// Builds the record of one decision.
    public init(time: Date = Date(), envelope: Envelope, verdict: Verdict, actions: [Action],
                classification: Classification, report: ScanReport) {
        self.time = AuditRecord.rfc3339(time)
        queueID = envelope.queueID
        messageID = AuditRecord.safeMessageID(envelope.messageID)
        client = envelope.clientHost.isEmpty && envelope.clientAddress.isEmpty
            ? "" : "\(envelope.clientHost)[\(envelope.clientAddress)]"
        sender = envelope.sender
        recipients = envelope.recipients
        authUser = envelope.authUser
        self.verdict = verdict
        self.actions = actions
        score = classification.score
        reasons = classification.reasons
        types = report.types
        var byRule: [String: RuleCount] = [:]
        func count(rule: String, type: String, level: Level, n: Int) {
            var rc = byRule[rule] ?? RuleCount(rule: rule, type: type, count: 0, level: level)
            rc.count += n
            rc.level = max(rc.level, level)
            byRule[rule] = rc
        }
        for f in report.findings { count(rule: f.rule, type: f.type, level: f.level, n: 1) }
        for e in report.tally.entries { count(rule: e.rule, type: e.type, level: e.level, n: e.count) }
        rules = byRule.values.sorted { $0.rule < $1.rule }
        samples = report.findings.sorted { $0.score > $1.score }.prefix(AuditRecord.maxSamples).map {
            Sample(rule: $0.rule, type: $0.type, level: $0.level, masked: $0.masked, fingerprint: $0.fingerprint)
        }
        unscannable = Set(report.unscannable.map(\.reason)).sorted()
        problems = report.problems
        bytes = report.bytes
        elapsedMs = (report.elapsedMs * 1000).rounded() / 1000
    }

    /// Longest Message-ID recorded as sent; a longer one is cut and marked (RFC 5322 lines are at
    /// most 998 bytes, real ids under 100; a 20 KB id is an attack on the log, not an id).
    public static let maxMessageIDBytes = 255

    /// The Message-ID as recorded: printable ASCII only (others become `?`), at most
    /// ``maxMessageIDBytes`` plus a `...` marker.
    static func safeMessageID(_ id: String) -> String {
        var out = ""
        for s in id.unicodeScalars {
            if out.utf8.count >= maxMessageIDBytes { return out + "..." }
            out.unicodeScalars.append(s.value >= 0x20 && s.value < 0x7F ? s : "?")
        }
        return out
    }

    /// The record as one line of JSON (no trailing newline), keys sorted.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{\"error\":\"audit.encode\"}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The stable one-line key=value summary:
    /// `queue_id=... verdict=... action=... score=... types=... rules=...` plus message id and client.
    public func summary() -> String {
        let fields: [(String, String)] = [
            ("queue_id", queueID), ("verdict", verdict.rawValue),
            ("action", actions.map(\.rawValue).joined(separator: ",")), ("score", String(score)),
            ("types", types.joined(separator: ",")), ("rules", rules.map(\.rule).joined(separator: ",")),
            ("unscannable", unscannable.joined(separator: ",")), ("bytes", String(bytes)),
            ("message_id", messageID), ("client", client),
        ]
        return fields.map { "\($0.0)=\(AuditRecord.token($0.1))" }.joined(separator: " ")
    }

    /// A value safe in a key=value line: no blanks, quotes or control characters; `-` when empty.
    static func token(_ value: String) -> String {
        if value.isEmpty { return "-" }
        return String(value.unicodeScalars.map { s -> Character in
            s.value <= 0x20 || s == "\"" || s.value == 0x7f ? "_" : Character(s)
        })
    }

    static func rfc3339(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var tm = tm()
        gmtime_r(&t, &tm)
        func pad(_ v: Int32, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(tm.tm_year + 1900, 4))-\(pad(tm.tm_mon + 1, 2))-\(pad(tm.tm_mday, 2))T"
            + "\(pad(tm.tm_hour, 2)):\(pad(tm.tm_min, 2)):\(pad(tm.tm_sec, 2))Z"
    }
}
