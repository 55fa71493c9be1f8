public import Logging

/// The text of one daemon log line, the same for syslog and standard error:
/// `QUEUEID: event key=value ...`.
///
/// The queue id (`milter.queue_id`) comes first, as Postfix writes its own lines, so one grep of
/// mail.log follows a message through both. Keys lose their namespace (`phi.verdict` → `verdict`);
/// the verdict and actions lead, the rest follow by name. Control characters in values become `?`
/// so no value can forge a line. Values are rule ids, counts and codes by convention: never PHI.
public enum LogLine {
    /// Keys printed first, in this order.
    static let leading = ["phi.verdict", "phi.actions", "phi.score"]

    public static func render(_ message: Logger.Message, _ metadata: Logger.Metadata) -> String {
        var line = ""
        if let qid = metadata["milter.queue_id"].map({ clean("\($0)") }), !qid.isEmpty {
            line = qid + ": "
        }
        line += clean(message.description)
        let rest = metadata.keys.filter { $0 != "milter.queue_id" && !leading.contains($0) }.sorted()
        for key in leading.filter({ metadata[$0] != nil }) + rest {
            guard let value = metadata[key] else { continue }
            let short = key.split(separator: ".").last.map(String.init) ?? key
            line += " \(short)=\(clean("\(value)"))"
        }
        return line
    }

    /// `text` with every control character replaced by `?` and at most 2000 bytes.
    static func clean(_ text: String) -> String {
        var out = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? "?" : $0 }))
        if out.utf8.count > 2000 { out = String(decoding: out.utf8.prefix(2000), as: UTF8.self) }
        return out
    }
}
