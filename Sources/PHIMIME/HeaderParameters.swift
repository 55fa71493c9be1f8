/// Parses a structured header value such as Content-Type: "value; name=param; ...".
///
/// Lenient: quoted strings with backslash escapes, missing closing quotes, extra semicolons,
/// any case; RFC 2231 continuations (`name*0*=`), charsets and percent-encoding.
struct HeaderParameters {
    /// The main value, lowercased, comments and whitespace removed.
    var value: String
    /// Parameters with lowercased names, RFC 2231 decoded.
    var parameters: [String: String]

    /// Parses the raw (unfolded) header value.
    init(_ raw: String) {
        let s = Array(raw.utf8)
        var i = 0
        var main: [UInt8] = []
        var depth = 0
        while i < s.count && s[i] != 0x3B {
            let c = s[i]
            if depth == 0 && Self.isSpace(c) && !main.isEmpty && main.last != 0x2F {
                // "text/plain charset=x": a missing semicolon; "text / plain" is still one value.
                var k = i
                while k < s.count && Self.isSpace(s[k]) { k += 1 }
                if k < s.count && s[k] != 0x2F && s[k] != 0x28 && s[k] != 0x3B { break }
            }
            if c == 0x28 { depth += 1 } else if c == 0x29 { depth = max(0, depth - 1) } else if depth == 0 && c > 0x20 && c != 0x22 {
                main.append(c)
            }
            i += 1
        }
        value = String(decoding: main, as: UTF8.self).lowercased()
        var plain: [String: String] = [:]
        var sections: [String: [(index: Int, value: String, extended: Bool)]] = [:]
        while i < s.count {
            while i < s.count && (s[i] == 0x3B || Self.isSpace(s[i])) { i += 1 }
            let nameStart = i
            while i < s.count && s[i] != 0x3D && s[i] != 0x3B { i += 1 }
            let name = Self.trim(s[nameStart..<i]).lowercased()
            guard i < s.count, s[i] == 0x3D else { continue }
            i += 1
            while i < s.count && Self.isSpace(s[i]) { i += 1 }
            var v: [UInt8] = []
            if i < s.count && s[i] == 0x22 {
                i += 1
                while i < s.count && s[i] != 0x22 {
                    if s[i] == 0x5C && i + 1 < s.count { i += 1 }
                    v.append(s[i])
                    i += 1
                }
                i += 1
                while i < s.count && s[i] != 0x3B { i += 1 }
            } else {
                let start = i
                while i < s.count && s[i] != 0x3B { i += 1 }
                v = Array(Self.trim(s[start..<i]).utf8)
            }
            guard !name.isEmpty else { continue }
            let text = String(decoding: v, as: UTF8.self)
            if let star = name.firstIndex(of: "*") {
                let base = String(name[..<star])
                var rest = name[name.index(after: star)...]
                let extended = rest.hasSuffix("*") || rest.isEmpty
                if rest.hasSuffix("*") { rest = rest.dropLast() }
                let index = rest.isEmpty ? 0 : Int(rest) ?? -1
                guard !base.isEmpty, index >= 0, index < 10_000, (sections[base]?.count ?? 0) < 1000 else { continue }
                sections[base, default: []].append((index, text, extended))
            } else if plain[name] == nil {
                plain[name] = text
            }
        }
        for (base, parts) in sections {
            plain[base] = Self.joinSections(parts.sorted { $0.index < $1.index })
        }
        parameters = plain
    }

    /// Joins RFC 2231 sections: the first extended one may carry `charset'language'`.
    private static func joinSections(_ parts: [(index: Int, value: String, extended: Bool)]) -> String {
        var bytes: [UInt8] = []
        var charset: String?
        for (n, part) in parts.enumerated() {
            var v = Substring(part.value)
            if part.extended {
                if n == 0, let q1 = v.firstIndex(of: "'"), let q2 = v[v.index(after: q1)...].firstIndex(of: "'") {
                    let cs = String(v[..<q1])
                    if !cs.isEmpty { charset = cs }
                    v = v[v.index(after: q2)...]
                }
                bytes.append(contentsOf: percentDecode(Array(v.utf8)))
            } else {
                bytes.append(contentsOf: v.utf8)
            }
        }
        return String(decoding: HeaderText.toUTF8(bytes, charset: charset), as: UTF8.self)
    }

    private static func percentDecode(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < s.count {
            if s[i] == 0x25, i + 2 < s.count,
               let hi = QuotedPrintableDecoder.hexValue(s[i + 1]), let lo = QuotedPrintableDecoder.hexValue(s[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }

    private static func trim(_ s: ArraySlice<UInt8>) -> String {
        var lo = s.startIndex
        var hi = s.endIndex
        while lo < hi && isSpace(s[lo]) { lo += 1 }
        while hi > lo && isSpace(s[hi - 1]) { hi -= 1 }
        return String(decoding: s[lo..<hi], as: UTF8.self)
    }
}
