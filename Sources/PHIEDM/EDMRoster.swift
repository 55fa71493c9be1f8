import PHIDetect

/// A loaded roster: the mapped index, the key that built it, and what the matcher needs to know
/// of its schema. Immutable; a reload loads a new one and swaps it in with the engine.
public final class EDMRoster: Sendable {
    public let index: EDMIndex
    public let key: EDMKey
    public let schema: EDMSchema
    /// `edm.<schema name>`.
    public let rule: String
    /// Indexed columns by kind (looked up for each candidate of that kind).
    let indexedByKind: [EDMSchema.Kind: [Int]]
    /// Per column: its slot in the name table, or -1.
    let nameSlot: [Int]
    /// Per column: the column it counts only with, or -1.
    let requires: [Int]

    /// Opens `file` and checks that `key` built it (their key ids agree).
    public convenience init(file: String, key: EDMKey) throws(EDMError) {
        try self.init(index: EDMIndex(path: file), key: key)
    }

    public init(index: EDMIndex, key: EDMKey) throws(EDMError) {
        guard index.header.keyId == key.id else {
            throw EDMError(code: "key", file: index.path,
                           problem: "built with key id \(index.header.keyId), the key file has key id \(key.id): wrong key file")
        }
        self.index = index
        self.key = key
        schema = index.header.schema
        rule = "edm.\(schema.name)"
        let cols = schema.columns
        var byKind: [EDMSchema.Kind: [Int]] = [:]
        for c in cols.indices where EDMSchema.isIndexed(cols[c]) { byKind[cols[c].kind, default: []].append(c) }
        indexedByKind = byKind
        columnsOfKind = EDMSchema.Kind.allCases.map { byKind[$0] ?? [] }
        hasDigits = byKind[.digits] != nil
        hasID = byKind[.id] != nil
        hasZIP = byKind[.zip] != nil
        hasPhone = byKind[.phone] != nil
        hasDate = byKind[.date] != nil
        var slots = [Int](repeating: -1, count: cols.count)
        for (slot, c) in index.header.nameColumns.enumerated() { slots[c] = slot }
        nameSlot = slots
        requires = cols.map { col in
            col.with.flatMap { w in cols.firstIndex { $0.name.lowercased() == w.lowercased() } } ?? -1
        }
    }

    /// Indexed columns per kind, by the kind's position in `Kind.allCases` (no hashing per candidate).
    let columnsOfKind: [[Int]]
    let hasDigits, hasID, hasZIP, hasPhone, hasDate: Bool
}

extension EDMSchema.Kind {
    /// Position in `allCases`.
    var ordinal: Int {
        switch self {
        case .digits: 0
        case .id: 1
        case .name: 2
        case .date: 3
        case .zip: 4
        case .phone: 5
        }
    }
}
