import Testing
@testable import PHIMIME

/// Body lines, boundaries and bounded memory.
@Suite struct MIMEParserBodyTests {
    @Test("a nested boundary that is a prefix of the outer one does not end the outer part")
    func prefixBoundary() {
        let ev = Feeding.events(Messages.prefixBoundaries)
        #expect(Feeding.parts(ev).map(\.path) == ["", "1", "1.1", "1.2", "2"])
        #expect(Feeding.texts(ev) == ["1.1": "alt one", "1.2": "alt two", "2": "after"])
        #expect(Feeding.problems(ev) == [MIMEProblem(code: "mime.missing_boundary", path: "1")])
    }

    @Test("bare LF line ends, base64 and quoted-printable decode")
    func bareLFAndEncodings() {
        let ev = Feeding.events(Messages.bareLF)
        let t = Feeding.texts(ev)
        #expect(t["1"] == "Héllo wörld\n")
        #expect(t["2"] == "softbreak and \u{201C}quotes\u{201D} = equals, =zz kept")
        #expect(Feeding.problems(ev) == [MIMEProblem(code: "mime.bad_quoted_printable", path: "2")])
    }

    @Test("boundary lines may carry trailing whitespace; a look-alike line is content")
    func boundaryWhitespace() {
        let msg = Feeding.crlf([
            "Content-Type: multipart/mixed; boundary=zz", "", "--zz \t", "", "one", "--zzz", "--zz-x", "--zz--  ", "",
        ])
        let ev = Feeding.events(msg)
        #expect(Feeding.texts(ev) == ["1": "one\r\n--zzz\r\n--zz-x"])
        #expect(Feeding.problems(ev).isEmpty)
    }

    @Test("the line end before a boundary belongs to the boundary")
    func lineEndBeforeBoundary() {
        let msg = Feeding.crlf(["Content-Type: multipart/mixed; boundary=q", "", "--q", "", "", "--q", "", "a", "", "--q--"])
        #expect(Feeding.texts(Feeding.events(msg)) == ["2": "a\r\n"])
    }

    @Test("a missing final boundary is reported and the last part still ends")
    func missingFinalBoundary() {
        let msg = Feeding.crlf(["Content-Type: multipart/mixed; boundary=m", "", "--m", "", "unfinished", ""])
        let ev = Feeding.events(msg)
        #expect(Feeding.texts(ev)["1"] == "unfinished\r\n")
        #expect(Feeding.problems(ev) == [MIMEProblem(code: "mime.missing_boundary", path: "")])
        #expect(ev.suffix(3) == [.partEnd(path: "1"), .problem(MIMEProblem(code: "mime.missing_boundary", path: "")),
                                 .partEnd(path: "")])
    }

    @Test("a close boundary at the very end without a line end is recognised")
    func closeWithoutLineEnd() {
        let ev = Feeding.events("Content-Type: multipart/mixed; boundary=e\n\n--e\n\nx\n--e--")
        #expect(Feeding.problems(ev).isEmpty)
        #expect(Feeding.texts(ev) == ["1": "x"])
    }

    @Test("a multipart whose boundary never appears keeps its content as text")
    func boundaryNeverAppears() {
        let ev = Feeding.events("Content-Type: multipart/mixed; boundary=nope\r\n\r\nSSN hidden here\r\n")
        #expect(Feeding.texts(ev)["1"] == "SSN hidden here\r\n")
        #expect(Feeding.problems(ev).contains(MIMEProblem(code: "mime.missing_boundary", path: "")))
        var limits = MIMELimits()
        limits.maxPreambleBytes = 100
        let long = "Content-Type: multipart/mixed; boundary=nope\r\n\r\n" + String(repeating: "word ", count: 100)
        #expect(Feeding.texts(Feeding.events(long, limits: limits))["1"] == String(repeating: "word ", count: 100))
    }

    @Test("a multipart without a boundary parameter is walked as text")
    func noBoundaryParameter() {
        let ev = Feeding.events("Content-Type: multipart/mixed\r\n\r\n--x\r\nbody\r\n")
        #expect(Feeding.problems(ev) == [MIMEProblem(code: "mime.missing_boundary", path: "")])
        #expect(Feeding.texts(ev)["1"] == "--x\r\nbody\r\n")
    }

    @Test("a body line longer than 998 characters streams whole")
    func longBodyLine() {
        let line = String(repeating: "x", count: 5000)
        for size in Feeding.chunkSizes {
            let ev = Feeding.events("Content-Type: multipart/mixed; boundary=l\r\n\r\n--l\r\n\r\n\(line)\r\n--l--\r\n", chunk: size)
            #expect(Feeding.texts(ev)["1"] == line)
            #expect(Feeding.problems(ev).isEmpty)
        }
    }

    @Test("a lone CR inside a line is content, also across chunk edges")
    func loneCR() {
        for size in Feeding.chunkSizes {
            let ev = Feeding.events("Content-Type: multipart/mixed; boundary=c\n\n--c\n\na\rb\r\r\n--c--\n", chunk: size)
            #expect(Feeding.texts(ev)["1"] == "a\rb\r")
        }
    }

    @Test("a 40 MB base64 text part streams with bounded memory")
    func bigBase64Part() {
        let line = Array("UGF0aWVudCBsaXN0IGxpbmUgd2l0aCBzb21lIHRleHQgMDEyMzQ1Njc4OQ0KUGF0aWVudCBs\r\n".utf8)  // 54 bytes decoded
        let lines = 40_000_000 / 54
        let parser = MIMEParser()
        var chunk: [UInt8] = Array("Content-Type: multipart/mixed; boundary=big\r\n\r\n--big\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n".utf8)
        var textBytes = 0
        var maxBuffered = 0
        var written = 0
        func drain(_ events: [MIMEEvent]) {
            for e in events { if case .text(let t) = e { textBytes += t.count } }
        }
        while written < lines {
            while chunk.count + line.count <= 65_535 && written < lines {
                chunk += line
                written += 1
            }
            drain(parser.feed(chunk))
            maxBuffered = max(maxBuffered, parser.bufferedBytes)
            chunk.removeAll(keepingCapacity: true)
        }
        drain(parser.feed(Array("--big--\r\n".utf8)))
        drain(parser.finish())
        #expect(textBytes == lines * 54)
        #expect(maxBuffered < 4096)
    }
}

