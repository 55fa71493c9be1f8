import PHIRegex

/// Why a rule set did not compile. Names the rule and the part; never text of a sample.
public struct RuleSetError: Error, Hashable, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable {
        case badPattern, badExclusion, unknownValidator, unknownKeywordList, unknownEvidence, unknownPattern,
             noLevels, duplicateRule
    }
    public let code: Code
    public let rule: String
    /// What was wrong: a pattern name and PCRE2's message, a validator name, a list name.
    public let detail: String
    public var description: String { "\(rule): \(code.rawValue): \(detail)" }
}

/// A rule compiled for scanning: PCRE2 patterns, validators and evidence resolved to indices.
/// A class so the per-candidate paths share it instead of copying it; immutable.
final class CompiledRule: Sendable {
    struct CompiledEvidence: Sendable {
        var name: String
        var list: Int?
        var entities: Set<String>
        var before: Int
        var after: Int
    }
    /// A level with its evidence names resolved to bits of `evidence` and its pattern to an index.
    struct CompiledLevel: Sendable {
        var spec: RuleDefinition.LevelSpec
        /// Index into `patterns`, `CompiledLevel.term` for dictionary terms, nil for any pattern.
        var pattern: Int?
        var require: UInt64
        var requireAny: UInt64
        static let term = -1
    }
    let definition: RuleDefinition
    /// Copied out of `definition` for the per-candidate paths.
    let lead: Int
    let trail: Int
    let type: String
    let normalizer: RuleDefinition.ValueNormalizer
    let hasAllowValues: Bool
    let levels: [CompiledLevel]
    /// Bits of `evidence` that are keyword lists (the rest are entity evidence).
    let keywordEvidence: UInt64
    /// In the order of `definition.patterns`; `valueGroup` is the `value` capture group, if any.
    let patterns: [(regex: Regex, valueGroup: Int?)]
    /// The exclusions as handles, which the scanner tests per candidate without retaining each
    /// regex; `exclusionOwners` keeps the compiled regexes alive as long as the rule.
    let exclusions: [(regex: RegexHandle, before: Int, after: Int)]
    private let exclusionOwners: [Regex]
    /// Per exclusion, why it holds (the pack's `why`, else its index).
    var exclusionReasons: [String] {
        definition.exclusions.enumerated().map { $0.element.why.isEmpty ? "exclude[\($0.offset)]" : $0.element.why }
    }
    let validators: [(name: String, check: Validators.Check)]
    /// Whether a match its validators refuse is tried again from its second word: person names,
    /// which a capitalised word before them joins (see `Scanner.runRule`).
    let retriesInside: Bool
    /// Whether the scanner remembers its validators' answers per matched text (see
    /// ``Validators/remembered``).
    let remembersValidation: Bool
    let evidence: [CompiledEvidence]
    /// Largest evidence or exclusion window after the match.
    let reachAfter: Int
    let reachBefore: Int
    /// Keyword evidence (indices into `evidence`) of which every level requires at least one: when
    /// none has a hit near a match, no level can hold (a cheap pre-check before PCRE2 and before
    /// validation). Empty when some level requires no keyword list.
    let requiredEvidence: [Int]
    /// The prefilter, flattened: least digits and tokens, and the gates (mixed token, capital
    /// after or before, separators; `needsUpperAfter` also gates keyword hits).
    let minDigits: Int
    let minTokens: Int
    let needsMixed: Bool
    /// The most bytes the group's shortest mixed token may have (`Int.max`: any).
    let mixedMax: Int
    let needsUpperAfter: Bool
    /// A keyword-triggered rule whose matches count anywhere in the window, not only touching the keyword.
    let matchesAnywhere: Bool
    let needsUpperBefore: Bool
    /// Bits (byte & 31) of the separators a group must contain, 0 for any group.
    let separators: UInt32
    /// Validator names, reported on every finding.
    let validatorNames: [String]

