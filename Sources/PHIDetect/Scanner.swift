public import PHIRegex
internal import CScan
import PHIText

/// Streaming PHI scanner: feed UTF-8 text in chunks of any size, then ``finish()``.
///
/// Findings are identical for any chunking: text is normalized (NFKC) only up to the last ASCII
/// byte of what has arrived (a normalization boundary), and every pass stops where a decision
/// would need bytes not yet seen. Offsets are bytes of the normalized text. Not thread-safe:
/// one scanner per text part; the ``RuleSet`` is shared.
public final class Scanner {
    struct KeywordHit { var start: Int; var end: Int }
    struct EntityHit { var type: String; var start: Int; var end: Int; var rule: Int }
    struct Trigger { var rule: Int; var start: Int; var end: Int }
    struct Candidate {
        var rule: Int
        /// Index of the pattern that matched, or `CompiledLevel.term` for a dictionary term.
        var pattern: Int
        var start: Int
        var end: Int
        /// The normalized value (for the fingerprint); the matched text stays in `buffer` until decided.
        var value: String
        /// Whether the candidate holds a level on keyword evidence alone; nil until decided.
        var confirmed: Bool? = nil
        /// Which exclusion context matched (index in the rule's), -1 when none (decided with
        /// `confirmed`; it depends on text only).
        var exclusion = -1
        var excluded: Bool { exclusion >= 0 }
        /// Bits of the rule's keyword evidence that hold (decided with `confirmed`).
        var keywordHeld: UInt64 = 0
    }

    /// Output buffer for the C phrase walk, allocated once per scanner.
    final class PhraseScratch {
        let capacity: Int
        let hits: UnsafeMutablePointer<phi_phrase_hit>
        init(capacity: Int) {
            self.capacity = capacity
            hits = .allocate(capacity: capacity)
        }
        deinit { hits.deallocate() }
    }

    let rules: RuleSet
    let fingerprinter: Fingerprinter
    let part: String
    let scratch: MatchScratch
    /// The message's correspondents' mail domains: a name they spell is an organisation's
    /// (see ``CorrespondentDomains``).
    let domains: CorrespondentDomains

    /// Normalized text kept for context; `base` is the absolute offset of `buffer[0]`.
    var buffer: [UInt8] = []
    var base = 0
    /// Raw bytes after the last ASCII byte, waiting for more before normalization.
    var carry: [UInt8] = []
    var wordPos = 0
    /// Where the walk inside CJK runs stands (see `cjkPass`).
    var cjkPos = 0
    /// Whether the word pass stands inside a token longer than any phrase (skipped, not walked).
    var insideLongToken = false
    var groupPos = 0
    /// Keyword hits per list (indexed by list id), each ordered by start.
    var keywordHits: [[KeywordHit]]
    /// Where the evidence-only lists have been walked (absolute, ordered, disjoint).
    var evidenceWalked: [Range<Int>] = []
    /// The word pass's search for digits and trigger bytes (see `interestingNear`).
    var interestingFrom = 0
    var interestingNext = 0
    var interestingFound = false
    var entities: [EntityHit] = []
    var triggers: [Trigger] = []
    var pending: [Candidate] = []
    var seen = SpanSet()
    var results: [Finding] = []
    /// Fingerprints of the values this scan has met (a text repeats its names and care words);
    /// emptied when it reaches ``fingerprintMemoLimit`` entries.
    var fingerprintMemo: [String: String] = [:]
    static let fingerprintMemoLimit = 4_096
    /// Answers of costly validators by rule and matched text (see ``Validators/remembered``).
    struct ValidationKey: Hashable { var rule: Int; var text: String }
    var validationMemo: [ValidationKey: Bool] = [:]
    static let validationMemoLimit = 4_096
    var finished = false
    var processedUpTo = 0
    let phraseScratch: PhraseScratch

    /// A scanner over `rules`; fingerprints keyed with `fingerprinter`; findings tagged with `part`.
    public init(rules: RuleSet, fingerprinter: Fingerprinter, part: String = "", scratch: MatchScratch? = nil,
                domains: CorrespondentDomains = CorrespondentDomains()) {
        self.rules = rules
        self.domains = domains
        self.fingerprinter = fingerprinter
        self.part = part
        self.scratch = scratch ?? MatchScratch()
        self.keywordHits = Array(repeating: [], count: rules.listNames.count)
        let perAnchor = rules.allWords.storage.table.max_per_anchor
        self.phraseScratch = PhraseScratch(capacity: max(1024, 2 * Int(PHI_CJK_MAX_CHARS) * perAnchor))
    }

    /// Feeds the next chunk of UTF-8 text.
    public func feed(_ bytes: some Collection<UInt8>) {
        guard !finished, !bytes.isEmpty else { return }
        if carry.isEmpty, Scanner.isASCII(bytes) {
            buffer.append(contentsOf: bytes)
        } else {
            let fresh = max(1, carry.count)
            carry.append(contentsOf: bytes)
            // Split before the last ASCII byte: a normalization boundary, never inside a sequence.
            // Only the new bytes are searched: the carry holds none but at its start.
            if fresh < carry.count, let cut = carry[fresh...].lastIndex(where: { $0 < 0x80 }) {
                buffer.append(contentsOf: Normalizer.nfkc(carry[..<cut]))
                carry.removeSubrange(..<cut)
            } else if carry.count > Scanner.carryLimit, let cut = Scanner.starterCut(carry) {
                buffer.append(contentsOf: Normalizer.nfkc(carry[..<cut]))
                carry.removeSubrange(..<cut)
            }
        }
        // Tiny chunks are batched: the passes run once a few KiB have arrived (results do not depend on it).
        if base + buffer.count - processedUpTo >= 4096 {
            process(final: false)
            processedUpTo = base + buffer.count
        }
    }

