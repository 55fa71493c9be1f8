internal import CScan
import PHIRegex

/// The candidate passes: words (keywords and terms), digit groups and byte triggers, keyword triggers.
extension Scanner {
    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { (b &- 48) < 10 }
    @inline(__always)
    static func isAlnum(_ b: UInt8) -> Bool { ((b | 0x20) &- 97) < 26 || (b &- 48) < 10 }

    /// Finds keyword and term phrases; records hits, queues keyword-triggered windows and term candidates.
    ///
    /// The walk runs in C (`phi_scan_phrases`) and hands back only the phrases that matched. It
    /// goes in segments: where a digit or trigger byte is near, candidates will ask for evidence,
    /// so the evidence-only lists ride along (`allWords`); elsewhere they are left to
    /// `walkEvidence`, which looks for them only if asked.
    func wordPass(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
        let end = text.count
        // A token is processed only when every phrase it may start can be seen whole.
        let stop = final ? end + 1 : end - rules.keywordSpan - 1
        var i = wordPos - base
        if insideLongToken {  // the rest of a token too long to be any phrase's: no phrase in it
            let rest = Scanner.tokenEnd(text, from: i)
            noteEvidenceWalked((base + i)..<(base + rest))
            i = rest
            insideLongToken = i == end
            wordPos = base + i
            if insideLongToken { return }
        }
        guard stop > i else { return }
        let reach = rules.maxLead + rules.maxReach + 2 * rules.keywordSpan
        while i < end {
            var segmentStop = min(stop, i + Scanner.wordSegment)
            let withEvidence = interestingNear(base + i - reach, base + i + Scanner.wordSegment + reach, text)
            let words = withEvidence ? rules.allWords : rules.words
            var next = walkPhrases(words, text, from: i, stop: segmentStop)
            if next == i && segmentStop < stop {  // a token longer than a segment
                segmentStop = stop
                next = walkPhrases(words, text, from: i, stop: stop)
            }
            if next == i && stop - i > rules.keywordSpan {
                // A token that reaches `stop` and is longer than any phrase: stepped over now, not
                // walked again from its start on every chunk (that made one 16 MB token quadratic).
                next = Scanner.tokenEnd(text, from: i)
                insideLongToken = next == end
                noteEvidenceWalked((base + i)..<(base + next))
                i = next
                if insideLongToken { break }
                continue
            }
            if withEvidence { noteEvidenceWalked((base + i)..<(base + next)) }
            i = next
            if segmentStop == stop { break }
        }
        wordPos = base + min(i, end)
    }

    /// Finds the phrases inside runs of Chinese, Japanese and Korean text, which has no word
    /// breaks (or particles attached to its words): `phi_scan_cjk` looks up the runs of up to
    /// eight characters from every character, with every list. Chunk-independent: a position is
    /// walked once a phrase of the most bytes that can start there has arrived whole.
    func cjkPass(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
        guard let p = text.baseAddress else { return }
        let end = text.count
        let stop = final ? end : end - rules.keywordSpan - 1
        var i = max(cjkPos - base, 0)
        let words = rules.allWords
        let scratch = phraseScratch
        withUnsafePointer(to: words.storage.table) { table in
            while i < stop {
                var count = 0
                let next = phi_scan_cjk(table, p, i, end, stop, scratch.hits, scratch.capacity, &count)
                for k in 0..<count {
                    let hit = scratch.hits[k]
                    phraseHit(Int(hit.phrase), of: words, text, start: hit.start, end: hit.end)
                }
                i = next
            }
        }
        cjkPos = max(cjkPos, base + i)
    }

    /// The end of the token bytes (letters, digits, non-ASCII) that start at `from`: the phrase
    /// walk's own definition of a token (`phi_token_end`).
    static func tokenEnd(_ text: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let p = text.baseAddress, from < text.count else { return from }
        return phi_token_end(p, from, text.count)
    }

    /// Bytes of text per segment of the word pass.
    static let wordSegment = 4096

    /// Walks the tokens that start at or after `from` and end before `stop` (buffer offsets),
    /// handling each phrase found; returns where it stopped: the first token not walked, or the end.
    func walkPhrases(_ words: WordTable, _ text: UnsafeBufferPointer<UInt8>, from: Int, stop: Int) -> Int {
        guard let p = text.baseAddress else { return from }
        var i = from
        let scratch = phraseScratch
        withUnsafePointer(to: words.storage.table) { table in
            while i < text.count {
                var count = 0
                let next = phi_scan_phrases(table, p, i, text.count, max(stop, 0), scratch.hits, scratch.capacity, &count)
                for k in 0..<count {
                    let hit = scratch.hits[k]
                    phraseHit(Int(hit.phrase), of: words, text, start: hit.start, end: hit.end)
                }
                i = next
                // The walk stops early only when the output may not hold the next token's phrases.
                if scratch.capacity - count >= table.pointee.max_per_anchor { break }
            }
        }
        return min(i, text.count)
    }