/// Memory stays bounded whatever the shape of the message.
@Suite struct MIMEParserMemoryTests {
    /// Feeds `head`, then `body` repeated to about `total` bytes in 65,535-byte chunks; returns
    /// the most the parser held, the text and data bytes out, and the problems.
    static func stream(head: String, body: [UInt8], total: Int, limits: MIMELimits = MIMELimits()) -> (Int, Int, [MIMEEvent]) {
        let parser = MIMEParser(limits: limits)
        var maxHeld = 0
        var out = 0
        var problems: [MIMEEvent] = []
        func count(_ ev: [MIMEEvent]) {
            for e in ev {
                switch e {
                case .problem: problems.append(e)
                case .text(let t): out += t.count
                case .data(let d): out += d.count
                default: break
                }
            }
        }
        count(parser.feed(Array(head.utf8)))
        var chunk: [UInt8] = []
        var sent = 0
        while sent < total {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < 65_535 - body.count { chunk += body }
            count(parser.feed(chunk))
            sent += chunk.count
            maxHeld = max(maxHeld, parser.bufferedBytes)
        }
        count(parser.finish())
        return (maxHeld, out, problems)
    }

    @Test("one endless body line inside a multipart is streamed, not buffered")
    func endlessLine() {
        let (held, out, _) = Self.stream(head: "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\n",
                                         body: Array("-abcdefgh".utf8), total: 4_000_000)
        #expect(held < 70_000)
        #expect(out >= 4_000_000)
    }

    @Test("a header block that never ends is capped at maxHeaderBytes")
    func endlessHeaders() {
        let (held, _, end) = Self.stream(head: "", body: Array("X-Filler: 0123456789\r\n".utf8), total: 4_000_000)
        #expect(held < 70_000)
        #expect(end.contains(.problem(MIMEProblem(code: "mime.header_too_long", path: ""))))
    }

    @Test("a preamble with no boundary is capped, then walked as text")
    func endlessPreamble() {
        let (held, out, _) = Self.stream(head: "Content-Type: multipart/mixed; boundary=x\r\n\r\n",
                                         body: Array("preamble text\r\n".utf8), total: 4_000_000)
        #expect(held < 140_000)
        #expect(out >= 4_000_000)
    }

    @Test("undeclared non-ASCII text holds only the charset sample")
    func sniffing() {
        let (held, out, end) = Self.stream(head: "Subject: x\r\n\r\n", body: Array("caf\u{E9} ".utf8), total: 2_000_000)
        #expect(held < 140_000)
        #expect(out >= 2_000_000)
        #expect(end.contains(.problem(MIMEProblem(code: "mime.charset_unknown", path: "1"))))
    }

    @Test("10,000 small parts walk in linear time")
    func manyParts() {
        var lines = ["Content-Type: multipart/mixed; boundary=p", ""]
        for n in 1...12_000 { lines += ["--p", "Content-Type: text/plain", "", "part \(n)"] }
        lines.append("--p--")
        let ev = Feeding.events(Feeding.crlf(lines))
        #expect(Feeding.parts(ev).count == 10_000)
        #expect(Feeding.problems(ev) == [MIMEProblem(code: "mime.too_many_parts", path: "10000")])
    }
}

/// Boundary parameters as broken senders write them.
@Suite struct MIMEParserBoundaryParameterTests {
    @Test("a boundary parameter with trailing spaces matches lines with or without them")
    func trailingSpaceInParameter() {
        let ev = Feeding.events("Content-Type: multipart/mixed; boundary=\"sp  \"\r\n\r\n--sp\r\n\r\none\r\n--sp  --\r\n")
        #expect(Feeding.texts(ev) == ["1": "one"])
        #expect(Feeding.problems(ev).isEmpty)
    }
}
