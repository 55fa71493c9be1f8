import Foundation

/// What the quarantine commands show from a message's scan record in a JSON Lines audit log.
///
/// Decoded leniently (every field optional) so records written by older or newer versions,
/// with fields added or missing, still read.
public struct ScanRecordExcerpt: Sendable, Codable, Equatable {
    public var queueID: String
    /// Kept as text so a verdict or action added by a later version does not make the record unreadable.
    public var verdict: String?
    public var actions: [String]?
    public var reasons: [String]?
    public var types: [String]?
    public var rules: [AuditRecord.RuleCount]?
    public var samples: [AuditRecord.Sample]?
    public var unscannable: [String]?
    public var client: String?
    public var authUser: String?
    public var operation: AuditRecord.Operation?

    enum CodingKeys: String, CodingKey {
        case queueID = "queue_id", verdict, actions, reasons, types, rules, samples, unscannable, client
        case authUser = "auth_user", operation
    }
}

/// Finds scan records in a JSON Lines audit log, reading it line by line (logs grow large).
public enum AuditLogReader {
    /// The last scan record (not an operator's record) of each of `queueIDs` in the file at `path`.
    /// Lines that do not parse are skipped; an unreadable file gives an empty result.
    public static func scanRecords(path: String, queueIDs: Set<String>) -> [String: ScanRecordExcerpt] {
        guard !queueIDs.isEmpty, let file = fopen(path, "r") else { return [:] }
        defer { fclose(file) }
        var found: [String: ScanRecordExcerpt] = [:]
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let decoder = JSONDecoder()
        while getline(&buffer, &capacity, file) > 0 {
            guard let buffer else { break }
            let line = String(cString: buffer)
            // Cheap test first: most lines are about other messages.
            guard let id = queueIDs.first(where: { line.contains("\"queue_id\":\"\($0)\"") }),
                  let r = try? decoder.decode(ScanRecordExcerpt.self, from: Data(line.utf8)),
                  r.queueID == id, r.operation == nil else { continue }
            found[id] = r
        }
        return found
    }
}