    func phraseHit(_ phrase: Int, of words: WordTable, _ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        let absStart = base + start, absEnd = base + end
        recordHit(phrase: phrase, of: words, start: start, end: end)
        for list in words.phraseLists[phrase] {
            for rule in rules.triggeredByList[list] {
                if rules.rules[rule].needsUpperAfter, let p = text.baseAddress, phi_upper_after(p, end, text.count) == 0 {
                    continue
                }
                var t = triggers.count
                while t > 0, triggers[t - 1].start > absStart { t -= 1 }
                triggers.insert(Trigger(rule: rule, start: absStart, end: absEnd), at: t)
            }
            for rule in rules.termByList[list] {
                addCandidate(rule: rule, pattern: CompiledRule.CompiledLevel.term, start: start, end: end, text: text)
            }
        }
    }

    /// Finds digit groups and trigger bytes and runs the rules they qualify for.
    func groupPass(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
        guard let p = text.baseAddress else { return }
        let end = text.count
        var i = groupPos - base
        while i < end {
            i = nextInteresting(from: base + i, before: base + end, p) - base
            if i >= end { break }
            let b = p[i]
            if !Scanner.isDigit(b), let byteRules = rules.byteRules[b] {
                if !final && i + rules.maxLead >= end { break }
                for r in byteRules {
                    let rule = rules.rules[r]
                    runRule(r, text, window: max(0, i - rule.lead)..<min(end, i + rule.trail + 1), focus: i..<(i + 1))
                }
                i += 1
                continue
            }
            // The token holding this digit, then following digit-bearing tokens joined by 1–2 separators.
            var group = phi_group()
            guard phi_digit_group(p, i, end, final ? 1 : 0, &group) != 0, final || group.end + rules.maxLead < end else {
                i = group.start  // wait for more text; the walk resumes at this token
                break
            }
            let start = group.start, groupEnd = group.end
            let digits = Int(group.digits), tokens = Int(group.tokens), mixed = group.mixed != 0
            let upperAfter = group.upper_after_first != 0, upperBefore = group.upper_before != 0
            for r in rules.digitRules {
                let rule = rules.rules[r]
                guard digits >= rule.minDigits, tokens >= rule.minTokens,
                      !rule.needsMixed || (mixed && Int(group.mixed_min) <= rule.mixedMax),
                      upperAfter || !rule.needsUpperAfter, upperBefore || !rule.needsUpperBefore,
                      rule.separators == 0 || group.separators & rule.separators != 0 else { continue }
                let window = max(0, start - rule.lead)..<min(end, groupEnd + rule.trail)
                if !keywordsPossible(rule, around: window, final: final) { continue }
                runRule(r, text, window: window, focus: start..<groupEnd)
            }
            i = max(groupEnd, i + 1)
        }
        groupPos = base + min(i, end)
    }

    /// False when the rule cannot reach any level because none of the keyword lists its levels
    /// require has a hit within its window around `window` (and the word pass has covered that).
    @inline(__always)
    func keywordsPossible(_ rule: CompiledRule, around window: Range<Int>, final: Bool) -> Bool {
        for e in rule.requiredEvidence {
            let ev = rule.evidence[e]
            guard let need = ev.list else { return true }
            let from = base + window.lowerBound - ev.before, hi = base + window.upperBound + ev.after
            guard final || wordPos > hi + rules.keywordSpan else { return true }
            if rules.evidenceOnly[need] { walkEvidence(hitsFrom: from, through: hi) }
            let hits = keywordHits[need]
            let k = hits.lowerBound { $0.start < from - rules.keywordSpan }
            if k < hits.count && hits[k].start <= hi { return true }
        }
        return rule.requiredEvidence.isEmpty
    }

    /// Runs keyword-triggered rules around their keyword hits once enough text follows.
    func triggerPass(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
        let end = text.count
        var done = 0
        for t in triggers {
            let rule = rules.rules[t.rule]
            let s = t.start - base, e = t.end - base
            if !final && e + rule.trail >= end { break }
            let window = max(0, s - rule.lead)..<min(end, e + rule.trail)
            runRule(t.rule, text, window: window, focus: rule.matchesAnywhere ? window : s..<e)
            done += 1
        }
        triggers.removeFirst(done)
    }

