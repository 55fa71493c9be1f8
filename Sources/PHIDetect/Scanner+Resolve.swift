import PHIRegex

/// Resolution: exclusions, evidence and levels turn validated candidates into findings.
///
/// Two phases keep entity evidence free of cycles. Phase A decides, on keyword evidence alone,
/// whether a candidate holds any level; those that do become entities other rules can see.
/// Phase B evaluates the levels with keyword and entity evidence, once every candidate that
/// could lie in its windows has passed phase A.
extension Scanner {
    func resolve(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
        guard !pending.isEmpty else { return }
        let keywordFrontier = wordPos - rules.keywordSpan
        let candidateFrontier = min(wordPos, groupPos, triggers.first?.start ?? Int.max) - rules.maxLead
        for i in pending.indices where pending[i].confirmed == nil {
            let c = pending[i]
            let rule = rules.rules[c.rule]
            guard final || c.end + rule.reachAfter < keywordFrontier else { continue }
            let held = heldEvidence(c, rule, mask: rule.keywordEvidence)
            let isExcluded = excluded(c, rule, text)
            let confirmed = !isExcluded && level(c, rule, held) != nil
            pending[i].excluded = isExcluded
            pending[i].confirmed = confirmed
            pending[i].keywordHeld = held
            if confirmed {
                // Keep entities ordered by start (they arrive almost in order).
                let hit = EntityHit(type: rule.type, start: c.start, end: c.end, rule: c.rule)
                var at = entities.count
                while at > 0, entities[at - 1].start > hit.start { at -= 1 }
                entities.insert(hit, at: at)
            }
        }
        let undecided = pending.filter { $0.confirmed == nil }.map(\.start).min() ?? Int.max
        let frontier = min(candidateFrontier, undecided)
        var keep: [Candidate] = []
        for c in pending {
            let rule = rules.rules[c.rule]
            guard c.confirmed != nil, final || c.end + rule.reachAfter < frontier else {
                keep.append(c)
                continue
            }
            if let finding = decide(c, rule) { results.append(finding) }
        }
        pending = keep
    }

    private func excluded(_ c: Candidate, _ rule: CompiledRule, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = c.start - base, e = c.end - base
        for ex in rule.exclusions {
            if ex.before > 0 {
                let window = UnsafeBufferPointer(rebasing: text[max(0, s - ex.before)..<max(0, s)])
                if scratch.firstMatch(ex.regex, in: window, from: 0, notEmpty: false) != nil { return true }
            }
            if ex.after > 0 {
                let window = UnsafeBufferPointer(rebasing: text[min(e, text.count)..<min(text.count, e + ex.after)])
                if scratch.firstMatch(ex.regex, in: window, from: 0, notEmpty: false) != nil { return true }
            }
        }
        return false
    }

    /// The bits of `mask` (evidence indices of `rule`) whose evidence has a hit in its window.
    private func heldEvidence(_ c: Candidate, _ rule: CompiledRule, mask: UInt64) -> UInt64 {
        var held: UInt64 = 0
        var bits = mask
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            bits &= bits - 1
            if distance(rule.evidence[i], c) != nil { held |= 1 << UInt64(i) }
        }
        return held
    }

    /// The first level whose requirements `held` satisfies.
    private func level(_ c: Candidate, _ rule: CompiledRule, _ held: UInt64) -> CompiledRule.CompiledLevel? {
        for level in rule.levels {
            if let p = level.pattern, p != c.pattern { continue }
            guard level.require & ~held == 0 else { continue }
            if level.requireAny == 0 || level.requireAny & held != 0 { return level }
        }
        return nil
    }

    private func decide(_ c: Candidate, _ rule: CompiledRule) -> Finding? {
        if c.excluded { return nil }
        let entityEvidence = ~rule.keywordEvidence & (rule.evidence.count == 64 ? ~0 : (1 << UInt64(rule.evidence.count)) - 1)
        if c.confirmed == false && entityEvidence == 0 { return nil }
        let held = c.keywordHeld | heldEvidence(c, rule, mask: entityEvidence)
        guard let level = level(c, rule, held) else { return nil }
        let def = rule.definition
        let fingerprint = fingerprinter.fingerprint(c.value)
        if !def.allowFingerprints.isEmpty && def.allowFingerprints.contains(fingerprint) { return nil }
        return Finding(type: def.type, rule: def.id, level: level.spec.level, score: level.spec.score,
                       start: c.start, end: c.end, part: part,
                       masked: Masker.mask(c.text, style: def.mask), fingerprint: fingerprint,
                       evidence: report(c, rule, level, held), validators: rule.validatorNames)
    }

    /// The evidence a finding reports: what its level used, else everything that held (by name).
    private func report(_ c: Candidate, _ rule: CompiledRule, _ level: CompiledRule.CompiledLevel,
                        _ held: UInt64) -> [Evidence] {
        func item(_ i: Int) -> Evidence? {
            let ev = rule.evidence[i]
            guard let d = distance(ev, c) else { return nil }
            return Evidence(name: ev.name, source: ev.list.map { rules.listNames[$0] } ?? "entity", distance: d)
        }
        let names = level.spec.require + level.spec.requireAny
        if !names.isEmpty, (level.require | level.requireAny) & held != 0 {
            return names.compactMap { name in
                rule.evidence.firstIndex { $0.name == name }.flatMap { held & (1 << UInt64($0)) != 0 ? item($0) : nil }
            }
        }
        return (0..<rule.evidence.count).filter { held & (1 << UInt64($0)) != 0 }.compactMap(item)
            .sorted { $0.name < $1.name }
    }

    /// Distance from the candidate to the nearest hit of this evidence within its window, or nil.
    func distance(_ ev: CompiledRule.CompiledEvidence, _ c: Candidate) -> Int? {
        distance(ev, start: c.start, end: c.end)
    }

    /// Distance from the span `start..<end` (absolute) to the nearest hit of `ev` in its window, or nil.
    func distance(_ ev: CompiledRule.CompiledEvidence, start: Int, end: Int) -> Int? {
        var best: Int? = nil
        func consider(_ hitStart: Int, _ hitEnd: Int) {
            let d: Int
            if hitEnd <= start {
                d = start - hitEnd
                guard d <= ev.before else { return }
            } else if hitStart >= end {
                d = hitStart - end
                guard d <= ev.after else { return }
            } else {
                d = 0
            }
            if best.map({ d < $0 }) ?? true { best = d }
        }
        let lo = start - ev.before - rules.maxHitLength, hi = end + ev.after
        if let list = ev.list {
            if rules.evidenceOnly[list] {
                walkEvidence(anchorsFrom: start - ev.before - rules.keywordSpan, to: hi + rules.keywordSpan + 1)
            }
            let hits = keywordHits[list]
            var k = hits.lowerBound { $0.start < lo }
            while k < hits.count, hits[k].start <= hi {
                let hit = hits[k]
                if hit.end >= start - ev.before { consider(hit.start, hit.end) }
                k += 1
            }
        } else {
            var k = entities.lowerBound { $0.start < lo }
            while k < entities.count, entities[k].start <= hi {
                let hit = entities[k]
                if ev.entities.contains(hit.type) && !(hit.start < end && hit.end > start)
                    && hit.end >= start - ev.before {
                    consider(hit.start, hit.end)
                }
                k += 1
            }
        }
        return best
    }
}
