import CScan
import PHITestSupport
import Testing
@testable import PHIDetect

/// The C phrase walk (`phi_scan_phrases`) against a plain reference: split the text into tokens,
/// and report every run of tokens equal to a phrase with one to three non-token bytes, at most
/// one of them a line break, between them, and a '#' after a phrase written with one. Random texts put tokens at every offset of the walk's 64-byte blocks,
/// with long tokens, non-ASCII bytes and mixed case.
@Suite("Phrase walk")
struct PhraseWalkTests {
    struct Hit: Hashable, CustomStringConvertible {
        var start: Int, end: Int, phrase: Int
        var description: String { "\(phrase)@\(start)-\(end)" }
    }

    static let long = String(repeating: "pneumono", count: 9)  // 72 bytes: longer than a block
    static let phrases = ["diabetes", "type 2 diabetes mellitus", "hi", "for", "d o b", "Zoë", "policy no",
                          "health plan id", long, long + " of lung", "a", "x9", "mr#", "policy #"]
    static let fillers = ["the", "Policy", "plan", "HEALTH", "mellitus", "diabetic", "forward", "2", "no", "id",
                          "pneumonoultra", String(repeating: "q", count: 63), String(repeating: "r", count: 64),
                          String(repeating: "s", count: 65), String(repeating: "t", count: 130), "café", "ß",
                          "#", "Mr", "MR#", "#1"]
    static let gaps = [" ", "  ", ", ", " - ", "\n", "\r\n", " \r\n", "\n\n", "\n> ", "    ", "\t", ". ", "/"]

    static func table() -> WordTable {
        var table = WordTable()
        for (i, p) in phrases.enumerated() { table.add(p, list: i) }
        table.seal()
        return table
    }

    static func text(_ rng: inout SplitMix) -> [UInt8] {
        var out: [UInt8] = Array(String(repeating: " ", count: Int(rng.next() % 64)).utf8)
        let vocabulary = phrases + phrases.map { $0.uppercased() } + fillers
        while out.count < 3000 {
            out += Array(vocabulary[Int(rng.next() % UInt64(vocabulary.count))].utf8)
            out += Array(gaps[Int(rng.next() % UInt64(gaps.count))].utf8)
        }
        return out
    }

    /// Every phrase occurrence, by the definition.
    static func reference(_ text: [UInt8], _ table: WordTable) -> Set<Hit> {
        var tokens: [Range<Int>] = []
        var i = 0
        while i < text.count {
            guard WordTable.isToken(text[i]) else { i += 1; continue }
            let s = i
            while i < text.count, WordTable.isToken(text[i]) { i += 1 }
            tokens.append(s..<i)
        }
        let folded = text.map { $0 | 0x20 }
        var hits = Set<Hit>()
        for (p, phrase) in phrases.enumerated() {
            let want = WordTable.tokenize(phrase)
            for first in tokens.indices where first + want.count <= tokens.count {
                let run = tokens[first..<(first + want.count)]
                guard zip(run, want).allSatisfy({ Array(folded[$0]) == $1 }) else { continue }
                let joined = zip(run.dropLast(), run.dropFirst()).allSatisfy { a, b in
                    b.lowerBound - a.upperBound <= 3 && text[a.upperBound..<b.lowerBound].filter { $0 == 10 }.count <= 1
                }
                guard joined else { continue }
                var end = run.last!.upperBound
                if phrase.hasSuffix("#") {  // the '#' must follow, after at most one space or tab
                    if end < text.count, text[end] == 0x20 || text[end] == 0x09 { end += 1 }
                    guard end < text.count, text[end] == UInt8(ascii: "#") else { continue }
                    end += 1
                }
                hits.insert(Hit(start: run.first!.lowerBound, end: end, phrase: p))
            }
        }
        return hits
    }

    /// One call of the walk over text[from...] with `stop` and room for `cap` hits.
    static func scan(_ text: [UInt8], _ table: WordTable, from: Int, stop: Int, cap: Int) -> (next: Int, hits: [Hit]) {
        var buffer = [phi_phrase_hit](repeating: phi_phrase_hit(), count: cap)
        var count = 0
        let next = withUnsafePointer(to: table.storage.table) { t in
            text.withUnsafeBufferPointer { p in
                phi_scan_phrases(t, p.baseAddress, from, text.count, stop, &buffer, cap, &count)
            }
        }
        return (next, buffer[..<count].map { Hit(start: $0.start, end: $0.end, phrase: Int($0.phrase)) })
    }

    /// The walk over the whole text, resumed where it stops (the hit buffer is kept small).
    static func walk(_ text: [UInt8], _ table: WordTable) -> [Hit] {
        var hits: [Hit] = []
        var from = 0
        while from < text.count {
            let (next, found) = scan(text, table, from: from, stop: text.count + 1, cap: 8)
            hits += found
            guard next > from || !found.isEmpty else { break }
            from = next
        }
        return hits
    }

    @Test("a Cyrillic keyword matches with its first letter capitalised, whose lead byte differs")
    func capitalisedCyrillic() {
        var table = WordTable()
        table.add("реанимация", list: 0)  // р: D1 80, Р: D0 A0
        table.add("уважаемая", list: 1)   // у: D1 83, У: D0 A3
        table.add("анализ крови", list: 2)  // а/А differ by 0x20 alone: one entry serves both
        table.seal()
        let text = Array("Реанимация, реанимация. Уважаемая коллега. Анализ крови, анализ крови.".utf8)
        let hits = Self.walk(text, table)
        let words = hits.map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["Реанимация", "реанимация", "Уважаемая", "Анализ крови", "анализ крови"])
        #expect(WordTable.capitalizedCyrillic("ѐлка") == "Ѐлка")
        #expect(WordTable.capitalizedCyrillic("анализ") == nil)
    }

    @Test("finds exactly the phrases the definition finds, in anchor order, on random texts")
    func matchesReference() {
        let table = Self.table()
        var rng = SplitMix(seed: 0x0DD_BA11)
        for _ in 0..<300 {
            let text = Self.text(&rng)
            let hits = Self.walk(text, table)
            #expect(Set(hits) == Self.reference(text, table))
            #expect(Set(hits).count == hits.count)  // each phrase once
        }
    }

    @Test("stops at the first token that does not end before `stop`; resuming there loses nothing")
    func stopsAndResumes() {
        let table = Self.table()
        var rng = SplitMix(seed: 0x57_0FF5)
        for _ in 0..<200 {
            let text = Self.text(&rng)
            let stop = Int(rng.next() % UInt64(text.count))
            let (next, first) = Self.scan(text, table, from: 0, stop: stop, cap: 4096)
            #expect(next <= text.count)
            guard next < text.count else { continue }
            // `next` starts a token, and that token does not end before `stop`.
            #expect(WordTable.isToken(text[next]) && (next == 0 || !WordTable.isToken(text[next - 1])))
            var e = next
            while e < text.count, WordTable.isToken(text[e]) { e += 1 }
            #expect(e >= stop)
            let (end, rest) = Self.scan(text, table, from: next, stop: text.count + 1, cap: 4096)
            #expect(end == text.count)
            let all = first + rest
            #expect(Set(all) == Self.reference(text, table) && Set(all).count == all.count)
        }
    }
}
