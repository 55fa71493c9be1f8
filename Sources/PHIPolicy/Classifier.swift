public import PHIDetect

/// Thresholds of the message verdict (DESIGN §5); every one is configurable.
public struct ClassifierConfig: Sendable, Codable, Equatable {
    /// Identifiers that make a message PHI on their own at `strongLevel`. Default: SSN, MBI, HICN, MRN, MEMBER_ID.
    public var strongTypes: [String] = ["SSN", "MBI", "HICN", "MRN", "MEMBER_ID"]
    /// Level a strong identifier needs on its own. Default: high.
    public var strongLevel: Level = .high
    /// Identifiers of a person that make a message PHI together with health information (LICENSE:
    /// a certificate, licence or passport number, one of Safe Harbor's identifiers).
    /// Dates of service or admission are left out: a date with a diagnosis but no person is not identifying.
    public var personTypes: [String] = ["NAME", "DOB", "ADDRESS", "PHONE", "EMAIL", "ACCOUNT", "FAX", "LICENSE"]
    /// Level a person identifier needs to count. Default: medium.
    public var personLevel: Level = .medium
    /// Health information types. Default: ICD10, ICD9, DIAGNOSIS, MEDICATION, CARE (the pack gives
    /// CARE `medium` only next to a person, so "our MRI suite reopens Monday" does not count).
    public var healthTypes: [String] = ["ICD10", "ICD9", "DIAGNOSIS", "MEDICATION", "CARE"]
    /// Pairs of person identifiers that identify a patient together without health information
    /// (DESIGN §5 (c): a name with a date of birth). Each pair is `A+B`. Default: NAME+DOB.
    /// A pair counts only in mail about health care: some health information at any level, even
    /// a care word far from the person (a car insurer's list of drivers with birth dates is not PHI).
    public var identityPairs: [String] = ["NAME+DOB"]
    /// Level health information needs to count. Default: medium.
    public var healthLevel: Level = .medium
    /// Distinct identifier values (by fingerprint) that make a patient list. Default: 5.
    public var bulkThreshold: Int = 5
    /// Types counted for the bulk rule. Values of the strong types count in any mail; the others
    /// (names, birth dates, accounts) only in mail about health care, like the identity pairs: a
    /// team roster, a tenant list or a car insurer's drivers with birth dates are not patient lists.
    public var bulkTypes: [String] = ["SSN", "MBI", "HICN", "MRN", "MEMBER_ID", "DOB", "NAME", "ACCOUNT"]
    /// Level a value needs to count for the bulk rule. Default: medium.
    public var bulkLevel: Level = .medium

    public init() {}
}

/// The content verdict of one message, before envelope policy.
public enum ContentVerdict: String, Sendable, Codable {
    case clean, phi, unscannable
}

/// A report's classification: verdict, score (0-100) and the reasons, naming types only.
public struct Classification: Sendable, Codable, Equatable {
    public var verdict: ContentVerdict
    public var score: Int
    /// e.g. `strong:SSN`, `combined:NAME+DIAGNOSIS`, `bulk:12`, `unscannable:archive.encrypted`.
    public var reasons: [String]
    /// Types of the findings that counted, sorted.
    public var types: [String]
    /// Rule ids of the findings that counted, sorted.
    public var rules: [String]
    /// Patient records in a list: the distinct values of the bulk type seen most (600 rows with
    /// an MRN, a name and a DOB each are 600, not 1800). 0 without bulk-type findings.
    public var records: Int = 0
}

/// Turns a ``ScanReport`` into a ``Classification`` by the rules of DESIGN §5.
public struct Classifier: Sendable {
    public let config: ClassifierConfig

    public init(config: ClassifierConfig = ClassifierConfig()) {
        self.config = config
    }

