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
        let keywordFrontier = wordPos - rules.words.maxSpan
        let candidateFrontier = min(wordPos, groupPos, triggers.first?.start ?? Int.max) - rules.maxLead
        for i in pending.indices where pending[i].confirmed == nil {
            let c = pending[i]
            let rule = rules.rules[c.rule]
            guard final || c.end + rule.reachAfter < keywordFrontier else { continue }
            let held = evidence(for: c, rule, entities: false)
            let isExcluded = excluded(c, rule, text)
            let confirmed = !isExcluded && level(c, rule, held) != nil
            pending[i].excluded = isExcluded
            pending[i].confirmed = confirmed
            if confirmed {
                // Keep entities ordered by start (they arrive almost in order).
                let hit = EntityHit(type: rule.definition.type, start: c.start, end: c.end, rule: c.rule)
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

    private func evidence(for c: Candidate, _ rule: CompiledRule, entities useEntities: Bool) -> [String: Evidence] {
        var held: [String: Evidence] = [:]
        for ev in rule.evidence where useEntities || ev.list != nil {
            if let d = distance(ev, c) {
                held[ev.name] = Evidence(name: ev.name, source: ev.list.map { rules.listNames[$0] } ?? "entity", distance: d)
            }
        }
        return held
    }

    /// The first level whose requirements `held` satisfies.
    private func level(_ c: Candidate, _ rule: CompiledRule, _ held: [String: Evidence]) -> RuleDefinition.LevelSpec? {
        rule.definition.levels.first { level in
            if let p = level.pattern, p != c.pattern { return false }
            guard level.require.allSatisfy({ held[$0] != nil }) else { return false }
            return level.requireAny.isEmpty || level.requireAny.contains { held[$0] != nil }
        }
    }

    private func decide(_ c: Candidate, _ rule: CompiledRule) -> Finding? {
        if c.excluded { return nil }
        if c.confirmed == false && !rule.evidence.contains(where: { $0.list == nil }) { return nil }
        let held = evidence(for: c, rule, entities: true)
        guard let level = level(c, rule, held) else { return nil }
        let def = rule.definition
        let fingerprint = fingerprinter.fingerprint(c.value)
        if def.allowFingerprints.contains(fingerprint) { return nil }
        let used = (level.require + level.requireAny).compactMap { held[$0] }
        return Finding(type: def.type, rule: def.id, level: level.level, score: level.score,
                       start: c.start, end: c.end, part: part,
                       masked: Masker.mask(c.text, style: def.mask), fingerprint: fingerprint,
                       evidence: used.isEmpty ? held.values.sorted { $0.name < $1.name } : used,
                       validators: rule.validatorNames)
    }

    /// Distance from the candidate to the nearest hit of this evidence within its window, or nil.
    private func distance(_ ev: CompiledRule.CompiledEvidence, _ c: Candidate) -> Int? {
        var best: Int? = nil
        func consider(_ start: Int, _ end: Int) {
            let d: Int
            if end <= c.start {
                d = c.start - end
                guard d <= ev.before else { return }
            } else if start >= c.end {
                d = start - c.end
                guard d <= ev.after else { return }
            } else {
                d = 0
            }
            if best.map({ d < $0 }) ?? true { best = d }
        }
        let lo = c.start - ev.before - rules.maxHitLength, hi = c.end + ev.after
        if let list = ev.list {
            var k = keywordHits.lowerBound { $0.start < lo }
            while k < keywordHits.count, keywordHits[k].start <= hi {
                let hit = keywordHits[k]
                if hit.list == list && hit.end >= c.start - ev.before { consider(hit.start, hit.end) }
                k += 1
            }
        } else {
            var k = entities.lowerBound { $0.start < lo }
            while k < entities.count, entities[k].start <= hi {
                let hit = entities[k]
                if ev.entities.contains(hit.type) && !(hit.start < c.end && hit.end > c.start)
                    && hit.end >= c.start - ev.before {
                    consider(hit.start, hit.end)
                }
                k += 1
            }
        }
        return best
    }
}
