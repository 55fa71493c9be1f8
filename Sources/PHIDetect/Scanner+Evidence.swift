internal import CScan

/// Evidence-only keyword lists (no rule is triggered or fed by them) stay out of the word pass:
/// their phrases are looked for only around the candidates and digit groups that ask, and each
/// stretch of text once. Most text never holds a candidate, so most text is never walked twice.
extension Scanner {
    /// Records in `keywordHits` every phrase of `rules.evidenceWords` whose anchor token starts
    /// at or after `from` and ends before `to` (absolute offsets), walking only the stretches not
    /// walked before. Never walks past `wordPos`: text beyond it may still lack the end of a phrase.
    func walkEvidence(anchorsFrom from: Int, to: Int) {
        let limit = wordPos == base + buffer.count ? wordPos + 1 : wordPos
        let to = min(to, limit)
        var from = max(from, base)
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
            let walked = walkEvidenceGap(from: from, stop: gapEnd)
            evidenceWalked.insert(walked, at: k)
            // Merge with the stretch after (the walk stopped at its first token) and before.
            if k + 1 < evidenceWalked.count, evidenceWalked[k + 1].lowerBound <= walked.upperBound {
                evidenceWalked[k] = walked.lowerBound..<evidenceWalked[k + 1].upperBound
                evidenceWalked.remove(at: k + 1)
            }
            if k > 0, evidenceWalked[k - 1].upperBound >= evidenceWalked[k].lowerBound {
                evidenceWalked[k - 1] = evidenceWalked[k - 1].lowerBound..<evidenceWalked[k].upperBound
                evidenceWalked.remove(at: k)
                k -= 1
            }
            // Tokens ending before `gapEnd` are done; a walk that stopped short of it stopped at
            // a token reaching past `to` (nothing more to do) or at the next walked stretch.
            guard gapEnd < to else { return }
            from = evidenceWalked[k].upperBound
            k += 1
        }
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
        guard !walked.isEmpty else { return }
        if let last = evidenceWalked.last, last.upperBound >= walked.lowerBound {
            evidenceWalked[evidenceWalked.count - 1] = last.lowerBound..<max(last.upperBound, walked.upperBound)
        } else {
            evidenceWalked.append(walked)
        }
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
