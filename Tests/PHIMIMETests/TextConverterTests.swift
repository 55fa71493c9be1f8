import Testing
@testable import PHIMIME

/// Charset conversion of text parts, including guessing.
@Suite struct TextConverterTests {
    static func convert(_ bytes: [UInt8], charset: String?, chunk: Int = 65_535) -> (text: String, unknown: Bool) {
        let c = TextConverter(charset: charset)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let end = min(bytes.count, i + chunk)
            c.convert(Array(bytes[i..<end]), flush: false, into: &out)
            i = end
        }
        c.convert([], flush: true, into: &out)
        return (String(decoding: out, as: UTF8.self), c.charsetUnknown)
    }

    @Test("declared charsets convert at every chunk size")
    func declared() {
        let cases: [(String, [UInt8], String)] = [
            ("iso-8859-2", [0x50, 0xB3, 0xF3, 0x64, 0xBC], "Płódź"),
            ("windows-1251", [0xCF, 0xF0, 0xE8], "При"),
            ("ISO-8859-1", [0x93, 0x61, 0x94], "\u{201C}a\u{201D}"),
            ("UTF-16LE", [0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00], "Aé"),  // the BOM shows the encoding; it is not text
            ("UTF-16", [0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00], "Aé"),
            ("UTF-16", [0x00, 0x41, 0x00, 0xE9], "Aé"),
            ("UTF-16BE", [0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00], "A😀"),
            ("UTF-32", [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41], "A"),
            ("UTF-32LE", [0x41, 0x00, 0x00, 0x00], "A"),
            ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B], "日本"),
            ("GB18030", [0xD6, 0xD0, 0x81, 0x30, 0x81, 0x30], "中\u{80}"),
            ("utf8", [0xE2, 0x82, 0xAC], "€"),
        ]
        for (charset, bytes, expected) in cases {
            for size in [1, 7, 65_535] {
                let r = Self.convert(bytes, charset: charset, chunk: size)
                #expect(r.text == expected, "\(charset) at \(size)")
                #expect(!r.unknown)
            }
        }
    }

    @Test("invalid UTF-8 becomes U+FFFD")
    func invalidUTF8() {
        #expect(Self.convert([0x61, 0xFF, 0x62, 0xE2, 0x82], charset: "utf-8").text == "a\u{FFFD}b\u{FFFD}")
    }

    @Test("missing charset: ASCII passes, valid UTF-8 stays UTF-8, else detection or windows-1252")
    func guessed() {
        let ascii = Self.convert(Array("plain".utf8), charset: nil)
        #expect(ascii == ("plain", false))
        let utf8 = Self.convert(Array("naïve café".utf8), charset: nil, chunk: 3)
        #expect(utf8 == ("naïve café", true))
        let latin = Self.convert([0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x78, 0x94], charset: "us-ascii")
        #expect(latin == ("café \u{201C}x\u{201D}", true))
    }

    @Test("an unknown charset name is reported and the text is still converted")
    func unknownName() {
        let r = Self.convert(Array("résumé".utf8), charset: "x-made-up")
        #expect(r == ("résumé", true))
        let plain = Self.convert(Array("ok".utf8), charset: "\"; DROP")
        #expect(plain == ("ok", true))
    }

    @Test("text parts through the parser: BOM stripped, charset converted")
    func throughParser() {
        var msg = Array("Content-Type: text/plain; charset=utf-16\r\nContent-Transfer-Encoding: base64\r\n\r\n".utf8)
        msg += Array("//5BAOkA".utf8)  // FF FE 41 00 E9 00
        for size in Feeding.chunkSizes {
            #expect(Feeding.texts(Feeding.events(msg, chunk: size))["1"] == "Aé")
        }
        let bom = Feeding.events([0xEF, 0xBB, 0xBF] + Array("x".utf8))
        #expect(Feeding.texts(bom)["1"] == "x")
    }
}