    /// Ends the text and returns the findings kept, ordered by offset: the first
    /// ``FindingTally/keptFindings``; the rest are in ``overflow``.
    public func finish() -> [Finding] {
        if !finished {
            if !carry.isEmpty {
                buffer.append(contentsOf: Normalizer.nfkc(carry))
                carry = []
            }
            process(final: true)
            finished = true
            compactResults()
        }
        return results
    }

    /// The findings past those kept, counted (complete after ``finish()``).
    public private(set) var overflow = FindingTally()

    func keep(_ finding: Finding) {
        results.append(finding)
        if results.count >= 2 * FindingTally.keptFindings { compactResults() }
    }

    /// Dedupes the results and tallies those past the first ``FindingTally/keptFindings``, so a
    /// text dense with values holds a bounded number of findings however long it is.
    private func compactResults() {
        Scanner.dedupe(&results)
        let kept = FindingTally.keptFindings
        guard results.count >= kept else { return }
        overflow.add(results[kept...])
        results.removeSubrange(kept...)
        keptThrough = results[kept - 1].start
    }

    /// Once the kept findings are full, the start of the last of them: a finding that starts
    /// after it sorts after every kept one, so it can only be tallied (or deduped away), and is
    /// built without what a tally never reads (mask and evidence).
    var keptThrough = Int.max

    /// Scans a whole text at once.
    public static func scan(_ text: String, rules: RuleSet, fingerprinter: Fingerprinter, part: String = "",
                            domains: CorrespondentDomains = CorrespondentDomains()) -> [Finding] {
        let scanner = Scanner(rules: rules, fingerprinter: fingerprinter, part: part, domains: domains)
        scanner.feed(Array(text.utf8))
        return scanner.finish()
    }

    /// Non-ASCII bytes held back at most before a split that is not at an ASCII byte.
    static let carryLimit = 65_536

    /// Where a long run without ASCII may be split for normalization: before the lead byte of a
    /// sequence among its last 64 bytes that is not a combining diacritical mark (U+0300–U+036F,
    /// lead bytes CC and CD), which would join the character before it. Without this, text with
    /// no ASCII byte for megabytes was held whole and searched again on every chunk.
    static func starterCut(_ carry: [UInt8]) -> Int? {
        var i = carry.count - 1
        while i >= max(1, carry.count - 64) {
            let b = carry[i]
            if b >= 0xC0 && b != 0xCC && b != 0xCD { return i }
            i -= 1
        }
        return nil
    }

    static func isASCII(_ bytes: some Collection<UInt8>) -> Bool {
        if let answer = bytes.withContiguousStorageIfAvailable({ p -> Bool in
            var acc: UInt8 = 0
            for b in p { acc |= b }
            return acc < 0x80
        }) { return answer }
        return bytes.allSatisfy { $0 < 0x80 }
    }

    func process(final: Bool) {
        buffer.withUnsafeBufferPointer { text in
            wordPass(text, final: final)
            cjkPass(text, final: final)
            groupPass(text, final: final)
            triggerPass(text, final: final)
            resolve(text, final: final)
        }
        trim()
    }

    /// Drops text, hits and entities nothing can refer to any more.
    func trim() {
        let front = min(wordPos, cjkPos, groupPos, triggers.first?.start ?? Int.max, pending.map(\.start).min() ?? Int.max)
        // Evidence phrases are walked from up to a span before a window, reading a span further back.
        let horizon = front - rules.maxLead - rules.maxReach - 2 * rules.keywordSpan - 64
        guard horizon - base > 65_536 else { return }
        buffer.removeSubrange(..<(horizon - base))
        base = horizon
        for list in keywordHits.indices { keywordHits[list].removeAll { $0.end < horizon } }
        evidenceWalked.removeAll { $0.upperBound <= horizon }
        if let first = evidenceWalked.first, first.lowerBound < horizon { evidenceWalked[0] = horizon..<first.upperBound }
        entities.removeAll { $0.end < horizon }
        seen.removeEnding(before: horizon)
    }

    /// Keeps one finding per type and span (the highest level), drops findings inside a longer
    /// finding of the same type (`diabetes mellitus` within `type 2 diabetes mellitus`); orders by
    /// start, then longest first, then type. Sorts and compacts in place: findings are moved, not
    /// copied (the buffer pointer's `swapAt` moves; the array's retains and releases every field).
    static func dedupe(_ out: inout [Finding]) {
        guard out.count > 1 else { return }
        out.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            if a.type != b.type { return a.type < b.type }
            let ra = a.level.rank * 1000 + a.score, rb = b.level.rank * 1000 + b.score
            if ra != rb { return ra > rb }
            // Equal spans, types and scores from two rules: the rule id decides, never the order in
            // which chunking happened to produce them (sort is not stable).
            return a.rule < b.rule
        }
        var reach: [(type: String, end: Int)] = []  // per type: the furthest end kept so far
        let kept = out.withUnsafeMutableBufferPointer { p in
            var kept = 0
            for i in p.indices {
                let end = p[i].end
                // An exclusion's explanation (score 0, evidence `excluded`) never hides a finding
                // of another rule inside it: explaining must not change what counts.
                let explanation = p[i].exclusionReason != nil
                if let r = reach.firstIndex(where: { $0.type == p[i].type }) {
                    if end <= reach[r].end { continue }
                    if !explanation { reach[r].end = end }
                } else if !explanation {
                    reach.append((p[i].type, end))
                }
                if kept != i { p.swapAt(kept, i) }
                kept += 1
            }
            return kept
        }
        out.removeSubrange(kept...)
    }
}
