import Testing
@testable import PHIMIME

/// RFC 2047 encoded words and 8-bit header text.
@Suite struct HeaderTextTests {
    @Test("B and Q encoded words decode in any case")
    func bAndQ() {
        #expect(HeaderText.decodeEncodedWords("=?utf-8?b?SGVsbG8=?=") == "Hello")
        #expect(HeaderText.decodeEncodedWords("=?UTF-8?Q?a_b=3Dc?=") == "a b=c")
        #expect(HeaderText.decodeEncodedWords("=?iso-8859-1?Q?caf=e9?=") == "café")
    }

    @Test("whitespace between adjacent encoded words is dropped, elsewhere kept")
    func adjacency() {
        #expect(HeaderText.decodeEncodedWords("=?utf-8?q?a?= =?utf-8?q?b?=") == "ab")
        #expect(HeaderText.decodeEncodedWords("x =?utf-8?q?a?=  y") == "x a  y")
        #expect(HeaderText.decodeEncodedWords("=?utf-8?q?a?= and =?utf-8?q?b?=") == "a and b")
    }

    @Test("a character split across two encoded words is joined before conversion")
    func splitCharacter() {
        // "é" (C3 A9) split between two B words.
        #expect(HeaderText.decodeEncodedWords("=?UTF-8?B?w6=?= =?UTF-8?Q?=A9t=C3=A9?=") != "")
        #expect(HeaderText.decodeEncodedWords("=?UTF-8?Q?=C3?= =?UTF-8?Q?=A9t=C3=A9?=") == "été")
        #expect(HeaderText.decodeEncodedWords("=?UTF-8?B?5pel5pys?= =?UTF-8?B?6Kqe?=") == "日本語")
    }

    @Test("other charsets convert: ISO-2022-JP, Shift_JIS, KOI8-R, windows-1251, GB2312")
    func charsets() {
        #expect(HeaderText.decodeEncodedWords("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=") == "日本語")
        #expect(HeaderText.decodeEncodedWords("=?shift_jis?B?k/qWe4zq?=") == "日本語")
        #expect(HeaderText.decodeEncodedWords("=?koi8-r?b?8NLJ18XU?=") == "Привет")
        #expect(HeaderText.decodeEncodedWords("=?windows-1251?q?=CF=F0=E8?=") == "При")
        #expect(HeaderText.decodeEncodedWords("=?gb2312?B?1tDOxA==?=") == "中文")
        #expect(HeaderText.decodeEncodedWords("=?utf-8*en?q?lang?=") == "lang")
    }

    @Test("an unknown charset falls back to UTF-8 or windows-1252")
    func unknownCharset() {
        #expect(HeaderText.decodeEncodedWords("=?x-bogus?q?caf=C3=A9?=") == "café")
        #expect(HeaderText.decodeEncodedWords("=?x-bogus?q?caf=E9?=") == "café")
    }

    @Test("malformed encoded words are left as they are")
    func malformed() {
        for s in ["=?utf-8?x?abc?=", "=?utf-8?q?no end", "=??q?a?=", "=?utf-8?q?has space?=", "a =? b", "=?"] {
            #expect(HeaderText.decodeEncodedWords(s) == s)
        }
    }

    @Test("raw 8-bit bytes read as UTF-8 when valid, else windows-1252")
    func eightBit() {
        #expect(HeaderText.string([0x63, 0xC3, 0xA9]) == "cé")
        #expect(HeaderText.string([0x63, 0xE9, 0x80]) == "cé€")
    }
}

/// Hostile header text stays linear.
@Suite struct HeaderTextHostileTests {
    @Test("a 200 KB header full of unterminated encoded-word starts decodes quickly and unchanged")
    func manyStarts() {
        let s = String(repeating: "=?a?b?AAAA", count: 20_000) + "?="
        let t = HeaderText.decodeEncodedWords(s)
        #expect(t.hasPrefix("=?a?b?AAAA=?a?b?"))
        let spaced = String(repeating: "=?a?q?x ", count: 20_000)
        #expect(HeaderText.decodeEncodedWords(spaced) == spaced)
    }
}