    /// Everything not passed in is derived here from `definition` and `evidence`.
    init(definition def: RuleDefinition, levels: [CompiledLevel], patterns: [(regex: Regex, valueGroup: Int?)],
         exclusions: [(regex: Regex, before: Int, after: Int)], validators: [(name: String, check: Validators.Check)],
         evidence: [CompiledEvidence]) {
        self.definition = def
        self.lead = def.lead
        self.trail = def.trail
        self.type = def.type
        self.normalizer = def.normalizer
        self.hasAllowValues = !def.allowValues.isEmpty
        self.levels = levels
        var keywordBits: UInt64 = 0
        for (i, e) in evidence.enumerated() where e.list != nil { keywordBits |= 1 << UInt64(i) }
        self.keywordEvidence = keywordBits
        self.patterns = patterns
        self.exclusions = exclusions.map { ($0.regex.handle, $0.before, $0.after) }
        self.exclusionOwners = exclusions.map(\.regex)
        self.validators = validators
        self.retriesInside = validators.contains { $0.name == "name.person" }
        self.remembersValidation = validators.contains { Validators.remembered.contains($0.name) }
        self.evidence = evidence
        self.reachAfter = (def.evidence.map(\.after) + def.exclusions.map(\.after) + [0]).max() ?? 0
        self.reachBefore = (def.evidence.map(\.before) + def.exclusions.map(\.before) + [0]).max() ?? 0
        // Keyword evidence each level cannot hold without (`RuleDefinition.keywordsPerLevel`; its
        // indices are `evidence`'s). Usable when every level has some.
        let perLevel = def.keywordsPerLevel
        self.requiredEvidence = perLevel.contains { $0 == nil } ? [] : Array(Set(perLevel.compactMap { $0 }.joined())).sorted()
        var (minDigits, minTokens, mixed, upperAfter, upperBefore, separators) = (0, 0, false, false, false, UInt32(0))
        var mixedMax = Int.max
        switch def.prefilter {
        case .digits(let d, let m, let t, let after, let before, let seps, let most):
            (minDigits, minTokens, mixed, upperAfter, upperBefore) = (d, t, m || most > 0, after, before)
            if most > 0 { mixedMax = most }
            for b in seps { separators |= 1 << UInt32(b & 31) }
        case .keywords(_, let after, _):
            upperAfter = after
        case .byte, .terms:
            break
        }
        self.minDigits = minDigits
        self.minTokens = minTokens
        self.needsMixed = mixed
        self.mixedMax = mixedMax
        self.needsUpperAfter = upperAfter
        if case .keywords(_, _, let anywhere) = def.prefilter { self.matchesAnywhere = anywhere } else { self.matchesAnywhere = false }
        self.needsUpperBefore = upperBefore
        self.separators = separators
        self.validatorNames = def.validators
    }
}

/// An immutable, compiled set of rules, shared read-only by every scanner.
public final class RuleSet: Sendable {
    public let definitions: [RuleDefinition]
    let rules: [CompiledRule]
    /// Phrases of the keyword lists that trigger or feed rules (walked over all text), and of
    /// the lists that are evidence only (walked around candidates).
    let words: WordTable
    let evidenceWords: WordTable
    /// Both together, for stretches where candidates are likely.
    let allWords: WordTable
    /// The longest span in bytes a phrase of either table covers.
    let keywordSpan: Int
    /// Per keyword list: whether its phrases are in `evidenceWords`.
    let evidenceOnly: [Bool]
    /// Per keyword list: whether any rule's evidence reads it (else its hits need not be kept).
    let usedAsEvidence: [Bool]
    let data: DataSets
    let listNames: [String]
    /// Rules fed by digit groups and by trigger bytes.
    let digitRules: [Int]
    let byteRules: [UInt8: [Int]]
    /// Rules triggered by, and dictionary rules fed by, each keyword list (indexed by list id).
    let triggeredByList: [[Int]]
    let termByList: [[Int]]
    /// The trigger bytes of `byteRules`, for the vectorised scan.
    let triggerBytes: [UInt8]
    let maxLead: Int
    let maxReach: Int
    /// Longest span of a keyword hit or an entity that evidence looks back over.
    let maxHitLength: Int
    /// Phrases by which a message declares the records it carries test or sample data (keyword
    /// list `test_declared`, lower case): read by the inspector, not by any rule.
    public let testDeclarations: [String]
    /// The keyword list that holds ``testDeclarations``.
    public static let testDeclarationList = "test_declared"

    /// Whether scans report a name that an exclusion kept from counting, as a `low` NAME finding
    /// with score 0 and evidence `excluded` naming why (for `scan --explain`; never in the milter).
    public let explainsExclusions: Bool

    /// The keyword lists the rules were compiled with (see ``subset(_:)``).
    let keywordLists: [String: [String]]

    /// A rule set with no rules.
    public static let empty = RuleSet()

