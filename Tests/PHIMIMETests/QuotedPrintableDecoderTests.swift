import Testing
@testable import PHIMIME

/// Tolerant, incremental quoted-printable.
@Suite struct QuotedPrintableDecoderTests {
    static func decode(_ s: String, chunk: Int = 1000) -> (text: String, bad: Bool) {
        let (bytes, bad) = Feeding.decode(QuotedPrintableDecoder(), s, chunk: chunk)
        return (String(decoding: bytes, as: UTF8.self), bad)
    }

    @Test("soft line breaks vanish at every chunk size, CRLF or LF, with trailing spaces")
    func softBreaks() {
        for size in [1, 2, 3, 7, 100] {
            #expect(Self.decode("ab=\r\ncd=\nef= \t\r\ngh=\rij", chunk: size).text == "abcdefghij")
            #expect(Self.decode("line1\r\nline2", chunk: size).text == "line1\r\nline2")
        }
    }

    @Test("hex escapes in either case decode; invalid ones are kept literally")
    func hex() {
        #expect(Self.decode("=C3=a9=3D").text == "é=")
        let bad = Self.decode("a=zz b=4 c=")
        #expect(bad.text == "a=zz b=4 c")
        #expect(bad.bad)
        #expect(Self.decode("100% = ok").text == "100% = ok")
        #expect(Self.decode("x=4").text == "x=4")
        #expect(Self.decode("==41").text == "=A")
    }
}
