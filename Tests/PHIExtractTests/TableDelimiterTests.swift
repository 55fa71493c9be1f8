import Testing
@testable import PHIExtract

@Suite("TableDelimiter")
struct TableDelimiterTests {
    @Test("splits a line in each form")
    func splits() {
        #expect(TableDelimiter.tab.split("a\tb\t")?.cells == ["a", "b", ""])
        #expect(TableDelimiter.pipe.split("| a | b |")?.cells == ["a", "b"])
        #expect(TableDelimiter.pipe.split("a|b|c")?.cells == ["a", "b", "c"])
        #expect(TableDelimiter.semicolon.split("a;\"b;c\"")?.cells == ["a", "b;c"])
        #expect(TableDelimiter.comma.split("\"Lopez, Maria\",1,2")?.cells == ["Lopez, Maria", "1", "2"])
        #expect(TableDelimiter.comma.split("a,b") == nil)
        #expect(TableDelimiter.spaces.split("  Lopez, Maria   03/14/1962") == .init(cells: ["Lopez, Maria", "03/14/1962"], starts: [2, 17]))
        #expect(TableDelimiter.spaces.split("one space only") == nil)
        #expect(TableDelimiter.pipe.split("x | " + String(repeating: "y", count: 61)) == nil)
    }

    @Test("knows separator rows, quote marks and sentences")
    func helpers() {
        #expect(TableDelimiter.isRule("|---|:---:|"))
        #expect(TableDelimiter.isRule("-------  -----"))
        #expect(!TableDelimiter.isRule("--"))
        #expect(!TableDelimiter.isRule("a---"))
        #expect(TableDelimiter.unquoted("> > a\tb\r") == "a\tb")
        #expect(TableDelimiter.unquoted(">a") == "a")
        let sentence = "We met, as planned, on Monday."
        #expect(!TableDelimiter.notProse([sentence], [TableDelimiter.comma.split(sentence)].compactMap { $0 }))
        // A dash standing alone is no word: a record's cells of four words and a dash (blind set prose101).
        let record = "2046630|OKAFOR|LIAM|20160305|Food allergy - peanut/tree nut|HIGH|Y - epinephrine 0.3 PRN|20240829"
        #expect(TableDelimiter.notProse([record], [TableDelimiter.pipe.split(record)].compactMap { $0 }))
        let phrases = "a|we met on the Monday after|and then we went home together|b"
        #expect(!TableDelimiter.notProse([phrases], [TableDelimiter.pipe.split(phrases)].compactMap { $0 }))
    }

    @Test("the line gate finds a cell separator or two spaces wherever they stand, as the definition does")
    func mayHoldCellsMatchesDefinition() {
        func definition(_ line: [UInt8]) -> Bool {
            line.contains { [0x09, UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "-"),
                             UInt8(ascii: "=")].contains($0) }
                || zip(line, line.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
        }
        var state: UInt64 = 0x7AB1E
        func next() -> UInt64 {  // xorshift64: the same lines on every run
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let alphabet: [UInt8] = Array("aaaaaaaaaaaaaaaaxyz. ".utf8) + [0x20, 0x20, 0x09, 0x7C, 0x3B, 0x2C, 0x2D, 0x3D, 0xC3, 0xA9]
        for _ in 0..<5000 {
            let rare = Int(next() % 4)  // most lines: letters and single spaces only
            let line = (0..<Int(next() % 90)).map { _ -> UInt8 in
                let pick = alphabet[Int(next() % UInt64(alphabet.count))]
                return rare == 0 || pick == 0x20 || (pick >= 0x61 && pick <= 0x7A) || pick == 0x2E ? pick : 0x61
            }
            let got = line.withUnsafeBytes { TableDelimiter.mayHoldCells($0) }
            #expect(got == definition(line), "\(line)")
        }
    }
}