    /// The rules named `ids` alone, with the keyword lists they read and the same data: a reading
    /// that only they may make, at a fraction of the whole set's cost. Their evidence from other
    /// rules' findings (entities) is not there, so it suits rules that read keywords only.
    public func subset(_ ids: Set<String>) throws(RuleSetError) -> RuleSet {
        let chosen = definitions.filter { ids.contains($0.id) }
        var lists = Set<String>()
        for def in chosen {
            switch def.prefilter {
            case .keywords(let list, _, _), .terms(let list): lists.insert(list)
            case .digits, .byte: break
            }
            for ev in def.evidence { if case .keywords(let list) = ev.source { lists.insert(list) } }
        }
        return try RuleSet(rules: chosen, keywordLists: keywordLists.filter { lists.contains($0.key) }, data: data,
                           explainsExclusions: explainsExclusions)
    }

    /// Bytes beyond which a dictionary rule's keyword evidence is walked over all text rather than
    /// around its candidates (the widest lazy windows today: 400).
    static let lazyEvidenceReach = 1_000

    private init() {
        definitions = []; rules = []; words = WordTable(); evidenceWords = WordTable(); allWords = WordTable()
        keywordSpan = 0
        evidenceOnly = []; usedAsEvidence = []
        data = DataSets(); listNames = []; testDeclarations = []
        digitRules = []; byteRules = [:]; triggerBytes = []
        triggeredByList = []; termByList = []
        maxLead = 0; maxReach = 0; maxHitLength = 0
        explainsExclusions = false
        keywordLists = [:]
    }

    /// Compiles `rules`; keyword lists and data sets are referenced by name from the rules.
    public init(rules definitions: [RuleDefinition], keywordLists: [String: [String]],
                data: DataSets = DataSets(), explainsExclusions: Bool = false) throws(RuleSetError) {
        self.explainsExclusions = explainsExclusions
        self.keywordLists = keywordLists
        self.testDeclarations = (keywordLists[RuleSet.testDeclarationList] ?? []).map { $0.lowercased() }
        var listIndex: [String: Int] = [:]
        var names: [String] = []
        // Lists that trigger rules or feed term rules are walked over all text; the others are
        // evidence only, looked for around candidates (see Scanner+Evidence). A list that a
        // dictionary rule's evidence reads from further than `lazyEvidenceReach` is walked over all
        // text too: a dictionary rule has a candidate at every term, and a window that wide around
        // each would walk nearly all text lazily, with every evidence-only list.
        let triggering = definitions.compactMap { def -> String? in
            switch def.prefilter {
            case .keywords(let list, _, _), .terms(let list): list
            case .digits, .byte: nil
            }
        }
        let dictionaryRules = definitions.filter { if case .terms = $0.prefilter { true } else { false } }
        let farReaching = dictionaryRules.flatMap(\.evidence).compactMap { ev -> String? in
            guard case .keywords(let list) = ev.source, max(ev.before, ev.after) > RuleSet.lazyEvidenceReach else { return nil }
            return list
        }
        let walked = Set(triggering + farReaching)
        var words = WordTable(), evidenceWords = WordTable(), allWords = WordTable()
        for (name, terms) in keywordLists.sorted(by: { $0.key < $1.key }) {
            listIndex[name] = names.count
            for term in terms {
                if walked.contains(name) { words.add(term, list: names.count) } else { evidenceWords.add(term, list: names.count) }
                allWords.add(term, list: names.count)
            }
            names.append(name)
        }
        words.seal()
        evidenceWords.seal()
        allWords.seal()
        var compiled: [CompiledRule] = []
        var digit: [Int] = [], byte: [UInt8: [Int]] = [:], triggered: [Int: [Int]] = [:], terms: [Int: [Int]] = [:]
        var seen = Set<String>()
        for def in definitions {
            guard seen.insert(def.id).inserted else { throw RuleSetError(code: .duplicateRule, rule: def.id, detail: def.id) }
            let rule = try RuleSet.compile(def, listIndex: listIndex)
            let i = compiled.count
            switch def.prefilter {
            case .digits: digit.append(i)
            case .byte(let b): byte[b, default: []].append(i)
            case .keywords(let l, _, _), .terms(let l):
                guard let li = listIndex[l] else {
                    throw RuleSetError(code: .unknownKeywordList, rule: def.id, detail: l)
                }
                if case .terms = def.prefilter { terms[li, default: []].append(i) } else { triggered[li, default: []].append(i) }
            }
            compiled.append(rule)
        }
        self.definitions = definitions
        self.rules = compiled
        self.words = words
        self.evidenceWords = evidenceWords
        self.allWords = allWords
        self.keywordSpan = max(words.maxSpan, evidenceWords.maxSpan)
        self.evidenceOnly = names.map { !walked.contains($0) }
        let evidenceLists = Set(compiled.flatMap { $0.evidence.compactMap(\.list) })
        self.usedAsEvidence = names.indices.map { evidenceLists.contains($0) }
        self.data = data
        self.listNames = names
        self.digitRules = digit
        self.byteRules = byte
        self.triggerBytes = byte.keys.sorted()
        self.triggeredByList = names.indices.map { triggered[$0] ?? [] }
        self.termByList = names.indices.map { terms[$0] ?? [] }
        self.maxLead = compiled.map { max($0.definition.lead, $0.definition.trail) }.max() ?? 0
        self.maxReach = compiled.map { max($0.reachBefore, $0.reachAfter) }.max() ?? 0
        self.maxHitLength = max(keywordSpan, 320)
    }

