/// A rule as a pack describes it, before compilation. Plain data; PHIPacks builds it from YAML.
public struct RuleDefinition: Sendable, Equatable {
    /// Where candidates come from: the cheap byte-level trigger that decides where PCRE2 runs.
    public enum Prefilter: Sendable, Equatable {
        /// Groups of digit-bearing tokens with at least `minDigits` digits and `minTokens` tokens;
        /// `mixed` needs a token that has letters and digits (E11.9, 1EG4-TE5-MK73, F91234563),
        /// `mixedMax` (when above 0) one of at most that many bytes: a code such as "E11" or "79M"
        /// is short, a hash, a tracking link's key or a line of filler ("1XXXX…") is not;
        /// `upperAfter` needs the group's first token followed by one or two spaces or tabs and an
        /// uppercase letter (or a non-ASCII character), as a street number is ("221B Baker");
        /// `upperBefore` needs the group preceded by a capital and one or two whitespace bytes,
        /// as a ZIP code is ("IL 62704"); `separators`, when not empty, needs one of these bytes
        /// between the group's tokens (`.:` for IP addresses).
        case digits(minDigits: Int, mixed: Bool, minTokens: Int = 1, upperAfter: Bool = false, upperBefore: Bool = false,
                    separators: [UInt8] = [], mixedMax: Int = 0)
        /// A literal byte, e.g. `@` for e-mail addresses.
        case byte(UInt8)
        /// Whole-word hits of a keyword list (the window opens at the keyword).
        /// With `upperAfter`, only hits followed by one or two spaces or tabs and a capital
        /// (or a non-ASCII character): "for Maria Lopez", not "for the". A match must touch the
        /// keyword, unless `anywhere`: then any match in the window around it counts (a name
        /// next to a care word, "TPN for B. Castellano").
        case keywords(String, upperAfter: Bool = false, anywhere: Bool = false)
        /// Dictionary rule: every whole-word hit of this term list is a candidate; no regex.
        case terms(String)
    }

    /// How a matched value is canonicalised for validators, allow-lists and fingerprints.
    public enum ValueNormalizer: String, Sendable, Codable {
        case digits, alnum, lower, none
    }

    /// How a value is masked in reports.
    public enum MaskStyle: String, Sendable, Codable {
        /// Keep the last four letters or digits when the value has eight or more, else the first one.
        case last4
        /// Keep the first letter of each word.
        case initials
        /// Keep nothing.
        case all
    }

    /// Evidence: a keyword list or nearby entities within a window (bytes of normalized text).
    public struct Evidence: Sendable, Equatable {
        public enum Source: Sendable, Equatable {
            case keywords(String)
            case entities([String])
        }
        public var name: String
        public var source: Source
        public var before: Int
        public var after: Int

        public init(name: String, source: Source, before: Int, after: Int) {
            self.name = name
            self.source = source
            self.before = before
            self.after = after
        }
    }

    /// One confidence level: its score, an optional pattern it applies to, and the evidence it needs.
    public struct LevelSpec: Sendable, Equatable {
        public var level: Level
        public var score: Int
        public var pattern: String?
        /// Every one of these evidence names must hold.
        public var require: [String]
        /// At least one of these must hold (ignored when empty).
        public var requireAny: [String]
        /// Declared reachable by the pattern's shape alone, with no keyword near (`by_shape: true`): the
        /// rule then runs wherever its prefilter passes. Packs lint refuses such a level undeclared.
        public var byShape: Bool

        public init(level: Level, score: Int, pattern: String? = nil, require: [String] = [],
                    requireAny: [String] = [], byShape: Bool = false) {
            self.level = level
            self.score = score
            self.pattern = pattern
            self.require = require
            self.requireAny = requireAny
            self.byShape = byShape
        }
    }

    /// A context exclusion: drop the candidate when `regex` matches the text just before or after it.
    public struct Exclusion: Sendable, Equatable {
        public var regex: String
        public var before: Int
        public var after: Int
        /// Why a match with this context does not count, for explanations ("a clinician's title
        /// before the name"); empty when the pack gives none.
        public var why: String

        public init(regex: String, before: Int, after: Int, why: String = "") {
            self.regex = regex
            self.before = before
            self.after = after
            self.why = why
        }
    }

    public var id: String
    public var type: String
    /// Named primary patterns (PCRE2), in order. Empty for `.terms` rules.
    public var patterns: [(name: String, regex: String)]
    public var prefilter: Prefilter
    /// Bytes of context before and after the trigger that PCRE2 sees.
    public var lead: Int
    public var trail: Int
    public var normalizer: ValueNormalizer
    public var validators: [String]
    public var evidence: [Evidence]
    public var levels: [LevelSpec]
    public var exclusions: [Exclusion]
    /// Normalized values never reported.
    public var allowValues: Set<String>
    /// Fingerprints (`hmac-sha256:…`) never reported.
    public var allowFingerprints: Set<String>
    public var mask: MaskStyle

    public init(id: String, type: String, patterns: [(name: String, regex: String)], prefilter: Prefilter,
                lead: Int = 8, trail: Int = 48, normalizer: ValueNormalizer = .none, validators: [String] = [],
                evidence: [Evidence] = [], levels: [LevelSpec], exclusions: [Exclusion] = [],
                allowValues: Set<String> = [], allowFingerprints: Set<String> = [], mask: MaskStyle = .last4) {
        self.id = id
        self.type = type
        self.patterns = patterns
        self.prefilter = prefilter
        self.lead = lead
        self.trail = trail
        self.normalizer = normalizer
        self.validators = validators
        self.evidence = evidence
        self.levels = levels
        self.exclusions = exclusions
        self.allowValues = allowValues
        self.allowFingerprints = allowFingerprints
        self.mask = mask
    }

    /// Per level, the indices into `evidence` of the keyword lists it cannot be reached without: the
    /// first keyword list it requires, or else all of its `require_any` when each of those is a keyword
    /// list; nil when the level can be reached with no keyword near. When no level is nil, a match with
    /// none of these lists near can reach no level, and the scanner skips the rule there.
    public var keywordsPerLevel: [[Int]?] {
        let isList = evidence.map { if case .keywords = $0.source { true } else { false } }
        return levels.map { level in
            if let one = evidence.indices.first(where: { isList[$0] && level.require.contains(evidence[$0].name) }) {
                return [one]
            }
            let any = evidence.indices.filter { level.requireAny.contains(evidence[$0].name) }
            guard !level.requireAny.isEmpty, any.count == level.requireAny.count, any.allSatisfy({ isList[$0] }) else {
                return nil
            }
            return any
        }
    }

    public static func == (a: RuleDefinition, b: RuleDefinition) -> Bool {
        a.id == b.id && a.type == b.type && a.patterns.map(\.name) == b.patterns.map(\.name)
            && a.patterns.map(\.regex) == b.patterns.map(\.regex) && a.prefilter == b.prefilter
            && a.validators == b.validators && a.evidence == b.evidence && a.levels == b.levels
            && a.exclusions == b.exclusions && a.allowValues == b.allowValues && a.mask == b.mask
    }
}
