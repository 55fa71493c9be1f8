public import PHIDetect

/// Thresholds of the message verdict (DESIGN §5); every one is configurable.
public struct ClassifierConfig: Sendable, Codable, Equatable {
    /// Identifiers that make a message PHI on their own at `strongLevel`. Default: SSN, MBI, HICN, MRN, MEMBER_ID.
    public var strongTypes: [String] = ["SSN", "MBI", "HICN", "MRN", "MEMBER_ID"]
    /// Level a strong identifier needs on its own. Default: high.
    public var strongLevel: Level = .high
    /// Identifiers of a person that make a message PHI together with health information.
    /// Dates of service or admission are left out: a date with a diagnosis but no person is not identifying.
    public var personTypes: [String] = ["NAME", "DOB", "ADDRESS", "PHONE", "EMAIL", "ACCOUNT", "FAX"]
    /// Level a person identifier needs to count. Default: medium.
    public var personLevel: Level = .medium
    /// Health information types. Default: ICD10, ICD9, DIAGNOSIS, MEDICATION.
    public var healthTypes: [String] = ["ICD10", "ICD9", "DIAGNOSIS", "MEDICATION"]
    /// Level health information needs to count. Default: medium.
    public var healthLevel: Level = .medium
    /// Distinct identifier values (by fingerprint) that make a patient list. Default: 5.
    public var bulkThreshold: Int = 5
    /// Types counted for the bulk rule.
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
        var reasons: [String] = []
        var counted: [Finding] = []

        let strong = report.findings.filter { strongSet.contains($0.type) && $0.level >= config.strongLevel }
        if let best = strong.max(by: { $0.score < $1.score }) {
            reasons.append("strong:\(best.type)")
            counted += strong
        }
        let person = report.findings.filter {
            (personSet.contains($0.type) && $0.level >= config.personLevel)
                || (strongSet.contains($0.type) && $0.level >= .medium)
        }
        let health = report.findings.filter { healthSet.contains($0.type) && $0.level >= config.healthLevel }
        if !person.isEmpty && !health.isEmpty {
            let p = Set(person.map(\.type)).sorted().joined(separator: "+")
            let h = Set(health.map(\.type)).sorted().joined(separator: "+")
            reasons.append("combined:\(p)+\(h)")
            counted += person + health
        }
        let bulkValues = Set(report.findings.filter { bulkSet.contains($0.type) && $0.level >= config.bulkLevel }
            .map(\.fingerprint))
        if bulkValues.count >= config.bulkThreshold {
            reasons.append("bulk:\(bulkValues.count)")
            counted += report.findings.filter { bulkSet.contains($0.type) && $0.level >= config.bulkLevel }
        }

        if !reasons.isEmpty {
            let top = counted.map(\.score).max() ?? 0
            let score = min(100, top + (reasons.count > 1 ? 10 : 0) + (reasons.contains { $0.hasPrefix("bulk") } ? 10 : 0))
            return Classification(verdict: .phi, score: score, reasons: reasons,
                                  types: Set(counted.map(\.type)).sorted(), rules: Set(counted.map(\.rule)).sorted())
        }
        let top = report.findings.map(\.score).max() ?? 0
        if !report.unscannable.isEmpty {
            let why = Set(report.unscannable.map { "unscannable:\($0.reason)" }).sorted()
            return Classification(verdict: .unscannable, score: top, reasons: why,
                                  types: report.types, rules: report.rules)
        }
        return Classification(verdict: .clean, score: top, reasons: [], types: report.types, rules: report.rules)
    }
}
