internal import CScan

/// Whole-word phrase lookup for keyword lists and term dictionaries, over case-folded bytes.
///
/// Text is split into tokens (runs of ASCII letters and digits and of non-ASCII bytes); a phrase
/// is a sequence of tokens separated in the text by one to three non-token bytes, at most one of
/// them a line break (hard-wrapped mail splits labels such as "date of / birth").
/// Bytes compare after `| 0x20` (ASCII lowercase; digits unchanged). One bitset probe, indexed by
/// a hash of a token's first eight bytes, rejects almost every ordinary word; the rest hash in
/// constant time from their first and last eight bytes and length into the open-addressing table
/// of anchors, each leading the run of phrases indexed by it.
/// A phrase is indexed by its likely rarest token (its anchor: not a ``CommonWords`` word, then
/// the longest), so `down syndrome` or `health plan id` cost nothing where "down" or "health"
/// appear alone; the tokens before the anchor are checked backwards, those after it forwards.
/// `seal()` copies the table into flat buffers that the C walk (`phi_scan_phrases`) reads, so
/// only phrases that match come back to Swift.
struct WordTable: Sendable {
    /// Folded bytes of every phrase's tokens, back to back.
    private var bytes: [UInt8] = []
    /// Per token: offset into `bytes` and length.
    private var tokenOffset: [Int] = []
    private var tokenLength: [Int] = []
    /// Per phrase: first token index, token count, and the keyword lists it belongs to.
    private var phraseToken: [Int] = []
    private var phraseTokenCount: [Int] = []
    private var phraseAnchor: [Int] = []
    private(set) var phraseLists: [[Int]] = []
    private var bits = [UInt64](repeating: 0, count: 1 << (Int(PHI_FILTER_BITS) - 6))
    /// The longest span in bytes a phrase can cover in the text.
    private(set) var maxSpan = 0
    private var firstHashes: [UInt64] = []
    /// Per phrase: the hash of the token beside its anchor (before it, else after it); 0 for one token.
    private var neighborHashes: [UInt64] = []
    /// Per phrase: 1 when its keyword ends in '#' and the text must show it ("mr#" is not "Mr").
    private var hashAfter: [UInt8] = []
    private var index: [[UInt8]: Int] = [:]
    /// The C view of the table, built by `seal()`; empty until then.
    private(set) var storage = PhraseStorage(bits: [UInt64](repeating: 0, count: 1 << (Int(PHI_FILTER_BITS) - 6)),
                                             slots: ([0], [-1], [0]), anchorPhrases: [], phraseToken: [],
                                             phraseCount: [], phraseAnchor: [], phraseNeighbor: [], hashAfter: [], tokenOffset: [],
                                             tokenLength: [], bytes: [], maxPerAnchor: 0)

    @inline(__always)
    static func isToken(_ b: UInt8) -> Bool {
        ((b | 0x20) &- 97) < 26 || (b &- 48) < 10 || b >= 128
    }

