import Foundation

/// A message in Postfix's hold queue as the quarantine commands show it: the envelope from
/// `postqueue -j`, the verdict from its scan header and the route recorded in its queue file.
///
/// Holds no content: no Subject, no body; header values other than the scan header, the
/// encryption header and the Message-ID are never kept.
public struct HeldMessage: Sendable, Codable, Equatable {
    public var queueID: String
    /// Arrival, seconds since 1970.
    public var arrival: Int
    public var size: Int
    public var sender: String
    public var recipients: [String]
    public var messageID = ""
    /// phi-milter's verdict header; nil when the message was not scanned by phi-milter.
    public var scan: ScanHeader?
    /// Whether the message carries one of the configured encryption headers.
    public var encryptHeader = false
    /// The `FILTER` (content filter) the queue file names, e.g. `encrypt:[gw.example]:25`; "" when none.
    public var contentFilter = ""

    public init(queueID: String, arrival: Int = 0, size: Int = 0, sender: String = "", recipients: [String] = []) {
        self.queueID = queueID
        self.arrival = arrival
        self.size = size
        self.sender = sender
        self.recipients = recipients
    }

    enum CodingKeys: String, CodingKey {
        case queueID = "queue_id", arrival = "arrival_time", size = "message_size", sender, recipients
        case messageID = "message_id", scan, encryptHeader = "encrypt_header", contentFilter = "content_filter"
    }

    /// Whether `id` has the shape of a Postfix queue id (letters and digits only), so it is safe
    /// to hand to postsuper and postcat.
    public static func isQueueID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            ("0"..."9").contains($0) || ("A"..."Z").contains($0) || ("a"..."z").contains($0)
        }
    }

    /// The held messages in `postqueue -j` output (one JSON object per line); other queues are skipped.
    public static func parseQueue(_ json: String) -> [HeldMessage] {
        struct Line: Decodable {
            struct Recipient: Decodable { var address: String }
            var queue_name: String
            var queue_id: String
            var arrival_time: Int?
            var message_size: Int?
            var sender: String?
            var recipients: [Recipient]?
        }
        return json.split(separator: "\n").compactMap { line in
            guard let l = try? JSONDecoder().decode(Line.self, from: Data(line.utf8)), l.queue_name == "hold",
                  isQueueID(l.queue_id) else { return nil }
            return HeldMessage(queueID: l.queue_id, arrival: l.arrival_time ?? 0, size: l.message_size ?? 0,
                               sender: l.sender ?? "", recipients: (l.recipients ?? []).map(\.address))
        }
    }

    /// Fills the scan verdict, Message-ID, encryption flag and content filter from
    /// `postcat -e -h -q ID` output.
    ///
    /// - Parameters:
    ///   - scanHeader: name of phi-milter's verdict header (`X-PHI-Scan`).
    ///   - encryptHeaders: names of the headers the `encrypt` action adds.
    public mutating func read(postcat output: String, scanHeader: String, encryptHeaders: [String]) {
        var section = ""
        var headers: [(String, String)] = []
        for raw in output.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("*** ") {
                section = line.contains("MESSAGE CONTENTS") ? "content" : line.contains("HEADER EXTRACTED") ? "extracted" : "envelope"
                continue
            }
            switch section {
            case "content", "":
                if let c = line.first, c == " " || c == "\t" {
                    if !headers.isEmpty { headers[headers.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces) }
                } else if let colon = line.firstIndex(of: ":") {
                    headers.append((String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
                }
            case "extracted", "envelope":
                if line.hasPrefix("content_filter:") {
                    contentFilter = String(line.dropFirst("content_filter:".count)).trimmingCharacters(in: .whitespaces)
                }
            default: break
            }
        }
        let encrypt = Set(encryptHeaders.map { $0.lowercased() })
        for (name, value) in headers {
            let lower = name.lowercased()
            if lower == scanHeader.lowercased(), scan == nil { scan = ScanHeader(parsing: value) }
            if lower == "message-id", messageID.isEmpty { messageID = AuditRecord.safeMessageID(value) }
            if encrypt.contains(lower) { encryptHeader = true }
        }
    }
}
