import PHIDetect

/// Corroboration: the records an anchor (a date, ZIP or phone of the roster) belongs to, and
/// which of their other values stand within the window around it.
extension EDMMatcher {
    /// A name candidate near an anchor: one token, or two or three joined by a space, hyphen or
    /// apostrophe (`O'Brien`, `Smith-Jones`, `de la Cruz`).
    struct NameCandidate { var start: Int; var end: Int; var mac: UInt64 }

    /// Decides every anchor whose window has been looked up entirely (all of it, at the end).
    func corroborate(_ p: UnsafeBufferPointer<UInt8>, final: Bool) {
        for ai in anchors.indices where !anchors[ai].done {
            let a = anchors[ai]
            guard final || a.end + window + 1024 < lookedUpTo else { continue }
            anchors[ai].done = true
            guard a.hits.count <= EDMMatcher.maxHitsPerAnchor else { continue }
            decide(a, p)
        }
    }

    private func decide(_ a: Anchor, _ p: UnsafeBufferPointer<UInt8>) {
        let index = roster.index
        let lo = a.start - window, hi = a.end + window
        var seen: [UInt32: [Seen]] = [:]
        for e in a.hits { seen[index.record(e)] = [Seen(column: a.column, start: a.start, end: a.end, value: a.value)] }
        for b in anchors where b.column != a.column && b.end >= lo && b.start <= hi && b.hits.count <= EDMMatcher.maxHitsPerAnchor {
            for e in b.hits {
                let r = index.record(e)
                seen[r]?.append(Seen(column: b.column, start: b.start, end: b.end, value: b.value))
            }
        }
        let nameColumns = index.header.nameColumns
        if !nameColumns.isEmpty {
            let candidates = names(p, from: max(lo, base), to: min(hi, base + p.count))
            if !candidates.isEmpty {
                for (slot, c) in nameColumns.enumerated() {
                    // Per column: candidate hash → the candidate nearest the anchor.
                    var byHash: [UInt32: Int] = [:]
                    for (k, cand) in candidates.enumerated() {
                        let h = EDMKey.nameHash(cand.mac, column: c)
                        if let old = byHash[h], distance(candidates[old], a) <= distance(cand, a) { continue }
                        byHash[h] = k
                    }
                    for r in seen.keys {
                        let stored = index.nameHash(record: r, slot: slot)
                        guard stored != 0, let k = byHash[stored] else { continue }
                        let cand = candidates[k]
                        let raw = UnsafeBufferPointer(rebasing: p[(cand.start - base)..<(cand.end - base)])
                        seen[r]?.append(Seen(column: c, start: cand.start, end: cand.end,
                                             value: EDMNormalizer.normalize(raw, kind: .name) ?? []))
                    }
                }
            }
        }
        let columns = roster.schema.columns
        for (r, values) in seen where values.count >= 2 {
            let matched = Set(values.map(\.column))
            let counted = values.filter { roster.requires[$0.column] < 0 || matched.contains(roster.requires[$0.column]) }
            let types = Set(counted.map { columns[$0.column].type })
            guard types.count >= roster.schema.corroborating else { continue }
            records.insert(r)
            for v in counted {
                let evidence = counted.map { o in
                    Evidence(name: columns[o.column].name, source: "edm",
                             distance: o.end <= v.start ? v.start - o.end : (o.start >= v.end ? o.start - v.end : 0))
                }
                results.append(finding(v.column, v.start..<v.end, v.value, roster.schema.corroboratedLevel, evidence, p))
            }
        }
    }

    private func distance(_ c: NameCandidate, _ a: Anchor) -> Int {
        c.end <= a.start ? a.start - c.end : (c.start >= a.end ? c.start - a.end : 0)
    }

    /// Name candidates among the letter tokens of `from..<to` (absolute), hashed once per text.
    private func names(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [NameCandidate] {
        var tokens: [(start: Int, end: Int)] = []
        var i = from - base
        let n = to - base
        // Start at a token boundary.
        while i > 0 && i < n && EDMMatcher.isTokenByte(p[i - 1]) && EDMMatcher.isTokenByte(p[i]) { i += 1 }
        while i < n {
            guard EDMMatcher.isTokenByte(p[i]) else { i += 1; continue }
            let s = i
            var digit = false
            while i < p.count && EDMMatcher.isTokenByte(p[i]) {
                if (p[i] &- 48) < 10 { digit = true }
                i += 1
            }
            if !digit && i - s <= 40 && i <= n { tokens.append((base + s, base + i)) }
        }
        var out: [NameCandidate] = []
        for t in tokens.indices {
            var end = tokens[t].end
            for len in 1...3 {
                if len > 1 {
                    let next = t + len - 1
                    guard next < tokens.count else { break }
                    let gap = tokens[next].start - end
                    guard gap == 1 else { break }
                    let sep = p[end - base]
                    guard sep == 32 || sep == 45 || sep == 39 else { break }
                    // Three tokens only with a particle (de la Cruz, van der Berg).
                    if len == 3 && min(tokens[t].end - tokens[t].start, tokens[t + 1].end - tokens[t + 1].start) > 3 { break }
                    end = tokens[next].end
                }
                let key = tokens[t].start << 2 | len
                if let mac = nameMacs[key] {
                    out.append(NameCandidate(start: tokens[t].start, end: end, mac: mac))
                    continue
                }
                let raw = UnsafeBufferPointer(rebasing: p[(tokens[t].start - base)..<(end - base)])
                guard let v = EDMNormalizer.normalize(raw, kind: .name) else { continue }
                let mac = roster.key.mac(v)
                nameMacs[key] = mac
                out.append(NameCandidate(start: tokens[t].start, end: end, mac: mac))
            }
        }
        return out
    }
}
