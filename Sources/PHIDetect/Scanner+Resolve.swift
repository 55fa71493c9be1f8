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
        var undecided = Int.max  // the least start of a candidate still waiting for phase A
        for i in pending.indices where pending[i].confirmed == nil {
            let r = pending[i].rule, start = pending[i].start, end = pending[i].end
            let rule = rules.rules[r]
            guard final || end + rule.reachAfter < keywordFrontier else {
                undecided = min(undecided, start)
                continue
            }
            let held = heldEvidence(start, end, rule, mask: rule.keywordEvidence)
            let exclusion = excluded(start, end, rule, text)
            let confirmed = exclusion == nil && level(pending[i].pattern, rule, held) != nil
            pending[i].exclusion = exclusion ?? -1
            pending[i].confirmed = confirmed
            pending[i].keywordHeld = held
            if confirmed {
                // Keep entities ordered by start (they arrive almost in order).
                let hit = EntityHit(type: rule.type, start: start, end: end, rule: r)
                var at = entities.count
                while at > 0, entities[at - 1].start > hit.start { at -= 1 }
                entities.insert(hit, at: at)
            }
        }
        let frontier = min(candidateFrontier, undecided)
        // Decide what is ready and compact the rest to the front, in order (moves, no copies).
        let kept = pending.withUnsafeMutableBufferPointer { p in
            var kept = 0
            for i in p.indices {
                let rule = rules.rules[p[i].rule]
                if p[i].confirmed != nil, final || p[i].end + rule.reachAfter < frontier {
                    if let finding = decide(p[i], rule, text) { keep(finding) }
                } else {
                    if kept != i { p.swapAt(kept, i) }
                    kept += 1
                }
            }
            return kept
        }
        pending.removeSubrange(kept...)
    }

    /// The index of the first exclusion whose context holds around the span, if any.
    private func excluded(_ start: Int, _ end: Int, _ rule: CompiledRule, _ text: UnsafeBufferPointer<UInt8>) -> Int? {
        let s = start - base, e = end - base
        // The rule owns the regexes for the whole call; its exclusions are handles, copied without retains.
        return withExtendedLifetime(rule) {
            rule.exclusions.withUnsafeBufferPointer { probes -> Int? in
                for i in probes.indices {
                    let ex = probes[i]
                    if ex.before > 0 {
                        let window = UnsafeBufferPointer(rebasing: text[max(0, s - ex.before)..<max(0, s)])
                        if scratch.matches(ex.regex, in: window) { return i }
                    }
                    if ex.after > 0 {
                        let window = UnsafeBufferPointer(rebasing: text[min(e, text.count)..<min(text.count, e + ex.after)])
                        if scratch.matches(ex.regex, in: window) { return i }
                    }
                }
                return nil
            }
        }
    }

    /// The bits of `mask` (evidence indices of `rule`) whose evidence has a hit in the window of
    /// the span `start..<end` (absolute).
    private func heldEvidence(_ start: Int, _ end: Int, _ rule: CompiledRule, mask: UInt64) -> UInt64 {
        var held: UInt64 = 0
        var bits = mask
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            bits &= bits - 1
            if distance(rule.evidence[i], start: start, end: end) != nil { held |= 1 << UInt64(i) }
        }
        return held
    }

    /// The index in `rule.levels` of the first level for `pattern` whose requirements `held` satisfies.
    private func level(_ pattern: Int, _ rule: CompiledRule, _ held: UInt64) -> Int? {
        for (k, level) in rule.levels.enumerated() {
            if let p = level.pattern, p != pattern { continue }
            guard level.require & ~held == 0 else { continue }
            if level.requireAny == 0 || level.requireAny & held != 0 { return k }
        }
        return nil
    }

    /// The finding a decided candidate becomes, if any; `text` still holds its bytes (the scanner
    /// trims nothing a pending candidate starts in).
    private func decide(_ c: Candidate, _ rule: CompiledRule, _ text: UnsafeBufferPointer<UInt8>) -> Finding? {
        if c.excluded {
            guard rules.explainsExclusions && rule.type == "NAME" else { return nil }
            return excludedName(c, rule, text, why: rule.exclusionReasons[c.exclusion])
        }
        if !domains.isEmpty && rule.type == "NAME" && domains.namesOrganisation(c.value) {
            return rules.explainsExclusions ? excludedName(c, rule, text, why: Scanner.organisationReason) : nil
        }
        let entityEvidence = ~rule.keywordEvidence & (rule.evidence.count == 64 ? ~0 : (1 << UInt64(rule.evidence.count)) - 1)
        if c.confirmed == false && entityEvidence == 0 { return nil }
        let held = c.keywordHeld | heldEvidence(c.start, c.end, rule, mask: entityEvidence)
        guard let k = level(c.pattern, rule, held) else { return nil }
        let fingerprint = fingerprintOf(c.value)
        if !rule.definition.allowFingerprints.isEmpty && rule.definition.allowFingerprints.contains(fingerprint) {
            return nil
        }
        if c.start > keptThrough {
            return Finding(type: rule.type, rule: rule.definition.id, level: rule.levels[k].spec.level,
                           score: rule.levels[k].spec.score, start: c.start, end: c.end, part: part,
                           masked: "", fingerprint: fingerprint)
        }
        let bytes = UnsafeBufferPointer(rebasing: text[(c.start - base)..<(c.end - base)])
        return Finding(type: rule.type, rule: rule.definition.id, level: rule.levels[k].spec.level,
                       score: rule.levels[k].spec.score,
                       start: c.start, end: c.end, part: part,
                       masked: Masker.mask(bytes, style: rule.definition.mask), fingerprint: fingerprint,
                       evidence: report(c, rule, k, held), validators: rule.validatorNames)
    }

    /// Why a name the message's mail domains name is not counted (see ``CorrespondentDomains``).
    static let organisationReason = "the organisation of a correspondent's mail domain"

    /// A name an exclusion kept from counting, reported for explanations: `low`, score 0, with
    /// evidence `excluded` naming why ("a clinician's title before the name").
    private func excludedName(_ c: Candidate, _ rule: CompiledRule, _ text: UnsafeBufferPointer<UInt8>,
                              why: String) -> Finding {
        let bytes = UnsafeBufferPointer(rebasing: text[(c.start - base)..<(c.end - base)])
        return Finding(type: rule.type, rule: rule.definition.id, level: .low, score: 0, start: c.start, end: c.end,
                       part: part, masked: Masker.mask(bytes, style: rule.definition.mask), fingerprint: fingerprintOf(c.value),
                       evidence: [Evidence(name: Evidence.excluded, source: why, distance: 0)],
                       validators: rule.validatorNames)
    }

    /// The keyed fingerprint of a value, computed once per value per scan.
    private func fingerprintOf(_ value: String) -> String {
        if let known = fingerprintMemo[value] { return known }
        if fingerprintMemo.count >= Scanner.fingerprintMemoLimit { fingerprintMemo.removeAll(keepingCapacity: true) }
        let fingerprint = fingerprinter.fingerprint(value)
        fingerprintMemo[value] = fingerprint
        return fingerprint
    }

    /// The evidence a finding reports: what its level used, else everything that held (by name).
    private func report(_ c: Candidate, _ rule: CompiledRule, _ k: Int, _ held: UInt64) -> [Evidence] {
        func item(_ i: Int) -> Evidence? {
            let ev = rule.evidence[i]
            guard let d = distance(ev, start: c.start, end: c.end) else { return nil }
            return Evidence(name: ev.name, source: ev.list.map { rules.listNames[$0] } ?? "entity", distance: d)
        }
        var out: [Evidence] = []
        if (rule.levels[k].require | rule.levels[k].requireAny) & held != 0 {
            // In the order the level names them, required first.
            func add(_ names: [String]) {
                for name in names {
                    if let i = rule.evidence.firstIndex(where: { $0.name == name }), held & (1 << UInt64(i)) != 0,
                       let e = item(i) {
                        out.append(e)
                    }
                }
            }
            add(rule.levels[k].spec.require)
            add(rule.levels[k].spec.requireAny)
            return out
        }
        var bits = held
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            bits &= bits - 1
            if let e = item(i) { out.append(e) }
        }
        return out.sorted { $0.name < $1.name }
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
                walkEvidence(hitsFrom: start - ev.before, through: hi)
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
                // Offsets first; the types are compared, not hashed (a set of a few short strings).
                if hit.end >= start - ev.before && !(hit.start < end && hit.end > start)
                    && ev.entities.contains(where: { $0 == hit.type }) {
                    consider(hit.start, hit.end)
                }
                k += 1
            }
        }
        return best
    }
}
