import PHITestSupport
import Testing
@testable import PHIMIME

/// Hostile and malformed messages: limits, problems, and never a crash.
@Suite struct MIMEParserStructureTests {
    @Test("200-deep nesting stops at maxDepth with mime.too_deep and closes cleanly")
    func deepNesting() {
        let message = Malformed.nested(200)
        for size in [7, 65_535] {
            let ev = Feeding.events(message, chunk: size)
            let problems = Feeding.problems(ev)
            let deepPath = (1...33).map { _ in "1" }.joined(separator: ".")
            #expect(problems == [MIMEProblem(code: "mime.too_deep", path: deepPath)])
            #expect(Feeding.parts(ev).count == 33)
            #expect(Feeding.parts(ev).map(\.depth).max() == 32)
            #expect(Feeding.texts(ev).isEmpty)
        }
    }

    @Test("a part at the depth limit is still walked")
    func atDepthLimit() {
        var limits = MIMELimits()
        limits.maxDepth = 3
        let ev = Feeding.events(Malformed.nested(3), limits: limits)
        #expect(Feeding.problems(ev).isEmpty)
        #expect(Feeding.texts(ev) == ["1.1.1": "bottom"])
        let deeper = Feeding.events(Malformed.nested(4), limits: limits)
        #expect(Feeding.problems(deeper) == [MIMEProblem(code: "mime.too_deep", path: "1.1.1.1")])
    }

    @Test("nested message/rfc822 beyond maxDepth is skipped")
    func deepMessages() {
        var msg = ""
        for _ in 0..<50 { msg += "Content-Type: message/rfc822\r\n\r\n" }
        msg += "Subject: bottom\r\n\r\nbody"
        let ev = Feeding.events(msg)
        #expect(Feeding.problems(ev).map(\.code) == ["mime.too_deep"])
        #expect(Feeding.texts(ev).isEmpty)
    }

    @Test("truncated base64 and an unknown charset are reported and decoded as far as possible")
    func truncatedBase64() {
        let ev = Feeding.events(Malformed.truncated)
        #expect(Feeding.texts(ev)["1"] == "Hello World")
        #expect(Set(Feeding.problems(ev)) == [MIMEProblem(code: "mime.bad_base64", path: "1"),
                                             MIMEProblem(code: "mime.charset_unknown", path: "1"),
                                             MIMEProblem(code: "mime.missing_boundary", path: "")])
    }

    @Test("NUL bytes in text become spaces, reported once per part")
    func nulBytes() {
        let ev = Feeding.events("Content-Type: text/plain\r\n\r\na\u{0}b\u{0}c")
        #expect(Feeding.texts(ev)["1"] == "a b c")
        #expect(Feeding.problems(ev) == [MIMEProblem(code: "mime.nul_byte", path: "1")])
        let data = Feeding.events("Content-Type: application/octet-stream\r\n\r\na\u{0}b")
        #expect(Feeding.data(data)["1"] == [0x61, 0, 0x62])
        #expect(Feeding.problems(data).isEmpty)
    }

    @Test("a 100 KB header is kept whole; past maxHeaderBytes the block is cut")
    func bigHeader() {
        let big = String(repeating: "a", count: 100_000)
        let ev = Feeding.events("Subject: \(big)\r\nTo: x\r\n\r\nbody")
        #expect(Feeding.headers(ev).first?.1.count == 100_000)
        #expect(Feeding.problems(ev).isEmpty)
        #expect(Feeding.texts(ev)["1"] == "body")
        var limits = MIMELimits()
        limits.maxHeaderBytes = 1000
        let folded = "X-A: " + Array(repeating: "word", count: 500).joined(separator: "\r\n ")
        let cut = Feeding.events("Subject: keep\r\n\(folded)\r\nTo: dropped\r\n\r\nbody", limits: limits)
        #expect(Feeding.problems(cut) == [MIMEProblem(code: "mime.header_too_long", path: "")])
        #expect(Feeding.headers(cut).map(\.0) == ["Subject", "X-A"])
        #expect(Feeding.texts(cut)["1"] == "body")
    }

    @Test("header lines longer than maxLineBytes are cut with mime.line_too_long")
    func longHeaderLine() {
        var limits = MIMELimits()
        limits.maxLineBytes = 100
        let line = String(repeating: "b", count: 2000)
        for size in Feeding.chunkSizes {
            let ev = Feeding.events("Subject: \(line)\r\n\r\nbody", chunk: size, limits: limits)
            #expect(Feeding.problems(ev).map(\.code) == ["mime.line_too_long"])
            #expect((Feeding.headers(ev).first?.1.count ?? 0) <= 100)
            #expect(Feeding.texts(ev)["1"] == "body")
        }
        let ok = Feeding.events("Subject: \(String(repeating: "c", count: 1200))\r\n\r\nbody")
        #expect(Feeding.problems(ok).isEmpty)
    }

    @Test("parts beyond maxParts are skipped with one mime.too_many_parts")
    func tooManyParts() {
        var limits = MIMELimits()
        limits.maxParts = 5
        var lines = ["Content-Type: multipart/mixed; boundary=p", ""]
        for n in 1...10 { lines += ["--p", "", "part \(n)"] }
        lines.append("--p--")
        let ev = Feeding.events(Feeding.crlf(lines), limits: limits)
        #expect(Feeding.parts(ev).count == 5)
        #expect(Feeding.problems(ev) == [MIMEProblem(code: "mime.too_many_parts", path: "5")])
        #expect(ev.last == .partEnd(path: ""))
    }

    @Test("an unknown transfer encoding is reported and passed through")
    func unknownEncoding() {
        let ev = Feeding.events("Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 x")
        #expect(Feeding.problems(ev) == [MIMEProblem(code: "mime.encoding_unknown", path: "1")])
        #expect(Feeding.texts(ev)["1"] == "begin 644 x")
    }

    @Test("headers cut off by a boundary still start an empty part")
    func headersCutByBoundary() {
        let ev = Feeding.events(Feeding.crlf(["Content-Type: multipart/mixed; boundary=h", "", "--h",
                                              "Content-Type: text/plain", "--h", "", "second", "--h--"]))
        #expect(Feeding.parts(ev).map(\.path) == ["", "1", "2"])
        #expect(Feeding.texts(ev) == ["2": "second"])
    }

    @Test("random and mutated messages never crash and are chunk-size independent")
    func fuzz() {
        var rng = SplitMix(seed: 42)
        var corpus = Messages.all
        for _ in 0..<60 {
            var m = Messages.all[Int(rng.next() % UInt64(Messages.all.count))]
            for _ in 0..<8 where !m.isEmpty {
                let at = Int(rng.next() % UInt64(m.count))
                switch rng.next() % 4 {
                case 0: m[at] = UInt8(truncatingIfNeeded: rng.next())
                case 1: m.remove(at: at)
                case 2: m.insert(contentsOf: Array("\r\n--".utf8), at: at)
                default: m.insert(contentsOf: Array("=?utf-8?b?".utf8), at: at)
                }
            }
            corpus.append(m)
        }
        corpus.append((0..<3000).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
        for m in corpus {
            let reference = Feeding.events(m, chunk: m.count + 1)
            for size in [1, 7, 4096] {
                #expect(Feeding.events(m, chunk: size) == reference)
            }
        }
    }
}