    /// Splits a keyword into folded tokens (`"D.O.B."` → d, o, b; `"ss#"` → ss, and `add` notes the '#').
    static func tokenize(_ phrase: String) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        for b in phrase.utf8 {
            if isToken(b) {
                current.append(b | 0x20)
            } else if !current.isEmpty {
                tokens.append(current)
                current = []
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func hash(_ token: [UInt8]) -> UInt64 {
        token.withUnsafeBufferPointer { buf in
            guard let p = buf.baseAddress else { return 0 }
            return phi_token_hash(p, buf.count)
        }
    }

    /// Adds `phrase` as a member of list `list`.
    ///
    /// Bytes fold by `| 0x20`, which lowers ASCII, Latin-1 capitals and Cyrillic А–П, but not
    /// Cyrillic Р–Я or Ѐ–Џ: their lower-case forms differ in the lead byte as well. A keyword that
    /// starts with one of those letters is also added with that letter capitalised, so it matches
    /// where a sentence or a letter opens with it ("Уважаемая Ирина Сергеевна").
    mutating func add(_ phrase: String, list: Int) {
        addPhrase(phrase, list: list)
        if let capital = WordTable.capitalizedCyrillic(phrase) { addPhrase(capital, list: list) }
    }

    /// `phrase` with its first letter capitalised when that letter is a lower-case Cyrillic р–я or
    /// ѐ–џ (UTF-8 D1 80–9F); nil otherwise.
    static func capitalizedCyrillic(_ phrase: String) -> String? {
        var bytes = Array(phrase.utf8)
        guard bytes.count >= 2, bytes[0] == 0xD1, (0x80...0x9F).contains(bytes[1]) else { return nil }
        bytes[0] = 0xD0
        bytes[1] = bytes[1] < 0x90 ? bytes[1] + 0x20 : bytes[1] - 0x10
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func addPhrase(_ phrase: String, list: Int) {
        let tokens = WordTable.tokenize(phrase)
        guard !tokens.isEmpty else { return }
        let needsHash = phrase.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "#")
        let key = Array(tokens.joined(separator: [0])) + (needsHash ? [0, UInt8(ascii: "#")] : [])
        if let existing = index[key] {
            if !phraseLists[existing].contains(list) { phraseLists[existing].append(list) }
            return
        }
        index[key] = phraseToken.count
        phraseToken.append(tokenOffset.count)
        phraseTokenCount.append(tokens.count)
        // The anchor: the likely rarest token: not a common word, then the longest (the last of equals).
        var anchor = 0
        for (i, t) in tokens.enumerated() {
            let a = (CommonWords.penalty(tokens[anchor]), -tokens[anchor].count), b = (CommonWords.penalty(t), -t.count)
            if b <= a { anchor = i }
        }
        phraseAnchor.append(anchor)
        phraseLists.append([list])
        for t in tokens {
            tokenOffset.append(bytes.count)
            tokenLength.append(t.count)
            bytes += t
        }
        firstHashes.append(WordTable.hash(tokens[anchor]))
        neighborHashes.append(tokens.count == 1 ? 0 : WordTable.hash(tokens[anchor > 0 ? anchor - 1 : 1]))
        hashAfter.append(needsHash ? 1 : 0)
        let f = tokens[anchor].withUnsafeBufferPointer { phi_token_filter($0.baseAddress!, $0.count) }
        bits[Int(f >> 6)] |= 1 << UInt64(f & 63)
        maxSpan = max(maxSpan, tokens.reduce(0) { $0 + $1.count } + 3 * (tokens.count - 1) + (needsHash ? 2 : 0))
    }

    /// Builds the lookup table; call once after the last `add`.
    mutating func seal() {
        // The phrases of each anchor, in the order they were added; anchors in order of first use.
        var groups: [UInt64: [Int32]] = [:]
        var anchors: [UInt64] = []
        for (phrase, h) in firstHashes.enumerated() {
            if groups[h] == nil { anchors.append(h) }
            groups[h, default: []].append(Int32(phrase))
        }
        var size = 16
        while size < anchors.count * 2 { size <<= 1 }
        var slotHash = [UInt64](repeating: 0, count: size)
        var slotFirst = [Int32](repeating: -1, count: size)
        var slotCount = [Int32](repeating: 0, count: size)
        var anchorPhrases: [Int32] = []
        for h in anchors {
            var s = Int(truncatingIfNeeded: h) & (size - 1)
            while slotCount[s] > 0 { s = (s + 1) & (size - 1) }
            let phrases = groups[h] ?? []
            slotHash[s] = h
            slotFirst[s] = Int32(anchorPhrases.count)
            slotCount[s] = Int32(phrases.count)
            anchorPhrases += phrases
        }
        storage = PhraseStorage(bits: bits, slots: (slotHash, slotFirst, slotCount), anchorPhrases: anchorPhrases,
                                phraseToken: phraseToken, phraseCount: phraseTokenCount, phraseAnchor: phraseAnchor,
                                phraseNeighbor: neighborHashes, hashAfter: hashAfter, tokenOffset: tokenOffset, tokenLength: tokenLength,
                                bytes: bytes, maxPerAnchor: groups.values.map(\.count).max() ?? 0)
        index = [:]
    }
}

/// The sealed table in memory the C walk reads: allocated once, immutable, freed with the rule set.
final class PhraseStorage: @unchecked Sendable {
    /// Shared read-only by every scanner; nothing writes to the buffers after `init`.
    private(set) var table = phi_phrase_table()
    private var buffers: [UnsafeMutableRawPointer] = []

    init(bits: [UInt64], slots: (hash: [UInt64], first: [Int32], count: [Int32]), anchorPhrases: [Int32],
         phraseToken: [Int], phraseCount: [Int], phraseAnchor: [Int], phraseNeighbor: [UInt64], hashAfter: [UInt8],
         tokenOffset: [Int], tokenLength: [Int], bytes: [UInt8], maxPerAnchor: Int) {
        table.bits = UnsafePointer(copy(bits))
        table.slot_hash = UnsafePointer(copy(slots.hash))
        table.slot_first = UnsafePointer(copy(slots.first))
        table.slot_count = UnsafePointer(copy(slots.count))
        table.slot_mask = slots.count.count - 1
        table.anchor_phrases = UnsafePointer(copy(anchorPhrases))
        table.phrase_token = UnsafePointer(copy(phraseToken.map { Int32($0) }))
        table.phrase_count = UnsafePointer(copy(phraseCount.map { Int32($0) }))
        table.phrase_anchor = UnsafePointer(copy(phraseAnchor.map { Int32($0) }))
        table.phrase_neighbor = UnsafePointer(copy(phraseNeighbor))
        table.phrase_hash_after = UnsafePointer(copy(hashAfter))
        table.token_offset = UnsafePointer(copy(tokenOffset.map { Int32($0) }))
        table.token_length = UnsafePointer(copy(tokenLength.map { Int32($0) }))
        table.bytes = UnsafePointer(copy(bytes))
        table.max_per_anchor = maxPerAnchor
        if phraseToken.isEmpty { table.slot_mask = 0 }
    }

    private func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
        p.initialize(from: values, count: values.count)
        buffers.append(UnsafeMutableRawPointer(p))
        return p
    }

    deinit {
        for b in buffers { b.deallocate() }
    }
}
