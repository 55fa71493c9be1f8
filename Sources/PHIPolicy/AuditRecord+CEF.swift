import Foundation

extension AuditRecord {
    /// The record as one ArcSight Common Event Format line, for SIEMs that read CEF over syslog:
    /// `CEF:0|phi-milter|phi-milter|<version>|<verdict>|PHI scan <verdict>|<severity>|<extension>`.
    ///
    /// Extension keys: `rt` (ms since the epoch), `dvchost`, `src`, `suser`, `duser`, `act`,
    /// `deviceDirection` (0 inbound, 1 outbound or internal), `in` (bytes), `cn1` score, and
    /// labelled strings `cs1` queue id, `cs2` Message-ID, `cs3` types, `cs4` rules, `cs5`
    /// direction, `cs6` mode; `reason` is the skip reason. Like every format: no PHI.
    public func cefLine(version: String) -> String {
        let severity = switch verdict {
        case .violation: 8
        case .phi: 7
        case .unscannable: 5
        case .clean, .skipped: 1
        }
        let header = ["CEF:0", "phi-milter", "phi-milter", version, verdict.rawValue, "PHI scan \(verdict.rawValue)",
                      String(severity)].map(AuditRecord.cefHeader).joined(separator: "|")
        let address = client.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
        var ext: [(String, String)] = [
            ("rt", AuditRecord.epochMillis(time)), ("dvchost", host), ("src", address), ("suser", sender),
            ("duser", recipients.joined(separator: ",")), ("act", actions.map(\.rawValue).joined(separator: ",")),
            ("deviceDirection", direction == "inbound" ? "0" : "1"), ("in", String(bytes)),
            ("cn1Label", "score"), ("cn1", String(score)),
            ("cs1Label", "queueId"), ("cs1", queueID), ("cs2Label", "messageId"), ("cs2", messageID),
            ("cs3Label", "types"), ("cs3", types.joined(separator: ",")),
            ("cs4Label", "rules"), ("cs4", rules.map(\.rule).joined(separator: ",")),
            ("cs5Label", "direction"), ("cs5", direction), ("cs6Label", "mode"), ("cs6", mode),
            ("reason", skipReason),
        ]
        ext.removeAll { $0.1.isEmpty }
        return header + "|" + ext.map { "\($0.0)=\(AuditRecord.cefValue($0.1))" }.joined(separator: " ")
    }

    /// A header field: `\` and `|` escaped, line breaks as blanks.
    static func cefHeader(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "\r", "\n": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    /// An extension value: `\` and `=` escaped, line breaks as `\n`/`\r`, other controls dropped.
    static func cefValue(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "=": out += "\\="
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: if u.value >= 0x20 && u.value != 0x7f { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Milliseconds since the epoch of an RFC 3339 `time` as written by ``rfc3339(_:)``; empty when malformed.
    static func epochMillis(_ text: String) -> String {
        let f = ISO8601DateFormatter()
        guard let d = f.date(from: text) else { return "" }
        return String(Int64(d.timeIntervalSince1970) * 1000)
    }
}