/// Structure-aware fuzzing: MIME tokens spliced into real shapes.
@Suite struct MIMEParserFuzzTests {
    static let tokens: [[UInt8]] = [
        "\r\n", "\n", "--", "=", "?=", "=?utf-8?q?", "=?utf-16?b?", ";", "\"", "boundary=",
        "Content-Type: multipart/mixed; boundary=", "Content-Type: message/rfc822\r\n\r\n",
        "Content-Transfer-Encoding: base64\r\n", "Content-Transfer-Encoding: quoted-printable\r\n",
        "charset=utf-16", "charset=x-bad", "*0*=", "'", "%", "\u{0}", "\r", " ", "\t", "\u{FF}",
    ].map { Array($0.utf8) }

    @Test("400 spliced messages never crash and give the same events at chunk sizes 1, 3, 7 and 64")
    func splicedMessages() {
        var rng = SplitMix(seed: 7)
        var seeds = Messages.all + [MIMEParserRealWorldTests.outlook]
        for round in 0..<400 {
            var m = seeds[Int(rng.next() % UInt64(seeds.count))]
            for _ in 0..<(Int(rng.next() % 20) + 1) {
                let at = Int(rng.next() % UInt64(m.count + 1))
                switch rng.next() % 4 {
                case 0 where at < m.count: m[at] = UInt8(truncatingIfNeeded: rng.next())
                case 1 where at < m.count: m.remove(at: at)
                case 2: m.insert(contentsOf: Self.tokens[Int(rng.next() % UInt64(Self.tokens.count))], at: at)
                default:
                    guard !m.isEmpty else { break }
                    let from = Int(rng.next() % UInt64(m.count))
                    m.insert(contentsOf: Array(m[from..<min(m.count, from + Int(rng.next() % 40))]), at: at)
                }
            }
            if round % 10 == 0 { seeds.append(m) }
            let reference = Feeding.events(m, chunk: m.count + 1)
            for size in [1, 3, 7, 64] {
                #expect(Feeding.events(m, chunk: size) == reference, "round \(round) size \(size)")
            }
        }
    }
}

/// Encoded messages inside encoded messages.
@Suite struct MIMEParserEncodedNestingTests {
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            var v = 0
            for k in 0..<3 { v = v << 8 | (k < n ? Int(bytes[i + k]) : 0) }
            for k in 0..<4 { out.append(k <= n ? alphabet[(v >> (18 - 6 * k)) & 63] : 0x3D) }
            i += 3
            if i % 57 == 0 { out += [13, 10] }
        }
        return out
    }

    @Test("base64 message/rfc822 nested past maxDepth stops there; within it the bottom text is reached")
    func nestedEncodedMessages() {
        var message = Array("Subject: bottom\r\n\r\nbottom text".utf8)
        for _ in 0..<12 {
            message = Array("Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n".utf8) + Self.base64(message)
        }
        var limits = MIMELimits()
        limits.maxDepth = 8
        let ev = Feeding.events(message, limits: limits)
        #expect(Feeding.problems(ev).map(\.code) == ["mime.too_deep"])
        #expect(Feeding.parts(ev).count == 9)
        #expect(Feeding.texts(ev).isEmpty)
        let deep = Feeding.events(message, chunk: 7)
        #expect(Feeding.problems(deep).isEmpty)
        #expect(Feeding.texts(deep).values.first == "bottom text")
    }
}
