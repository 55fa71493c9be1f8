/// A confidence level; the first level of a rule whose requirements hold wins.
public enum Level: String, Sendable, Codable, Comparable, CaseIterable {
    case low, medium, high

    var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
}

/// One piece of evidence that raised a finding: a keyword list or a nearby entity, and its distance.
public struct Evidence: Sendable, Codable, Hashable {
    /// The evidence name in the rule (e.g. `label`).
    public var name: String
    /// What was seen: a keyword list id or an entity type.
    public var source: String
    /// Distance in bytes of normalized text between the evidence and the match (0 when adjacent).
    public var distance: Int

    /// The evidence name of a name an exclusion kept from counting (reported only when explaining);
    /// its source is the exclusion's `why`.
    public static let excluded = "excluded"

    public init(name: String, source: String, distance: Int) {
        self.name = name
        self.source = source
        self.distance = distance
    }
}

/// One detected identifier or health term. Carries no raw value: only a masked rendering and
/// an HMAC fingerprint of the normalized value.
public struct Finding: Sendable, Codable, Hashable {
    /// Canonical type (`SSN`, `MRN`, `ICD10`, ...).
    public var type: String
    /// Rule id (`us.ssn`).
    public var rule: String
    public var level: Level
    public var score: Int
    /// Offsets in bytes of the part's normalized UTF-8 text.
    public var start: Int
    public var end: Int
    /// Part path and name, e.g. `1.2:labs.xlsx/Sheet1`; empty for plain text input.
    public var part: String
    /// The value with all but a few characters replaced by `*`.
    public var masked: String
    /// `hmac-sha256:` plus 32 hex digits of HMAC-SHA256(key, normalized value).
    public var fingerprint: String
    /// The evidence that raised the level (for `--explain`).
    public var evidence: [Evidence]
    /// Names of the validators that passed.
    public var validators: [String]

    public init(type: String, rule: String, level: Level, score: Int, start: Int, end: Int, part: String = "",
                masked: String, fingerprint: String, evidence: [Evidence] = [], validators: [String] = []) {
        self.type = type
        self.rule = rule
        self.level = level
        self.score = score
        self.start = start
        self.end = end
        self.part = part
        self.masked = masked
        self.fingerprint = fingerprint
        self.evidence = evidence
        self.validators = validators
    }

    /// Why an exclusion kept this name from counting, when the finding is only that explanation
    /// (score 0, evidence ``Evidence/excluded`` naming the exclusion's `why`; reported when
    /// explaining). Such a finding never hides nor replaces one that counts.
    public var exclusionReason: String? {
        guard score == 0, let first = evidence.first, first.name == Evidence.excluded else { return nil }
        return first.source
    }
}
