internal import CScan

/// Whole-word phrase lookup for keyword lists and term dictionaries, over case-folded bytes.
///
/// Text is split into tokens (runs of ASCII letters and digits and of non-ASCII bytes); a phrase
/// is a sequence of tokens separated in the text by one to three non-token bytes on one line.
/// Bytes compare after `| 0x20` (ASCII lowercase; digits unchanged). A token hashes in constant
/// time from its first and last eight bytes and its length; one bitset probe rejects almost every
/// ordinary word before the open-addressing table is consulted. A phrase is indexed by its longest
/// token (its anchor), so `down syndrome` or `a-fib` cost nothing where "down" or "a" appear alone;
/// the tokens before the anchor are checked backwards, those after it forwards. Everything is stored flat so a
/// hit touches no reference-counted storage.
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
    /// Open addressing: first-token hash → phrase index (-1 empty), built by `seal()`.
    private var slotHash: [UInt64] = []
    private var slotPhrase: [Int] = []
    private var slotMask = 0
    private(set) var bits = [UInt64](repeating: 0, count: 1 << 12)
    /// The longest span in bytes a phrase can cover in the text.
    private(set) var maxSpan = 0
    private var firstHashes: [UInt64] = []
    private var index: [[UInt8]: Int] = [:]

    var phraseCount: Int { phraseToken.count }

    @inline(__always)
    static func isToken(_ b: UInt8) -> Bool {
        ((b | 0x20) &- 97) < 26 || (b &- 48) < 10 || b >= 128
    }

    /// Splits a keyword into folded tokens (`"D.O.B."` → d, o, b; `"ss#"` → ss).
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
    mutating func add(_ phrase: String, list: Int) {
        let tokens = WordTable.tokenize(phrase)
        guard let first = tokens.first else { return }
        let key = Array(tokens.joined(separator: [0]))
        if let existing = index[key] {
            if !phraseLists[existing].contains(list) { phraseLists[existing].append(list) }
            return
        }
        index[key] = phraseToken.count
        phraseToken.append(tokenOffset.count)
        phraseTokenCount.append(tokens.count)
        // The anchor: the longest token (the last of equals), usually the rarest word.
        var anchor = 0
        for (i, t) in tokens.enumerated() where t.count >= tokens[anchor].count { anchor = i }
        phraseAnchor.append(anchor)
        phraseLists.append([list])
        for t in tokens {
            tokenOffset.append(bytes.count)
            tokenLength.append(t.count)
            bytes += t
        }
        _ = first
        let h = WordTable.hash(tokens[anchor])
        firstHashes.append(h)
        bits[Int(h >> 52)] |= 1 << (h & 63)
        maxSpan = max(maxSpan, tokens.reduce(0) { $0 + $1.count } + 3 * (tokens.count - 1))
    }

    /// Builds the lookup table; call once after the last `add`.
    mutating func seal() {
        var size = 16
        while size < firstHashes.count * 2 { size <<= 1 }
        slotHash = [UInt64](repeating: 0, count: size)
        slotPhrase = [Int](repeating: -1, count: size)
        slotMask = size - 1
        for (phrase, h) in firstHashes.enumerated() {
            var s = Int(truncatingIfNeeded: h) & slotMask
            while slotPhrase[s] >= 0 { s = (s + 1) & slotMask }
            slotHash[s] = h
            slotPhrase[s] = phrase
        }
        index = [:]
    }

    /// Calls `body` with each phrase whose first token hashes to `h`.
    @inline(__always)
    func forEachCandidate(_ h: UInt64, _ body: (Int) -> Void) {
        guard slotMask > 0 else { return }
        var s = Int(truncatingIfNeeded: h) & slotMask
        while slotPhrase[s] >= 0 {
            if slotHash[s] == h { body(slotPhrase[s]) }
            s = (s + 1) & slotMask
        }
    }

    /// If the token at `start..<end` of `text` is the anchor of phrase `index` and the phrase's
    /// other tokens stand around it (one to three separator bytes apart, on one line), returns the
    /// phrase's span; nil otherwise. `limit` is the end of available text.
    func match(_ index: Int, _ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, limit: Int) -> Range<Int>? {
        let first = phraseToken[index], count = phraseTokenCount[index], anchor = phraseAnchor[index]
        guard equals(first + anchor, text, start, end) else { return nil }
        // Backwards from the anchor.
        var phraseStart = start
        var n = anchor - 1
        while n >= 0 {
            var p = phraseStart
            var gap = 0
            while p > 0, !WordTable.isToken(text[p - 1]), text[p - 1] != 10, gap < 3 {
                p -= 1
                gap += 1
            }
            guard gap > 0, p > 0, WordTable.isToken(text[p - 1]) else { return nil }
            let tokenEnd = p
            while p > 0, WordTable.isToken(text[p - 1]) { p -= 1 }
            guard equals(first + n, text, p, tokenEnd) else { return nil }
            phraseStart = p
            n -= 1
        }
        // Forwards from the anchor.
        var phraseEnd = end
        for n in (anchor + 1)..<max(anchor + 1, count) {
            var p = phraseEnd
            var gap = 0
            while p < limit, !WordTable.isToken(text[p]), text[p] != 10, gap < 3 {
                p += 1
                gap += 1
            }
            guard gap > 0, p < limit, WordTable.isToken(text[p]) else { return nil }
            let tokenStart = p
            while p < limit, WordTable.isToken(text[p]) { p += 1 }
            guard equals(first + n, text, tokenStart, p) else { return nil }
            phraseEnd = p
        }
        return phraseStart..<phraseEnd
    }

    /// Whether stored token `token` equals the folded bytes `text[start..<end]`.
    @inline(__always)
    private func equals(_ token: Int, _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = tokenLength[token], offset = tokenOffset[token]
        guard end - start == length else { return false }
        for k in 0..<length where text[start + k] | 0x20 != bytes[offset + k] { return false }
        return true
    }
}