    private static func compile(_ def: RuleDefinition, listIndex: [String: Int]) throws(RuleSetError) -> CompiledRule {
        guard !def.levels.isEmpty else { throw RuleSetError(code: .noLevels, rule: def.id, detail: "levels") }
        var patterns: [(Regex, Int?)] = []
        for (name, source) in def.patterns {
            do {
                // A rule with no lead matches only where its window opens (see Scanner.runRule).
                let regex = try Regex(source, anchored: def.lead == 0)
                patterns.append((regex, regex.groupNames["value"]))
            } catch {
                throw RuleSetError(code: .badPattern, rule: def.id, detail: "\(name): \(error.description)")
            }
        }
        var exclusions: [(Regex, Int, Int)] = []
        for (n, ex) in def.exclusions.enumerated() {
            // A context before a match ends where the match starts: `$` there must not also match
            // before a line end ("Ravinder MD\n" is no title before the next line's name).
            do { exclusions.append((try Regex(ex.regex, dollarEndOnly: true), ex.before, ex.after)) } catch {
                throw RuleSetError(code: .badExclusion, rule: def.id, detail: "exclude[\(n)]: \(error.description)")
            }
        }
        var validators: [(String, Validators.Check)] = []
        for name in def.validators {
            guard let check = Validators.all[name] else {
                throw RuleSetError(code: .unknownValidator, rule: def.id, detail: name)
            }
            validators.append((name, check))
        }
        var evidence: [CompiledRule.CompiledEvidence] = []
        for e in def.evidence {
            switch e.source {
            case .keywords(let list):
                guard let li = listIndex[list] else {
                    throw RuleSetError(code: .unknownKeywordList, rule: def.id, detail: list)
                }
                evidence.append(.init(name: e.name, list: li, entities: [], before: e.before, after: e.after))
            case .entities(let types):
                evidence.append(.init(name: e.name, list: nil, entities: Set(types), before: e.before, after: e.after))
            }
        }
        guard evidence.count <= 64 else {
            throw RuleSetError(code: .unknownEvidence, rule: def.id, detail: "more than 64 evidence entries")
        }
        var levels: [CompiledRule.CompiledLevel] = []
        for level in def.levels {
            func bits(_ names: [String]) throws(RuleSetError) -> UInt64 {
                var mask: UInt64 = 0
                for name in names {
                    guard let i = def.evidence.firstIndex(where: { $0.name == name }) else {
                        throw RuleSetError(code: .unknownEvidence, rule: def.id, detail: name)
                    }
                    mask |= 1 << UInt64(i)
                }
                return mask
            }
            var pattern: Int? = nil
            if let p = level.pattern {
                if p == "term" {
                    pattern = CompiledRule.CompiledLevel.term
                } else if let i = def.patterns.firstIndex(where: { $0.name == p }) {
                    pattern = i
                } else {
                    throw RuleSetError(code: .unknownPattern, rule: def.id, detail: p)
                }
            }
            levels.append(.init(spec: level, pattern: pattern, require: try bits(level.require),
                                requireAny: try bits(level.requireAny)))
        }
        return CompiledRule(definition: def, levels: levels, patterns: patterns, exclusions: exclusions,
                            validators: validators, evidence: evidence)
    }

    /// The number of rules.
    public var count: Int { rules.count }
}
