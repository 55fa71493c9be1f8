import Testing
@testable import PHIMIME

/// The walk over whole messages: paths, headers, part starts and ends.
@Suite struct MIMEParserTests {
    @Test("a single-part message is part 1 and its headers have path \"\"")
    func singlePart() {
        let ev = Feeding.events(Feeding.crlf(["Subject: hi", "From: a@b.c", "", "Hello", "World", ""]))
        #expect(Feeding.headers(ev).map(\.0) == ["Subject", "From"])
        #expect(Feeding.headers(ev).allSatisfy { $0.2 == "" })
        let parts = Feeding.parts(ev)
        #expect(parts.map(\.path) == ["1"])
        #expect(parts.first?.contentType == "text/plain")
        #expect(parts.first?.transferEncoding == "7bit")
        #expect(Feeding.texts(ev)["1"] == "Hello\r\nWorld\r\n")
        #expect(ev.last == .partEnd(path: "1"))
        #expect(Feeding.problems(ev).isEmpty)
    }

    @Test("a message with no headers still yields part 1 text/plain")
    func noHeaders() {
        let ev = Feeding.events("\r\njust a body\r\n")
        #expect(Feeding.parts(ev).map(\.path) == ["1"])
        #expect(Feeding.texts(ev)["1"] == "just a body\r\n")
        let plain = Feeding.events("This is not MIME at all\nsecond line: with colon\n")
        #expect(Feeding.parts(plain).map(\.contentType) == ["text/plain"])
        #expect(Feeding.texts(plain)["1"] == "This is not MIME at all\nsecond line: with colon\n")
    }

    @Test("an empty message yields one empty text part")
    func emptyMessage() {
        let ev = Feeding.events("")
        #expect(ev == [.partStart(PartInfo(path: "1")), .partEnd(path: "1")])
    }

    @Test("an mbox From line before the headers is skipped")
    func mboxFromLine() {
        let ev = Feeding.events("From someone Mon Jan 1 00:00:00 2024\nSubject: x\n\nbody\n")
        #expect(Feeding.headers(ev).map(\.0) == ["Subject"])
        #expect(Feeding.texts(ev)["1"] == "body\n")
    }

    @Test("headers are unfolded and RFC 2047 decoded")
    func unfoldingAndEncodedWords() {
        let msg = Feeding.crlf([
            "Subject: =?UTF-8?B?SGVsbG8g?=", "\t=?UTF-8?Q?W=C3=B6rld?=", "From: =?iso-8859-1?q?J=F6rg?= <j@x.org>",
            "X-Long: one", "  two", "", "b",
        ])
        let h = Feeding.headers(Feeding.events(msg))
        #expect(h[0].1 == "Hello Wörld")
        #expect(h[1].1 == "Jörg <j@x.org>")
        #expect(h[2].1 == "one  two")
    }

    @Test("8-bit header bytes are read as UTF-8 when valid, else windows-1252")
    func eightBitHeaders() {
        var msg: [UInt8] = Array("Subject: caf".utf8) + [0xC3, 0xA9] + Array("\r\nTo: Ren".utf8) + [0xE9]
        msg += [0x20, 0x93] + Array("\r\n\r\nx".utf8)
        let h = Feeding.headers(Feeding.events(msg))
        #expect(h[0].1 == "café")
        #expect(h[1].1 == "René \u{201C}")
        let cp1252: [UInt8] = Array("Subject: ".utf8) + [0x93, 0x68, 0x69, 0x94] + Array("\r\n\r\n".utf8)
        #expect(Feeding.headers(Feeding.events(cp1252))[0].1 == "\u{201C}hi\u{201D}")
    }

    @Test("multipart children are numbered 1, 2 and the container is \"\"")
    func multipartPaths() {
        let ev = Feeding.events(Messages.mixed)
        let parts = Feeding.parts(ev)
        #expect(parts.map(\.path) == ["", "1", "2", "3"])
        #expect(parts.map(\.depth) == [0, 1, 1, 1])
        #expect(parts[0].contentType == "multipart/mixed")
        #expect(parts[2].contentType == "text/html")
        #expect(parts[3].filename == "report.pdf")
        #expect(parts[3].disposition == "attachment")
        #expect(Feeding.texts(ev) == ["1": "Plain body\r\nline two", "2": "<p>caf\u{E9}</p>"])
        #expect(Feeding.data(ev)["3"] == Array("%PDF-1.4".utf8))
        let ends = ev.compactMap { if case .partEnd(let p) = $0 { p } else { nil } }
        #expect(ends == ["1", "2", "3", ""])
        #expect(Feeding.problems(ev).isEmpty)
    }

    @Test("preamble and epilogue are not text")
    func preambleEpilogue() {
        let texts = Feeding.texts(Feeding.events(Messages.mixed))
        #expect(!texts.values.contains { $0.contains("preamble") || $0.contains("epilogue") })
    }

