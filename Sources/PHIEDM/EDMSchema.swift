public import PHIDetect

/// What a roster holds: its columns, how each is normalised, which are primary (strong alone)
/// and which corroborate, and how many corroborating types make a match. Stored in the `.edm`
/// file (names and kinds only, never a value) so a roster is read as it was built.
public struct EDMSchema: Codable, Sendable, Equatable {
    /// How a column's values are normalised, at build and on each candidate in mail.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Identifiers read as their digits only (MRN, SSN): `44-17302` and `4417302` are one value.
        case digits
        /// Letters and digits, case-folded, separators dropped (member IDs like `XJH-88213-04`).
        case id
        /// A person's name: case- and accent-folded letters (`Núñez` = `NUNEZ`).
        case name
        /// A calendar date, read in any common form and kept as ISO `YYYY-MM-DD`.
        case date
        /// A US ZIP code: its first five digits.
        case zip
        /// A phone number: its last ten digits (a leading country code 1 is dropped).
        case phone
    }

    public enum Role: String, Codable, Sendable {
        case primary, corroborating
    }

    public struct Column: Codable, Sendable, Equatable {
        /// The CSV header of the column (matched without regard to case).
        public var name: String
        public var kind: Kind
        public var role: Role
        /// The finding type a match of this column reports (`MRN`, `NAME`, `DOB`...).
        public var type: String
        /// Another corroborating column this one counts only together with (a given name counts
        /// only with the family name: "Mary" near a date of birth is no one in particular).
        public var with: String?

        public init(name: String, kind: Kind, role: Role, type: String, with: String? = nil) {
            self.name = name
            self.kind = kind
            self.role = role
            self.type = type
            self.with = with
        }
    }

    /// Format tag: `phi-edm/1`.
    public var schema: String = "phi-edm/1"
    /// Short name; findings carry rule `edm.<name>`.
    public var name: String
    public var columns: [Column]
    /// Distinct finding types among the matched corroborating columns of one record that make a
    /// match (name + date of birth = 2). At least 2.
    public var corroborating: Int = 2
    /// Bytes around a date, ZIP or phone of a record where its other values count.
    public var window: Int = 200
    /// Level and score of a primary value found anywhere, in any format.
    public var primaryLevel: Level = .high
    /// Level and score of the values of a corroborated record.
    public var corroboratedLevel: Level = .high
    public var score: Int = 90

    enum CodingKeys: String, CodingKey {
        case schema, name, columns, corroborating, window
        case primaryLevel = "primary_level", corroboratedLevel = "corroborated_level", score
    }

    /// The keys a schema file may hold, top level and per column (unknown keys are refused).
    public static let topKeys: Set<String> = ["schema", "name", "columns", "corroborating", "window",
                                              "primary_level", "corroborated_level", "score"]
    public static let columnKeys: Set<String> = ["name", "kind", "role", "type", "with"]

    public init(name: String, columns: [Column], corroborating: Int = 2) {
        self.name = name
        self.columns = columns
        self.corroborating = corroborating
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        name = try c.decode(String.self, forKey: .name)
        columns = try c.decode([Column].self, forKey: .columns)
        corroborating = try c.decodeIfPresent(Int.self, forKey: .corroborating) ?? 2
        window = try c.decodeIfPresent(Int.self, forKey: .window) ?? 200
        primaryLevel = try c.decodeIfPresent(Level.self, forKey: .primaryLevel) ?? .high
        corroboratedLevel = try c.decodeIfPresent(Level.self, forKey: .corroboratedLevel) ?? .high
        score = try c.decodeIfPresent(Int.self, forKey: .score) ?? 90
    }

    /// The finding types a column may report (DESIGN §5; packs may not invent one, nor may a roster).
    public static let types: Set<String> = ["SSN", "MRN", "MBI", "HICN", "MEMBER_ID", "DOB", "DATE", "NAME", "PHONE",
                                            "FAX", "EMAIL", "ADDRESS", "ZIP", "ACCOUNT", "LICENSE", "DEVICE_ID"]

    /// Whether a column is looked up by value (primary columns and every non-name corroborating
    /// column); name columns are stored per record and compared near those.
    public static func isIndexed(_ column: Column) -> Bool {
        column.role == .primary || column.kind != .name
    }

    /// Refuses a schema that cannot work, naming the key.
    public func validate(file: String) throws(EDMError) {
        func fail(_ problem: String) -> EDMError { EDMError(code: "schema", file: file, problem: problem) }
        guard schema == "phi-edm/1" else { throw fail("schema: must be phi-edm/1") }
        guard !name.isEmpty, name.utf8.allSatisfy({ ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 })
        else { throw fail("name: letters, digits, - and _ only") }
        guard !columns.isEmpty, columns.count <= 32 else { throw fail("columns: 1 to 32 columns") }
        var seen = Set<String>()
        for (i, col) in columns.enumerated() {
            guard seen.insert(col.name.lowercased()).inserted else { throw fail("columns[\(i)].name: duplicate") }
            guard EDMSchema.types.contains(col.type) else { throw fail("columns[\(i)].type: unknown type \(col.type)") }
            if col.role == .primary && col.kind == .name {
                throw fail("columns[\(i)]: a name cannot be primary (a name never makes PHI on its own)")
            }
            if let w = col.with {
                guard let other = columns.first(where: { $0.name.lowercased() == w.lowercased() }), other.role == .corroborating,
                      col.role == .corroborating, other.name != col.name
                else { throw fail("columns[\(i)].with: not another corroborating column") }
            }
        }
        let corroborators = columns.filter { $0.role == .corroborating }
        if !corroborators.isEmpty {
            guard corroborating >= 2 else { throw fail("corroborating: at least 2") }
            guard corroborators.contains(where: { $0.kind != .name }) else {
                throw fail("columns: corroborating columns need a date, ZIP, phone or identifier to anchor on")
            }
        }
        guard (20...2000).contains(window) else { throw fail("window: 20 to 2000 bytes") }
        guard (1...100).contains(score) else { throw fail("score: 1 to 100") }
    }
}