/// The charset guess does not depend on how the part is chunked.
@Suite struct TextConverterChunkingTests {
    @Test("UTF-8 for the first 4 KB, then Latin-1: the same guess at every chunk size")
    func stableGuess() {
        let head = Array(String(repeating: "é", count: 3000).utf8)
        let tail: [UInt8] = Array(repeating: 0xE9, count: 3000)
        let msg = Array("Subject: x\r\n\r\n".utf8) + head + tail
        let reference = Feeding.events(msg, chunk: msg.count)
        for size in Feeding.chunkSizes {
            #expect(Feeding.events(msg, chunk: size) == reference)
        }
    }
}

/// Latin-1 labels on UTF-8 text.
@Suite struct TextConverterMislabelTests {
    @Test("UTF-8 labelled ISO-8859-1 stays UTF-8; real Latin-1 is converted; neither is a problem")
    func mislabel() {
        #expect(TextConverterTests.convert(Array("José Müller".utf8), charset: "iso-8859-1") == ("José Müller", false))
        #expect(TextConverterTests.convert([0x4A, 0x6F, 0x73, 0xE9], charset: "ISO-8859-1") == ("José", false))
        #expect(TextConverterTests.convert([0x80], charset: "windows-1252", chunk: 1) == ("€", false))
    }
}

/// What the bytes show (a BOM, UTF-16 without one) outranks the declared charset.
@Suite struct TextConverterByteOrderTests {
    static let text = "Patient: Maria Lopez, DOB 03/14/1962, MRN 00482913. " + String(repeating: "Follow-up in two weeks. ", count: 60)

    @Test("UTF-16 with a BOM is UTF-16 under any label or none, at every chunk size",
          arguments: [nil, "utf-8", "us-ascii", "windows-1252", "iso-8859-1", "utf-16"])
    func bom(label: String?) {
        let le: [UInt8] = [0xFF, 0xFE] + Self.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + Self.text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [le, be] {
            for size in [1, 7, 4096, 65_535] {
                #expect(TextConverterTests.convert(bytes, charset: label, chunk: size) == (Self.text, false), "\(label ?? "none") \(size)")
            }
        }
    }

    /// Found by the MIME fuzzer: a part fed a byte at a time was reported "charset unknown" before
    /// its BOM was read, and the report was kept; fed whole, it was not.
    @Test("under an unknown label, a BOM is read before the charset is called unknown, at every chunk size")
    func bomUnderUnknownLabel() {
        let le: [UInt8] = [0xFF, 0xFE] + Self.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for size in [1, 7, 4096, 65_535] {
            let c = TextConverter(charset: "utf-08le")
            var out: [UInt8] = []
            var said = false
            var i = 0
            while i < le.count {
                let end = min(le.count, i + size)
                c.convert(Array(le[i..<end]), flush: false, into: &out)
                said = said || c.charsetUnknown
                i = end
            }
            c.convert([], flush: true, into: &out)
            #expect(!said && !c.charsetUnknown, "\(size)")
            #expect(String(decoding: out, as: UTF8.self) == Self.text)
        }
    }

    @Test("UTF-16LE without a BOM (NULs in every other byte) is UTF-16, short or long, at every chunk size")
    func unmarked() {
        for text in [Self.text, "MRN 00482913"] {
            let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            for size in [1, 7, 4096, 65_535] {
                #expect(TextConverterTests.convert(bytes, charset: "utf-8", chunk: size).text == text, "\(size)")
            }
        }
    }

    @Test("a UTF-8 BOM under a Latin-1 label is UTF-8")
    func utf8BOM() {
        #expect(TextConverterTests.convert([0xEF, 0xBB, 0xBF] + Array("José".utf8), charset: "iso-8859-1") == ("José", false))
    }

    @Test("a UTF-16 body with a BOM labelled utf-8, through the parser, is text at every chunk size")
    func throughParser() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("MRN 00482913\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        var msg = Array("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n".utf8)
        msg += MIMEParserEncodedNestingTests.base64(utf16)
        for size in Feeding.chunkSizes {
            #expect(Feeding.texts(Feeding.events(msg, chunk: size))["1"] == "MRN 00482913\r\n", "\(size)")
        }
    }
}

