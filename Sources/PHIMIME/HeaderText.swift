import PHIText

/// Turns raw header bytes into text: 8-bit bytes, RFC 2047 encoded words, charset names.
enum HeaderText {
    /// Reads raw bytes as UTF-8 when valid, else as windows-1252.
    static func string(_ bytes: some Collection<UInt8>) -> String {
        let array = Array(bytes)
        if array.allSatisfy({ $0 < 0x80 }) || UTF8Repair.isValid(array) {
            return String(decoding: array, as: UTF8.self)
        }
        return String(decoding: toUTF8(array, charset: "windows-1252"), as: UTF8.self)
    }

    /// Converts bytes in `charset` to UTF-8; an unknown charset falls back to UTF-8 or windows-1252.
    static func toUTF8(_ bytes: [UInt8], charset: String?) -> [UInt8] {
        let name = charset.map(canonicalCharset) ?? ""
        if name == "utf-8" || name.isEmpty || name == "us-ascii" {
            if UTF8Repair.isValid(bytes) || name == "utf-8" {
                var repair = UTF8Repair()
                return repair.repair(bytes, flush: true)
            }
            return toUTF8(bytes, charset: "windows-1252")
        }
        if let decoder = CharsetDecoder(charset: name) {
            return decoder.decode(bytes, flush: true)
        }
        return toUTF8(bytes, charset: nil)
    }

    /// Lowercases a charset label and maps common mislabels to what senders mean.
    static func canonicalCharset(_ label: String) -> String {
        var name = label.lowercased()
        name = String(name.drop(while: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\t" }))
        while let last = name.last, last == " " || last == "\"" || last == "'" || last == "\t" { name.removeLast() }
        if let star = name.firstIndex(of: "*") { name = String(name[..<star]) }  // RFC 2231 language
        switch name {
        case "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "ascii", "ansi_x3.4-1968", "iso646-us", "us", "": return "us-ascii"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819": return "windows-1252"
        case "ks_c_5601-1987", "ks_c_5601", "ksc5601", "euc-kr": return "windows-949"
        case "gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "euc-cn": return "gb18030"
        case "x-sjis", "sjis", "shift-jis", "ms_kanji", "csshiftjis": return "shift_jis"
        case "iso-8859-8-i": return "iso-8859-8"
        case "iso-8859-6-i": return "iso-8859-6"
        default: return name
        }
    }

    /// Decodes RFC 2047 encoded words (B and Q, any charset); whitespace between adjacent
    /// encoded words is dropped and their bytes are joined before charset conversion.
    static func decodeEncodedWords(_ text: String) -> String {
        let s = Array(text.utf8)
        guard s.count >= 8, containsEncodedWordStart(s) else { return text }
        let ends = WordEnds(s)
        var out: [UInt8] = []
        var run: (charset: String, bytes: [UInt8])?
        var gap: [UInt8] = []  // literal text since the last encoded word
        var i = 0
        func flushRun() {
            if let r = run { out.append(contentsOf: toUTF8(r.bytes, charset: r.charset)) }
            run = nil
        }
        while i < s.count {
            if s[i] == 0x3D, i + 1 < s.count, s[i + 1] == 0x3F, let word = parseWord(s, at: i, ends: ends) {
                if run == nil || !gap.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    flushRun()
                    out.append(contentsOf: gap)
                }
                gap.removeAll()
                if let r = run, r.charset == word.charset {
                    run?.bytes.append(contentsOf: word.bytes)
                } else {
                    flushRun()
                    run = (word.charset, word.bytes)
                }
                i = word.end
                continue
            }
            gap.append(s[i])
            i += 1
        }
        flushRun()
        out.append(contentsOf: gap)
        return String(decoding: out, as: UTF8.self)
    }

    private static func containsEncodedWordStart(_ s: [UInt8]) -> Bool {
        var i = 0
        while i + 1 < s.count {
            if s[i] == 0x3D && s[i + 1] == 0x3F { return true }
            i += 1
        }
        return false
    }

    /// Parses "=?charset?e?text?=" at `start`; nil when it is not a well-formed encoded word.
    private static func parseWord(_ s: [UInt8], at start: Int, ends: WordEnds) -> (charset: String, bytes: [UInt8], end: Int)? {
        var i = start + 2
        let charsetStart = i
        while i < s.count, s[i] != 0x3F, s[i] > 0x20, i - charsetStart < 80 { i += 1 }
        guard i < s.count, s[i] == 0x3F, i > charsetStart, i + 2 < s.count, s[i + 2] == 0x3F else { return nil }
        let charset = String(decoding: s[charsetStart..<i], as: UTF8.self)
        let encoding = s[i + 1] | 0x20
        guard encoding == 0x62 || encoding == 0x71 else { return nil }
        let textStart = i + 3
        // The text ends at the next "?", which must start "?=", and holds no whitespace:
        // O(1) with the tables.
        let j = ends.close(after: textStart)
        guard j + 1 < s.count, s[j + 1] == 0x3D, ends.space(after: textStart) > j else { return nil }
        let encoded = Array(s[textStart..<j])
        var bytes: [UInt8] = []
        if encoding == 0x62 {
            var b64 = Base64Decoder()
            encoded.withUnsafeBufferPointer { b64.decode($0, into: &bytes) }
            b64.finish(into: &bytes)
        } else {
            bytes = decodeQ(encoded)
        }
        return (charset, bytes, j + 2)
    }

    /// For every position, where the next "?" and the next space or tab are (or the end),
    /// so that a header full of "=?" never costs more than linear time.
    private struct WordEnds {
        private var nextClose: [Int]
        private var nextSpace: [Int]

        init(_ s: [UInt8]) {
            let n = s.count
            nextClose = [Int](repeating: n, count: n + 1)
            nextSpace = [Int](repeating: n, count: n + 1)
            var k = n - 1
            while k >= 0 {
                nextClose[k] = s[k] == 0x3F ? k : nextClose[k + 1]
                nextSpace[k] = (s[k] == 0x20 || s[k] == 0x09) ? k : nextSpace[k + 1]
                k -= 1
            }
        }

        func close(after k: Int) -> Int { k < nextClose.count ? nextClose[k] : nextClose.count - 1 }
        func space(after k: Int) -> Int { k < nextSpace.count ? nextSpace[k] : nextSpace.count - 1 }
    }

    /// Decodes the Q encoding: "_" is a space, "=XY" a byte, anything else itself.
    private static func decodeQ(_ e: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(e.count)
        var i = 0
        while i < e.count {
            let c = e[i]
            if c == 0x5F {
                out.append(0x20)
            } else if c == 0x3D, i + 2 < e.count,
                      let hi = QuotedPrintableDecoder.hexValue(e[i + 1]), let lo = QuotedPrintableDecoder.hexValue(e[i + 2]) {
                out.append(hi << 4 | lo)
                i += 2
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }
}
