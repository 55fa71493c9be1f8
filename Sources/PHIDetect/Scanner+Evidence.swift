internal import CScan

/// Evidence-only keyword lists (no rule is triggered or fed by them) stay out of the word pass:
/// their phrases are looked for only around the candidates and digit groups that ask, and each
/// stretch of text once. Most text never holds a candidate, so most text is never walked twice.
extension Scanner {
    /// Makes `keywordHits` hold every hit of the evidence-only lists that ends at or after `lo`
    /// and starts at or before `hi` (absolute): walks the tokens that can anchor such a phrase
    /// (a phrase spans at most `rules.keywordSpan`), skipping stretches walked before. Never walks
    /// past `wordPos`: text beyond it may still lack the end of a phrase.
    func walkEvidence(hitsFrom lo: Int, through hi: Int) {
        let limit = wordPos == base + buffer.count ? wordPos + 1 : wordPos
        let to = min(hi + rules.keywordSpan + 1, limit)
        var from = max(lo - rules.keywordSpan, base)
        guard from < to, rules.evidenceWords.storage.table.slot_mask != 0 else { return }
        // Where candidates are dense, the word pass has walked everything: the last stretch holds it.
        if let last = evidenceWalked.last, last.lowerBound <= from, to <= last.upperBound { return }
        var k = evidenceWalked.lowerBound { $0.upperBound <= from }
        while from < to {
            if k < evidenceWalked.count, evidenceWalked[k].lowerBound <= from {
                from = evidenceWalked[k].upperBound
                k += 1
                continue
            }
            let gapEnd = k < evidenceWalked.count ? min(to, evidenceWalked[k].lowerBound) : to
            k = addWalked(walkEvidenceGap(from: from, stop: gapEnd), at: k)
            // Tokens ending before `gapEnd` are done; a walk that stopped short of it stopped at
            // a token reaching past `to` (nothing more to do) or at the next walked stretch.
            guard gapEnd < to else { return }
            from = evidenceWalked[k].upperBound
            k += 1
        }
    }

    /// Inserts `walked` into `evidenceWalked` at `k`, merged with the neighbours it touches;
    /// returns the index of the stretch that holds it.
    private func addWalked(_ walked: Range<Int>, at k: Int) -> Int {
        var k = k
        evidenceWalked.insert(walked, at: k)
        if k + 1 < evidenceWalked.count, evidenceWalked[k + 1].lowerBound <= walked.upperBound {
            evidenceWalked[k] = walked.lowerBound..<max(walked.upperBound, evidenceWalked[k + 1].upperBound)
            evidenceWalked.remove(at: k + 1)
        }
        if k > 0, evidenceWalked[k - 1].upperBound >= evidenceWalked[k].lowerBound {
            evidenceWalked[k - 1] = evidenceWalked[k - 1].lowerBound..<max(evidenceWalked[k - 1].upperBound,
                                                                           evidenceWalked[k].upperBound)
            evidenceWalked.remove(at: k)
            k -= 1
        }
        return k
    }

    /// Walks the evidence-only lists over the tokens that start in `from..<` and end before
    /// `stop` (absolute); returns the stretch walked: from the start of the token holding `from`
    /// to the first token not walked.
    private func walkEvidenceGap(from: Int, stop: Int) -> Range<Int> {
        buffer.withUnsafeBufferPointer { text -> Range<Int> in
            var i = from - base
            while i > 0, WordTable.isToken(text[i - 1]) { i -= 1 }  // the walk starts at a token start
            return (base + i)..<(base + walkPhrases(rules.evidenceWords, text, from: i, stop: stop - base))
        }
    }

    /// Notes a stretch the word pass walked with every list; it lies after every stretch walked so far.
    func noteEvidenceWalked(_ walked: Range<Int>) {
        if !walked.isEmpty { _ = addWalked(walked, at: evidenceWalked.count) }
    }

    /// Whether a digit or trigger byte lies in `lo..<hi` (absolute; clamped to the buffer).
    func interestingNear(_ lo: Int, _ hi: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = max(lo, base), hi = min(hi, base + text.count)
        guard lo < hi, let p = text.baseAddress else { return false }
        return nextInteresting(from: lo, before: hi, p) < hi
    }

    /// The first digit or trigger byte in `from..<hi` (absolute, within the buffer), or `hi`.
    /// Remembers the stretch searched (`interestingFrom..<interestingNext` holds none; the byte
    /// at `interestingNext` is one when `interestingFound`), so the word pass, asking ahead, and
    /// the group pass, asking from where it stands, search each byte about once.
    func nextInteresting(from: Int, before hi: Int, _ p: UnsafePointer<UInt8>) -> Int {
        var from = from
        if interestingFrom <= from && from <= interestingNext {
            if interestingFound { return min(interestingNext, hi) }
            from = interestingNext
            if from >= hi { return hi }
        } else {
            interestingFrom = from
        }
        let found = rules.triggerBytes.withUnsafeBufferPointer { t in
            base + phi_next_interesting(p, from - base, hi - base, t.baseAddress, t.count)
        }
        interestingNext = found
        interestingFound = found < hi
        return found
    }

    /// Adds a phrase hit (buffer offsets) to the hits of each of its lists that evidence reads,
    /// kept ordered by start.
    func recordHit(phrase: Int, of table: WordTable, start: Int, end: Int) {
        let absStart = base + start
        for list in table.phraseLists[phrase] where rules.usedAsEvidence[list] {
            let at = keywordHits[list].lowerBound { $0.start <= absStart }
            keywordHits[list].insert(KeywordHit(start: absStart, end: base + end), at: at)
        }
    }
}
