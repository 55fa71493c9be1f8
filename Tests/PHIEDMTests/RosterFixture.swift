import Foundation
@testable import PHIEDM

/// A small roster built into a private temp directory for each test that needs one.
struct RosterFixture {
    static let schema = EDMSchema(name: "clinic", columns: [
        .init(name: "mrn", kind: .digits, role: .primary, type: "MRN"),
        .init(name: "member_id", kind: .id, role: .primary, type: "MEMBER_ID"),
        .init(name: "first_name", kind: .name, role: .corroborating, type: "NAME", with: "last_name"),
        .init(name: "last_name", kind: .name, role: .corroborating, type: "NAME"),
        .init(name: "dob", kind: .date, role: .corroborating, type: "DOB"),
        .init(name: "zip", kind: .zip, role: .corroborating, type: "ZIP"),
    ])
    static let header = "mrn,member_id,first_name,last_name,dob,zip,notes"
    /// Every roster value, for the "never written, never printed" checks.
    static let rows: [[String]] = {
        let first = ["Ngozi", "José", "Mary Ann", "Wojciech", "Thi", "Aarav", "Søren", "Lucía", "Dmitri", "Amara",
                     "Keisha", "Bartholomew", "Ines", "Olusegun", "Priya", "Mateo", "Zoë", "Hamid", "Greta", "Tomasz",
                     "Chidinma", "Yusuf", "Pilar", "Kwame"]
        let last = ["Okafor", "Núñez", "O'Brien", "Kowalczyk", "Nguyen", "Raghunathan", "Lindqvist", "Fernández",
                    "Volkov", "Eze", "Thibodeaux", "Pennington", "Sørensen", "Adebayo", "Venkataraman", "Quiroga",
                    "Whitcombe", "Farahani", "Brunnhilde", "Zielinski", "Okonkwo", "Demirci", "Arriaga", "Mensah"]
        return first.indices.map { i in
            [String(4_417_302 + i * 7_919), "XJH-\(88_213 + i)-0\(i % 10)", first[i], last[i],
             String(format: "19%02d-%02d-%02d", 40 + i, 1 + i % 12, 3 + i), String(format: "%05d", 2_139 + i * 311), "n\(i)"]
        }
    }()

    let dir: String
    let csv: String
    let keyFile: String
    let edm: String
    let key: EDMKey

    init(rows: [[String]] = RosterFixture.rows, extraCSV: String = "") throws {
        dir = NSTemporaryDirectory() + "phi-edm-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        csv = dir + "/roster.csv"
        keyFile = dir + "/edm.key"
        edm = dir + "/site.edm"
        let body = rows.map { $0.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") }.joined(separator: "\n")
        try (RosterFixture.header + "\n" + body + "\n" + extraCSV).write(toFile: csv, atomically: true, encoding: .utf8)
        let keyBytes = (0..<32).map { UInt8($0 * 7 + 3) }
        try Data(keyBytes).write(to: URL(fileURLWithPath: keyFile))
        key = EDMKey(bytes: keyBytes)
    }

    func build() throws -> EDMRoster {
        _ = try EDMBuilder.build(schema: RosterFixture.schema, csv: csv, key: key, output: edm)
        return try EDMRoster(file: edm, key: key)
    }

    func remove() { try? FileManager.default.removeItem(atPath: dir) }
}
