/// Whole-word phrase lookup for keyword lists and term dictionaries, over ASCII-lowercased text.
///
/// Text is split into tokens (runs of ASCII letters and digits and of non-ASCII bytes); a phrase
/// is a sequence of tokens separated in the text by one to three non-token bytes on one line.
/// The first token's hash is checked against a bitset before any table lookup, so ordinary words
/// cost a hash and one probe.
struct WordTable: Sendable {
    struct Phrase: Sendable {
        var tokens: [[UInt8]]
        /// Keyword list ids this phrase belongs to.
        var lists: [Int]
    }

    private(set) var phrases: [Phrase] = []
    private var byFirst: [UInt64: [Int]] = [:]
    private var bits = [UInt64](repeating: 0, count: 1 << 12)
    /// The longest span in bytes a phrase can cover in the text.
    private(set) var maxSpan = 0

    static let isToken: [Bool] = (0..<256).map { (b: Int) -> Bool in
        let digit = b >= 48 && b <= 57
        let upper = b >= 65 && b <= 90
        let lowerCase = b >= 97 && b <= 122
        return digit || upper || lowerCase || b >= 128
    }
    static let lower: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        b >= 65 && b <= 90 ? UInt8(b + 32) : UInt8(b)
    }

    /// Splits a keyword into lowercase tokens (`"D.O.B."` → d, o, b; `"ss#"` → ss).
    static func tokenize(_ phrase: String) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        for b in phrase.utf8 {
            if isToken[Int(b)] {
                current.append(lower[Int(b)])
            } else if !current.isEmpty {
                tokens.append(current)
                current = []
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            h = (h ^ UInt64(lower[Int(bytes[i])])) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    static func hash(_ token: [UInt8]) -> UInt64 {
        token.withUnsafeBufferPointer { hash($0, 0..<$0.count) }
    }

    /// Adds `phrase` as a member of list `list`.
    mutating func add(_ phrase: String, list: Int) {
        let tokens = WordTable.tokenize(phrase)
        guard let first = tokens.first else { return }
        let h = WordTable.hash(first)
        if let existing = byFirst[h]?.first(where: { phrases[$0].tokens == tokens }) {
            if !phrases[existing].lists.contains(list) { phrases[existing].lists.append(list) }
            return
        }
        byFirst[h, default: []].append(phrases.count)
        phrases.append(Phrase(tokens: tokens, lists: [list]))
        bits[Int(h >> 52)] |= 1 << (h & 63)
        maxSpan = max(maxSpan, tokens.reduce(0) { $0 + $1.count } + 3 * (tokens.count - 1))
    }

    @inline(__always)
    func mayContain(_ h: UInt64) -> Bool {
        bits[Int(h >> 52)] & (1 << (h & 63)) != 0
    }

    /// Phrases whose first token hashes to `h`.
    func candidates(_ h: UInt64) -> [Int] {
        byFirst[h] ?? []
    }

    /// If phrase `index` starts with the token at `start..<end` of `text`, returns the end of the
    /// whole phrase in `text`; nil otherwise. `limit` is the end of available text.
    func match(_ index: Int, _ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, limit: Int) -> Int? {
        let tokens = phrases[index].tokens
        var tokenStart = start
        var tokenEnd = end
        for (n, token) in tokens.enumerated() {
            if n > 0 {
                // Skip one to three separator bytes on the same line, then read the next token.
                var p = tokenEnd
                var gap = 0
                while p < limit, !WordTable.isToken[Int(text[p])], text[p] != 10, gap < 3 {
                    p += 1
                    gap += 1
                }
                guard gap > 0, p < limit, WordTable.isToken[Int(text[p])] else { return nil }
                tokenStart = p
                while p < limit, WordTable.isToken[Int(text[p])] { p += 1 }
                tokenEnd = p
            }
            guard tokenEnd - tokenStart == token.count else { return nil }
            for k in 0..<token.count where WordTable.lower[Int(text[tokenStart + k])] != token[k] { return nil }
        }
        return tokenEnd
    }
}