    public func classify(_ report: ScanReport) -> Classification {
        let strongSet = Set(config.strongTypes), personSet = Set(config.personTypes)
        let healthSet = Set(config.healthTypes), bulkSet = Set(config.bulkTypes)
        // One pass; findings are read in place (a large text can hold tens of thousands).
        var best: (score: Int, type: String)? = nil  // the first strong finding with the highest score
        var strong = Counted(), person = Counted(), health = Counted()
        var bulk = (strong: Counted(), other: Counted())
        var valuesByType: [String: Set<UInt64>] = [:]
        var healthContext = false
        // A finding kept whole, or a tallied group of findings of one type, rule and level.
        func count(type: String, rule: String, level: Level, score: Int, values: () -> [UInt64]) {
            if healthSet.contains(type) { healthContext = true }
            if strongSet.contains(type) && level >= config.strongLevel {
                if best.map({ score > $0.score }) ?? true { best = (score, type) }
                strong.add(type: type, rule: rule, score: score)
            }
            if (personSet.contains(type) && level >= config.personLevel)
                || (strongSet.contains(type) && level >= .medium) {
                person.add(type: type, rule: rule, score: score)
            }
            if healthSet.contains(type) && level >= config.healthLevel { health.add(type: type, rule: rule, score: score) }
            if bulkSet.contains(type) && level >= config.bulkLevel {
                if strongSet.contains(type) { bulk.strong.add(type: type, rule: rule, score: score) }
                else { bulk.other.add(type: type, rule: rule, score: score) }
                valuesByType[type, default: []].formUnion(values())
            }
        }
        for f in report.findings {
            count(type: f.type, rule: f.rule, level: f.level, score: f.score) { [FindingTally.key(f.fingerprint)] }
        }
        for e in report.tally.entries {
            count(type: e.type, rule: e.rule, level: e.level, score: e.topScore) { Array(e.values) }
        }
        var reasons: [String] = []
        var counted = Counted()
        if let best {
            reasons.append("strong:\(best.type)")
            counted.merge(strong)
        }
        if !person.types.isEmpty && !health.types.isEmpty {
            reasons.append("combined:\(person.types.sorted().joined(separator: "+"))+\(health.types.sorted().joined(separator: "+"))")
            counted.merge(person)
            counted.merge(health)
        }
        for pair in config.identityPairs where healthContext {
            let parts = pair.split(separator: "+").map(String.init)
            guard parts.count == 2, person.types.contains(parts[0]), person.types.contains(parts[1]) else { continue }
            reasons.append("identity:\(pair)")
            counted.merge(person)
        }
        let bulkCounted = valuesByType.filter { strongSet.contains($0.key) || healthContext }
        let bulkValues = bulkCounted.values.reduce(into: Set<UInt64>()) { $0.formUnion($1) }
        let records = bulkCounted.values.map(\.count).max() ?? 0
        if bulkValues.count >= config.bulkThreshold {
            reasons.append("bulk:\(bulkValues.count)")
            counted.merge(bulk.strong)
            if healthContext { counted.merge(bulk.other) }
        }

        if !reasons.isEmpty {
            let score = min(100, counted.top + (reasons.count > 1 ? 10 : 0) + (reasons.contains { $0.hasPrefix("bulk") } ? 10 : 0))
            return Classification(verdict: .phi, score: score, reasons: reasons,
                                  types: counted.types.sorted(), rules: counted.rules.sorted(), records: records)
        }
        let top = max(report.findings.map(\.score).max() ?? 0, report.tally.entries.map(\.topScore).max() ?? 0)
        if !report.unscannable.isEmpty {
            let why = Set(report.unscannable.map { "unscannable:\($0.reason)" }).sorted()
            return Classification(verdict: .unscannable, score: top, reasons: why,
                                  types: report.types, rules: report.rules, records: records)
        }
        return Classification(verdict: .clean, score: top, reasons: [], types: report.types, rules: report.rules,
                              records: records)
    }
}

/// What a group of counted findings contributes to a classification: top score, types, rules.
private struct Counted {
    var top = 0
    var types = Set<String>()
    var rules = Set<String>()

    mutating func add(type: String, rule: String, score: Int) {
        top = max(top, score)
        types.insert(type)
        rules.insert(rule)
    }

    mutating func merge(_ other: Counted) {
        top = max(top, other.top)
        types.formUnion(other.types)
        rules.formUnion(other.rules)
    }
}
