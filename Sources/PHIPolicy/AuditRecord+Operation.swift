import Foundation
import PHIDetect

extension AuditRecord {
    /// An operator's act on a held message: who, what and why.
    public struct Operation: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable {
            case release, delete
            /// The full message was shown (`quarantine show --raw`).
            case viewRaw = "view_raw"
        }
        public var kind: Kind
        /// The invoking user's login name (the `sudo` caller when run through sudo).
        public var by: String
        /// The real uid the command ran with.
        public var uid: Int
        /// The reason the operator gave, as typed (control characters removed, at most ``maxReasonBytes``).
        public var reason: String
        /// How a release left: `encrypted`, `plain`; empty for other kinds.
        public var route: String

        /// Longest reason kept.
        public static let maxReasonBytes = 300

        public init(kind: Kind, by: String, uid: Int, reason: String, route: String = "") {
            self.kind = kind
            self.by = by
            self.uid = uid
            var kept = ""
            for s in reason.unicodeScalars where s.value >= 0x20 && s.value != 0x7f {
                if kept.utf8.count + String(s).utf8.count > Operation.maxReasonBytes { break }
                kept.unicodeScalars.append(s)
            }
            self.reason = kept
            self.route = route
        }
    }

    /// The record of `operation` on `message`: its envelope and scan verdict, the reasons and
    /// samples of the scan's own record when known (`scanned`), and the operation.
    public init(time: Date = Date(), operation: Operation, message: HeldMessage, scanned: ScanRecordExcerpt? = nil) {
        let envelope = Envelope(sender: message.sender, recipients: message.recipients, queueID: message.queueID,
                                messageID: message.messageID, size: message.size)
        let verdict = message.scan?.verdict ?? scanned?.verdict.flatMap(Verdict.init(rawValue:)) ?? .skipped
        let classification = Classification(verdict: verdict == .phi ? .phi : .clean, score: message.scan?.score ?? 0,
                                            reasons: scanned?.reasons ?? [], types: message.scan?.types ?? [],
                                            rules: message.scan?.rules ?? [])
        self.init(time: time, envelope: envelope, verdict: verdict, actions: [], classification: classification,
                  report: ScanReport(bytes: message.size))
        types = scanned?.types ?? message.scan?.types ?? []
        if let scanned {
            client = scanned.client ?? ""
            authUser = scanned.authUser ?? ""
            rules = scanned.rules ?? []
            samples = scanned.samples ?? []
            unscannable = scanned.unscannable ?? []
        }
        self.operation = operation
    }
}
