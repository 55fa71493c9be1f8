import PHIRegex

/// The candidate passes: words (keywords and terms), digit groups and byte triggers, keyword triggers.
extension Scanner {
    static let isDigit: [Bool] = (0..<256).map { (b: Int) -> Bool in b >= 48 && b <= 57 }
    static let isAlnum: [Bool] = (0..<256).map { (b: Int) -> Bool in
        let d = b >= 48 && b <= 57
        let u = b >= 65 && b <= 90
        let l = b >= 97 && b <= 122
        return d || u || l
    }
    static let isGroupSeparator: [Bool] = (0..<256).map { (b: Int) -> Bool in
        [32, 45, 46, 47, 40, 41, 58, 44, 9].contains(b)
    }

    /// Finds keyword and term phrases; records hits, queues keyword-triggered windows and term candidates.
    func wordPass(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
        let end = text.count
        let words = rules.words
        let lookahead = words.maxSpan + 1
        var i = wordPos - base
        while i < end {
            if !WordTable.isToken[Int(text[i])] {
                i += 1
                continue
            }
            let start = i
            while i < end, WordTable.isToken[Int(text[i])] { i += 1 }
            if !final && (i == end || start + lookahead > end) {
                i = start
                break
            }
            let h = WordTable.hash(text, start..<i)
            guard words.mayContain(h) else { continue }
            // A token right after a letter-or-digit run cannot start a word; tokens are maximal here.
            for index in words.candidates(h) {
                guard let phraseEnd = words.match(index, text, start: start, end: i, limit: end) else { continue }
                let absStart = base + start, absEnd = base + phraseEnd
                for list in words.phrases[index].lists {
                    keywordHits.append(KeywordHit(start: absStart, end: absEnd, list: list))
                    for rule in rules.triggeredRules[list] ?? [] {
                        triggers.append(Trigger(rule: rule, start: absStart, end: absEnd))
                    }
                    for rule in rules.termRules[list] ?? [] {
                        addCandidate(rule: rule, pattern: "term", start: start, end: phraseEnd, text: text)
                    }
                }
            }
        }
        wordPos = base + i
    }

    /// Finds digit groups and trigger bytes and runs the rules they qualify for.
    func groupPass(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
        let end = text.count
        var i = groupPos - base
        let triggerBytes = rules.byteRules
        while i < end {
            let b = text[i]
            if let byteRules = triggerBytes[b] {
                let lead = byteRules.map { rules.rules[$0].definition.lead }.max() ?? 0
                let trail = byteRules.map { rules.rules[$0].definition.trail }.max() ?? 0
                if !final && i + trail >= end { break }
                for r in byteRules {
                    runRule(r, text, window: max(0, i - lead)..<min(end, i + trail + 1), focus: i..<(i + 1))
                }
                i += 1
                continue
            }
            guard Scanner.isDigit[Int(b)] else {
                i += 1
                continue
            }
            // The token holding this digit, then following digit-bearing tokens joined by 1–2 separators.
            var start = i
            while start > 0, i - start < 64, Scanner.isAlnum[Int(text[start - 1])] { start -= 1 }
            var digits = 0, mixed = false, p = start, groupEnd = start
            var complete = true
            while true {
                var tokenDigits = 0, tokenLetters = 0
                var q = p
                while q < end, Scanner.isAlnum[Int(text[q])] {
                    if Scanner.isDigit[Int(text[q])] { tokenDigits += 1 } else { tokenLetters += 1 }
                    q += 1
                }
                if q == end && !final { complete = false; break }
                if tokenDigits == 0 && p != start { break }
                digits += tokenDigits
                if tokenDigits > 0 && tokenLetters > 0 { mixed = true }
                groupEnd = q
                var s = q, gap = 0
                while s < end, gap < 3, Scanner.isGroupSeparator[Int(text[s])] { s += 1; gap += 1 }
                if s == end && !final { complete = false; break }
                guard gap > 0, gap <= 2, s < end, Scanner.isAlnum[Int(text[s])] else { break }
                p = s
            }
            if !complete || (!final && groupEnd + rules.maxLead >= end) {
                i = start
                break
            }
            for r in rules.digitRules {
                guard case .digits(let minDigits, let needsMixed) = rules.rules[r].definition.prefilter,
                      digits >= minDigits, mixed || !needsMixed else { continue }
                let def = rules.rules[r].definition
                runRule(r, text, window: max(0, start - def.lead)..<min(end, groupEnd + def.trail),
                        focus: start..<groupEnd)
            }
            i = max(groupEnd, i + 1)
        }
        groupPos = base + min(i, end)
    }

    /// Runs keyword-triggered rules around their keyword hits once enough text follows.
    func triggerPass(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
        let end = text.count
        var done = 0
        for t in triggers {
            let def = rules.rules[t.rule].definition
            let s = t.start - base, e = t.end - base
            if !final && e + def.trail >= end { break }
            runRule(t.rule, text, window: max(0, s - def.lead)..<min(end, e + def.trail), focus: s..<e)
            done += 1
        }
        triggers.removeFirst(done)
    }

    /// Runs every pattern of rule `r` over `window`, keeping matches that touch `focus`.
    func runRule(_ r: Int, _ text: UnsafeBufferPointer<UInt8>, window: Range<Int>, focus: Range<Int>) {
        let rule = rules.rules[r]
        let subject = UnsafeBufferPointer(rebasing: text[..<window.upperBound])
        for (name, regex, valueGroup) in rule.patterns {
            var pos = window.lowerBound
            while pos < window.upperBound,
                  let m = scratch.firstMatch(regex, in: subject, from: pos) {
                pos = m.range.isEmpty ? m.range.upperBound + 1 : m.range.upperBound
                if m.range.lowerBound > focus.upperBound { break }
                if m.range.upperBound < focus.lowerBound { continue }
                var span = m.range
                if let g = valueGroup, g - 1 < m.groups.count, let v = m.groups[g - 1] { span = v }
                addCandidate(rule: r, pattern: name, start: span.lowerBound, end: span.upperBound, text: text)
            }
        }
    }

    /// Validates a match and queues it for resolution.
    func addCandidate(rule r: Int, pattern: String, start: Int, end: Int, text: UnsafeBufferPointer<UInt8>) {
        let key = SpanKey(rule: r, start: base + start, end: base + end)
        guard end > start, seen.insert(key).inserted else { return }
        let rule = rules.rules[r]
        let matched = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
        let value = Scanner.normalizeValue(matched, rule.definition.normalizer)
        for (_, check) in rule.validators where !check(value, matched, rules.data) { return }
        if rule.definition.allowValues.contains(value) { return }
        pending.append(Candidate(rule: r, pattern: pattern, start: key.start, end: key.end, value: value, text: matched))
    }

    static func normalizeValue(_ text: String, _ how: RuleDefinition.ValueNormalizer) -> String {
        switch how {
        case .digits: return String(text.unicodeScalars.filter { $0.isASCII && $0.properties.numericType != nil })
        case .alnum:
            return String(String.UnicodeScalarView(text.unicodeScalars.filter {
                $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
            })).uppercased()
        case .lower: return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        case .none: return text
        }
    }
}
