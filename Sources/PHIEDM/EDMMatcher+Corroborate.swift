import PHIDetect

/// Corroboration: the records an anchor (a date, ZIP or phone of the roster) belongs to, and
/// which of their other values stand within the window around it.
///
/// Names are hashed once per text position: candidates (one token, or two or three joined by a
/// space, hyphen or apostrophe: `O'Brien`, `Smith-Jones`, `de la Cruz`) in the windows of
/// anchors are hashed as the windows move forward and chained by hash, so an anchor checks each
/// of its records' stored names with one dictionary probe.
extension EDMMatcher {
    struct NameSpot { var start: Int; var end: Int; var hash: UInt32; var next: Int32 }

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

    func addNameSpot(_ start: Int, _ end: Int, _ hash: UInt32) {
        nameSpots.append(NameSpot(start: start, end: end, hash: hash, next: nameHead[hash] ?? -1))
        nameHead[hash] = Int32(nameSpots.count - 1)
    }

    private func decide(_ a: Anchor, _ p: UnsafeBufferPointer<UInt8>) {
        let index = roster.index
        let lo = a.start - window, hi = a.end + window
        let nameColumns = index.header.nameColumns
        if !nameColumns.isEmpty { hashNames(p, from: max(lo, base), to: min(hi, base + p.count)) }
        // Other anchors in the window (few), checked against each record of this one.
        var near: [Int] = []
        var k = anchors.count - 1
        while k >= 0 {
            let b = anchors[k]
            if b.start < lo - 1024 { break }  // anchors are appended in (nearly) text order
            if b.column != a.column && b.end >= lo && b.start <= hi && b.hits.count <= EDMMatcher.maxHitsPerAnchor {
                near.append(k)
            }
            k -= 1
        }
        let columns = roster.schema.columns
        var found: [Seen] = []
        for e in a.hits {
            let r = index.record(e)
            found.removeAll(keepingCapacity: true)
            found.append(Seen(column: a.column, start: a.start, end: a.end, value: a.value))
            for (slot, c) in nameColumns.enumerated() {
                let stored = index.nameHash(record: r, slot: slot)
                guard stored != 0, var i = nameHead[stored] else { continue }
                var best: NameSpot? = nil
                while i >= 0 {
                    let spot = nameSpots[Int(i)]
                    if spot.end >= lo && spot.start <= hi && spot.hash == stored
                        && (best.map { distance(spot.start, spot.end, a) < distance($0.start, $0.end, a) } ?? true) {
                        best = spot
                    }
                    i = spot.next
                }
                if let best {
                    found.append(Seen(column: c, start: best.start, end: best.end, value: []))
                }
            }
            for k in near {
                let b = anchors[k]
                if b.hits.contains(where: { index.record($0) == r }) {
                    found.append(Seen(column: b.column, start: b.start, end: b.end, value: b.value))
                }
            }
            guard found.count >= 2 else { continue }
            let matched = Set(found.map(\.column))
            let counted = found.filter { roster.requires[$0.column] < 0 || matched.contains(roster.requires[$0.column]) }
            let types = Set(counted.map { columns[$0.column].type })
            guard types.count >= roster.schema.corroborating else { continue }
            records.insert(r)
            for v in counted {
                let evidence = counted.map { o in
                    Evidence(name: columns[o.column].name, source: "edm",
                             distance: o.end <= v.start ? v.start - o.end : (o.start >= v.end ? o.start - v.end : 0))
                }
                var value = v.value
                if value.isEmpty {  // a name: its normalised form, for the fingerprint
                    value = EDMNormalizer.normalize(UnsafeBufferPointer(rebasing: p[(v.start - base)..<(v.end - base)]), kind: .name) ?? []
                }
                results.append(finding(v.column, v.start..<v.end, value, roster.schema.corroboratedLevel, evidence, p))
            }
        }
    }

    private func distance(_ start: Int, _ end: Int, _ a: Anchor) -> Int {
        end <= a.start ? a.start - end : (start >= a.end ? start - a.end : 0)
    }

    /// Hashes the name candidates starting in `from..<to` (absolute) not hashed yet.
    private func hashNames(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        var i = max(from, namesCoveredTo) - base
        let n = to - base
        guard i < n else { return }
        // Start at a token boundary.
        while i > 0 && i < n && EDMMatcher.isTokenByte(p[i - 1]) && EDMMatcher.isTokenByte(p[i]) { i += 1 }
        var tokens: [(start: Int, end: Int, letters: Bool)] = []
        // Tokens starting before `to`, and two more for the joined forms.
        var extra = 0
        while i < p.count && extra < 2 {
            guard EDMMatcher.isTokenByte(p[i]) else { i += 1; continue }
            let s = i
            var digit = false
            while i < p.count && EDMMatcher.isTokenByte(p[i]) {
                if (p[i] &- 48) < 10 { digit = true }
                i += 1
            }
            if s >= n { extra += 1 }
            tokens.append((s, i, !digit && i - s <= 40))
        }
        // Names as people write them: a capitalised word (or any non-ASCII), or a particle
        // (de, la, van, O) before one; the roster's case does not matter.
        func capital(_ t: Int) -> Bool { let b = p[tokens[t].start]; return (b &- 65) < 26 || b >= 0x80 }
        for t in tokens.indices where tokens[t].start < n && tokens[t].letters {
            guard capital(t) || (tokens[t].end - tokens[t].start <= 3 && t + 1 < tokens.count && capital(t + 1)) else { continue }
            var end = tokens[t].end
            for len in 1...3 {
                if len > 1 {
                    let next = t + len - 1
                    guard next < tokens.count, tokens[next].letters, tokens[next].start - end == 1 else { break }
                    let sep = p[end]
                    guard sep == 32 || sep == 45 || sep == 39 else { break }
                    // Three tokens only with a particle (de la Cruz, van der Berg).
                    if len == 3 && min(tokens[t].end - tokens[t].start, tokens[t + 1].end - tokens[t + 1].start) > 3 { break }
                    end = tokens[next].end
                }
                guard let v = EDMNormalizer.normalize(UnsafeBufferPointer(rebasing: p[tokens[t].start..<end]), kind: .name)
                else { continue }
                addNameSpot(base + tokens[t].start, base + end, EDMKey.nameHash(roster.key.mac(v)))
            }
        }
        let lastStart = tokens.last { $0.start < n }
        namesCoveredTo = base + max(n, lastStart?.end ?? n)
    }
}
