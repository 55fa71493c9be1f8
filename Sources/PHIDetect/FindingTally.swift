/// Findings past the number a scanner or a report keeps, counted instead of kept: by type, rule
/// and level, with the top score and the distinct values (by fingerprint). However dense the PHI
/// (a 50 MB patient export holds millions of values), memory stays bounded and the verdict's
/// inputs (types, levels, scores, distinct values for the bulk rule) stay exact; only the
/// per-finding detail (offsets, masked sample, evidence) is dropped past the limit.
public struct FindingTally: Sendable, Codable, Equatable {
    /// Findings a scanner or a report keeps whole; later ones are tallied.
    public static let keptFindings = 10_000
    /// Distinct values remembered per entry; past it the count of distinct values stops growing
    /// (a bulk threshold is a few hundred at most).
    public static let distinctCap = 100_000

    public struct Entry: Sendable, Codable, Equatable {
        public var type: String
        public var rule: String
        public var level: Level
        public var count: Int
        public var topScore: Int
        /// Distinct values, as the first 64 bits of their fingerprint (never encoded).
        public var values: Set<UInt64>
        public var distinct: Int { values.count }

        enum CodingKeys: String, CodingKey { case type, rule, level, count, topScore = "top_score", distinct }

        init(_ f: Finding) {
            type = f.type
            rule = f.rule
            level = f.level
            count = 0
            topScore = f.score
            values = []
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decode(String.self, forKey: .type)
            rule = try c.decode(String.self, forKey: .rule)
            level = try c.decode(Level.self, forKey: .level)
            count = try c.decode(Int.self, forKey: .count)
            topScore = try c.decode(Int.self, forKey: .topScore)
            values = []
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encode(rule, forKey: .rule)
            try c.encode(level, forKey: .level)
            try c.encode(count, forKey: .count)
            try c.encode(topScore, forKey: .topScore)
            try c.encode(distinct, forKey: .distinct)
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
    /// Findings tallied.
    public var count: Int { entries.reduce(0) { $0 + $1.count } }

    public mutating func add(_ f: Finding) {
        let i = entries.firstIndex { $0.rule == f.rule && $0.level == f.level && $0.type == f.type }
            ?? { entries.append(Entry(f)); return entries.count - 1 }()
        entries[i].count += 1
        entries[i].topScore = max(entries[i].topScore, f.score)
        if entries[i].values.count < FindingTally.distinctCap { entries[i].values.insert(FindingTally.key(f.fingerprint)) }
    }

    public mutating func add(_ findings: some Sequence<Finding>) {
        for f in findings { add(f) }
    }

    public mutating func merge(_ other: FindingTally) {
        for e in other.entries {
            if let i = entries.firstIndex(where: { $0.rule == e.rule && $0.level == e.level && $0.type == e.type }) {
                entries[i].count += e.count
                entries[i].topScore = max(entries[i].topScore, e.topScore)
                entries[i].values.formUnion(e.values.prefix(max(0, FindingTally.distinctCap - entries[i].values.count)))
            } else {
                entries.append(e)
            }
        }
    }

    /// The first 64 bits of a fingerprint (`hmac-sha256:` and hex digits), the value's identity here.
    public static func key(_ fingerprint: String) -> UInt64 {
        var v: UInt64 = 0, n = 0
        var fingerprint = fingerprint
        return fingerprint.withUTF8 { bytes in  // the last 16 hex digits
            for b in bytes.suffix(16).reversed() {
                let d: UInt64 = b >= 0x61 ? UInt64(b &- 0x57) : b >= 0x41 ? UInt64(b &- 0x37) : UInt64(b &- 0x30)
                v |= (d & 0xF) << (4 * UInt64(n))
                n += 1
            }
            return v
        }
    }
}