    /// Runs every pattern of rule `r` over `window`, keeping matches that touch `focus`. A rule
    /// with no lead (`window.lead: 0`) matches only at the window's start (one anchored attempt).
    func runRule(_ r: Int, _ text: UnsafeBufferPointer<UInt8>, window: Range<Int>, focus: Range<Int>) {
        let rule = rules.rules[r]
        let subject = UnsafeBufferPointer(rebasing: text[..<window.upperBound])
        let anchored = rule.lead == 0
        for (index, (regex, valueGroup)) in rule.patterns.enumerated() {
            var pos = window.lowerBound
            while pos < window.upperBound,
                  let m = scratch.firstSpan(regex, in: subject, from: pos, anchored: anchored, group: valueGroup) {
                pos = m.whole.isEmpty ? m.whole.upperBound + 1 : m.whole.upperBound
                if m.whole.lowerBound > focus.upperBound { break }
                if m.whole.upperBound < focus.lowerBound { continue }
                let span = m.group ?? m.whole
                let valid = addCandidate(rule: r, pattern: index, start: span.lowerBound, end: span.upperBound, text: text)
                if anchored { break }
                // A capitalised word before a name joins the match ("Yesterday Maria Lopez", "Encik
                // Ahmad bin Salleh", "Hi Jen, Mark Delacroix"); when the whole fails the name test,
                // the name may begin at the match's next word, or, in parentheses, end at its comma
                // when two words or more stand before it ("(Eddie Szymanski, Oak house)" read as
                // "Last, First"; out of parentheses the comma is a signature's: "Nadia Farouk, Patient Relations").
                if !valid, rule.retriesInside {
                    if span.lowerBound > 0, text[span.lowerBound - 1] == UInt8(ascii: "("),
                       let comma = Scanner.comma(text, in: span), Scanner.nextWord(text, in: span.lowerBound..<comma) != nil {
                        addCandidate(rule: r, pattern: index, start: span.lowerBound, end: comma, text: text)
                    }
                    if let next = Scanner.nextWord(text, in: m.whole) { pos = next }
                }
            }
        }
    }

    /// The start of the second word of `range` (after a space, tab, comma or caret), if any.
    static func nextWord(_ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound, !isSeparator(text[i]) { i += 1 }
        while i < range.upperBound, isSeparator(text[i]) { i += 1 }
        return i < range.upperBound ? i : nil
    }

    /// Where the first comma of `range` is, if any.
    static func comma(_ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        range.first { text[$0] == UInt8(ascii: ",") }
    }

    private static func isSeparator(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == UInt8(ascii: ",") || b == UInt8(ascii: "^")
    }

    /// Validates a match and queues it for resolution; false when a validator refused it.
    @discardableResult
    func addCandidate(rule r: Int, pattern: Int, start: Int, end: Int, text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end > start else { return true }
        let rule = rules.rules[r]
        guard seen.insert(rule: r, start: base + start, end: base + end) else {
            // Seen before, from an earlier trigger: answer as then (validation is remembered per scan),
            // so the caller still retries inside a match that failed. Rule name.prose triggered at
            // "Harold" finds "Priya, Harold" again before "Harold Brisbane's INR" (blind set prose71).
            guard rule.retriesInside else { return true }
            return validatedValue(r, rule, start: start, end: end, text: text) != nil
        }
        // Every level needs one of these keyword lists near the match: once the word pass is past
        // their windows, a match with no hit there can never be reported, so skip the rest of the work.
        if !rule.requiredEvidence.isEmpty, rule.requiredEvidence.allSatisfy({ e in
            let ev = rule.evidence[e]
            return wordPos > base + end + ev.after + rules.keywordSpan && distance(ev, start: base + start, end: base + end) == nil
        }) { return true }
        guard let value = validatedValue(r, rule, start: start, end: end, text: text) else { return false }
        if rule.hasAllowValues && rule.definition.allowValues.contains(value) { return true }
        pending.append(Candidate(rule: r, pattern: pattern, start: base + start, end: base + end, value: value))
        return true
    }

    /// The canonical value of the match `start..<end` of rule `r`, or nil when a validator refuses it.
    private func validatedValue(_ r: Int, _ rule: CompiledRule, start: Int, end: Int,
                                text: UnsafeBufferPointer<UInt8>) -> String? {
        let bytes = UnsafeBufferPointer(rebasing: text[start..<end])
        let matched = String(decoding: bytes, as: UTF8.self)
        let value = Scanner.normalizeValue(matched, bytes, rule.normalizer)
        return validates(r, rule, value: value, matched: matched) ? value : nil
    }

    /// Whether every validator of rule `r` accepts the match; answers of costly validators are
    /// remembered per scan (emptied at ``validationMemoLimit`` entries).
    private func validates(_ r: Int, _ rule: CompiledRule, value: String, matched: String) -> Bool {
        guard rule.remembersValidation else {
            return rule.validators.allSatisfy { $0.check(value, matched, rules.data) }
        }
        let key = ValidationKey(rule: r, text: matched)
        if let known = validationMemo[key] { return known }
        if validationMemo.count >= Scanner.validationMemoLimit { validationMemo.removeAll(keepingCapacity: true) }
        let answer = rule.validators.allSatisfy { $0.check(value, matched, rules.data) }
        validationMemo[key] = answer
        return answer
    }

    /// The canonical value of a match (`text`, whose UTF-8 is `bytes`) for validators and fingerprints.
    static func normalizeValue(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>,
                               _ how: RuleDefinition.ValueNormalizer) -> String {
        switch how {
        case .digits:
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for b in bytes where isDigit(b) { out[n] = b; n += 1 }
                return n
            }
        case .alnum:
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for b in bytes where isAlnum(b) { out[n] = (b &- 97) < 26 ? b - 32 : b; n += 1 }
                return n
            }
        case .lower: return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        case .none: return text
        }
    }
}
