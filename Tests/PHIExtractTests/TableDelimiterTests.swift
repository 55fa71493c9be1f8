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
    }
}
