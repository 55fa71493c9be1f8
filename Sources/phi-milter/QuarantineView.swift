import Foundation
import PHIPolicy

/// How the quarantine commands print a held message: no content, masked samples only.
enum QuarantineView {
    static func time(_ t: Int) -> String {
        t == 0 ? "-" : ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(t)))
    }

    static func list(_ items: [String]) -> String { items.isEmpty ? "-" : items.joined(separator: ",") }

    /// The route's name: `encrypt`, `plain`, `refused` in the list (`short`), with the refusal
    /// code (`release.no_encrypt_route`) in JSON.
    static func routeName(_ r: ReleaseRoute, short: Bool = false) -> String {
        switch r {
        case .encrypted: return "encrypt"
        case .plain: return "plain"
        case .refused(let code): return short ? "refused" : code
        }
    }

    /// The message as a multi-line block.
    static func text(_ m: HeldMessage, record: ScanRecordExcerpt?, route: ReleaseRoute) -> String {
        var out = """
            queue_id:   \(m.queueID)
            arrived:    \(time(m.arrival))
            size:       \(m.size)
            sender:     \(m.sender.isEmpty ? "<>" : m.sender)
            recipients: \(m.recipients.joined(separator: ", "))
            message_id: \(m.messageID.isEmpty ? "-" : m.messageID)

            """
        if let s = m.scan {
            out += "verdict:    \(s.verdict.rawValue) (score \(s.score))\ntypes:      \(list(s.types))\nrules:      \(list(s.rules))\n"
        } else {
            out += "verdict:    - (no phi-milter scan header; held by something else)\n"
        }
        if let r = record {
            out += "actions:    \(list(r.actions ?? []))\nreasons:    \(list(r.reasons ?? []))\n"
            if let u = r.unscannable, !u.isEmpty { out += "unscannable: \(list(u))\n" }
            let samples = r.samples ?? []
            if !samples.isEmpty {
                out += "samples:\n"
                for s in samples { out += "  \(s.type)\t\(s.rule)\t\(s.level)\t\(s.masked)\t\(s.fingerprint)\n" }
            }
        } else {
            out += "audit:      no scan record found (set --audit-log, or audit.sink: file)\n"
        }
        out += "route:      \(m.contentFilter.isEmpty ? "no content filter" : "content_filter \(m.contentFilter)")\n"
        out += "release:    \(route.explanation)\n"
        return out
    }

    /// The message as one JSON object (keys sorted).
    static func json(_ m: HeldMessage, record: ScanRecordExcerpt?, route: ReleaseRoute) -> String {
        struct View: Encodable {
            var message: HeldMessage
            var audit: ScanRecordExcerpt?
            var release: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(View(message: m, audit: record, release: routeName(route))) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