    @Test("message/rfc822 parts report their headers and number their body parts 2.1, 2.2")
    func nestedMessage() {
        let ev = Feeding.events(Messages.forwarded)
        let parts = Feeding.parts(ev)
        #expect(parts.map(\.path) == ["", "1", "2", "2", "2.1", "2.2"])
        #expect(parts[2].contentType == "message/rfc822")
        #expect(parts[3].contentType == "multipart/alternative")
        #expect(parts.map(\.depth) == [0, 1, 1, 2, 3, 3])
        let inner = Feeding.headers(ev).filter { $0.2 == "2" }
        #expect(inner.map(\.0) == ["Subject", "Content-Type"])
        #expect(inner.first?.1 == "Inner subject")
        #expect(Feeding.texts(ev)["2.1"] == "inner plain")
        #expect(Feeding.texts(ev)["2.2"] == "<b>inner html</b>")
        #expect(Feeding.problems(ev).isEmpty)
    }

    @Test("a single-part message/rfc822 body is part 2.1, and message/global works the same")
    func nestedSinglePart() {
        for type in ["message/rfc822", "message/global"] {
            let msg = Feeding.crlf([
                "Content-Type: multipart/mixed; boundary=x", "", "--x", "", "first", "--x",
                "Content-Type: \(type)", "", "Subject: inner", "", "inner body", "--x--",
            ])
            let ev = Feeding.events(msg)
            #expect(Feeding.parts(ev).map(\.path) == ["", "1", "2", "2.1"])
            #expect(Feeding.texts(ev)["2.1"] == "inner body")
            #expect(Feeding.headers(ev).contains { $0 == ("Subject", "inner", "2") })
        }
    }

    @Test("children of multipart/digest default to message/rfc822")
    func digest() {
        let msg = Feeding.crlf([
            "Content-Type: multipart/digest; boundary=d", "", "--d", "", "Subject: one", "", "body one",
            "--d", "", "Subject: two", "", "body two", "--d--",
        ])
        let ev = Feeding.events(msg)
        #expect(Feeding.parts(ev).map(\.contentType) == ["multipart/digest", "message/rfc822", "text/plain",
                                                           "message/rfc822", "text/plain"])
        #expect(Feeding.texts(ev) == ["1.1": "body one", "2.1": "body two"])
    }

    @Test("application/json, xml and csv are text; other application types are data")
    func textTypes() {
        #expect(PartInfo(path: "1", contentType: "application/json").isText)
        #expect(PartInfo(path: "1", contentType: "application/x-csv").isText)
        #expect(PartInfo(path: "1", contentType: "text/x-anything").isText)
        #expect(!PartInfo(path: "1", contentType: "application/pdf").isText)
        let ev = Feeding.events("Content-Type: application/json\r\n\r\n{\"a\":1}")
        #expect(Feeding.texts(ev)["1"] == "{\"a\":1}")
        let bin = Feeding.events("Content-Type: image/png\r\n\r\n\u{1}PNG")
        #expect(Feeding.data(bin)["1"] == [1, 0x50, 0x4E, 0x47])
    }

    @Test("a top-level message/rfc822 is part 1 with body 1.1")
    func topLevelMessage() {
        let ev = Feeding.events("Content-Type: message/rfc822\r\n\r\nSubject: in\r\n\r\nhello")
        #expect(Feeding.parts(ev).map(\.path) == ["1", "1.1"])
        #expect(Feeding.headers(ev).last! == ("Subject", "in", "1"))
        #expect(Feeding.texts(ev)["1.1"] == "hello")
    }

    @Test("the same events come out at every chunk size")
    func chunkInvariance() {
        for message in Messages.all {
            let reference = Feeding.events(message, chunk: message.count + 1)
            for size in Feeding.chunkSizes {
                #expect(Feeding.events(message, chunk: size) == reference, "chunk size \(size)")
            }
        }
    }

    @Test("the raw-pointer feed gives the same events as the collection feed")
    func rawFeed() {
        let message = Messages.mixed
        let parser = MIMEParser()
        var all: [MIMEEvent] = []
        for e in message.withUnsafeBytes({ parser.feed($0) }) + parser.finish() { MIMEParser.append(e, to: &all) }
        #expect(all == Feeding.events(message))
    }

    @Test("feeding after finish does nothing")
    func afterFinish() {
        let parser = MIMEParser()
        _ = parser.feed(Array("Subject: x\r\n\r\nbody".utf8))
        #expect(!parser.finish().isEmpty)
        #expect(parser.feed(Array("more".utf8)).isEmpty)
        #expect(parser.finish().isEmpty)
    }
}

/// Messages inside encoded message/rfc822 parts.
@Suite struct MIMEParserEncodedMessageTests {
    @Test("a base64 message/rfc822 part is decoded and walked like a plain one")
    func base64Message() {
        // "Subject: inner\r\n\r\nsecret body"
        let msg = Feeding.crlf([
            "Content-Type: multipart/mixed; boundary=o", "", "--o", "", "outer", "--o",
            "Content-Type: message/rfc822", "Content-Transfer-Encoding: base64", "",
            "U3ViamVjdDogaW5uZXINCg0Kc2VjcmV0IGJvZHk=", "--o--",
        ])
        for size in Feeding.chunkSizes {
            let ev = Feeding.events(msg, chunk: size)
            #expect(Feeding.parts(ev).map(\.path) == ["", "1", "2", "2.1"])
            #expect(Feeding.headers(ev).last! == ("Subject", "inner", "2"))
            #expect(Feeding.texts(ev)["2.1"] == "secret body")
            #expect(Feeding.problems(ev).isEmpty)
        }
    }
}
