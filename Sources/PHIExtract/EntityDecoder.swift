/// Decodes XML and HTML character references (`&amp;`, `&#233;`, `&#x1F600;`, `&nbsp;`) to UTF-8.
enum EntityDecoder {
    /// Decodes the body of a reference (between `&` and `;`), or nil when unknown.
    static func decode(_ body: [UInt8], html: Bool) -> [UInt8]? {
        guard let first = body.first else { return nil }
        if first == UInt8(ascii: "#") {
            return numeric(body.dropFirst(), html: html)
        }
        let key = String(decoding: body, as: UTF8.self)
        switch key {
        case "amp": return [UInt8(ascii: "&")]
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default: break
        }
        guard html else { return nil }
        if key == "nbsp" { return [0x20] }
        if key == "shy" { return [] }
        if let scalar = named[key] { return utf8(scalar) }
        return nil
    }

    /// Decodes a reference written without `;` (HTML's legacy forms such as `&amp` and `&nbsp`).
    static func decodeLegacy(_ body: [UInt8]) -> [UInt8]? {
        guard let first = body.first else { return nil }
        if first == UInt8(ascii: "#") { return numeric(body.dropFirst(), html: true) }
        let key = String(decoding: body, as: UTF8.self)
        guard ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"].contains(key) else { return nil }
        return decode(body, html: true)
    }

    /// Decodes every reference in `bytes` (for attribute values).
    static func decodeAll(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return bytes }
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), let semi = bytes[i...].prefix(34).firstIndex(of: UInt8(ascii: ";")),
               let decoded = decode(Array(bytes[(i + 1)..<semi]), html: true) {
                out.append(contentsOf: decoded)
                i = semi + 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private static func numeric(_ digits: ArraySlice<UInt8>, html: Bool) -> [UInt8]? {
        var radix: UInt32 = 10
        var body = digits
        if let x = body.first, x | 0x20 == UInt8(ascii: "x") {
            radix = 16
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.count <= 8 else { return nil }
        var value: UInt32 = 0
        for b in body {
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x61...0x66 where radix == 16: d = UInt32(b - 0x61 + 10)
            case 0x41...0x46 where radix == 16: d = UInt32(b - 0x41 + 10)
            default: return nil
            }
            value = value &* radix &+ d
        }
        if html && value >= 0x80 && value <= 0x9F {
            value = cp1252[Int(value - 0x80)]
        }
        if value == 0xA0 && html { return [0x20] }
        return utf8(value)
    }

    /// UTF-8 of a scalar value; invalid values become U+FFFD.
    static func utf8(_ value: UInt32) -> [UInt8] {
        let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
        return Array(String(Character(scalar)).utf8)
    }

    private static let cp1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E,
            "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
            "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022,
            "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039,
            "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122, "larr": 0x2190, "rarr": 0x2192, "minus": 0x2212,
            "OElig": 0x0152, "oelig": 0x0153, "Scaron": 0x0160, "scaron": 0x0161, "Yuml": 0x0178, "fnof": 0x0192,
            "circ": 0x02C6, "tilde": 0x02DC, "alpha": 0x03B1, "beta": 0x03B2, "mu": 0x03BC, "le": 0x2264,
            "ge": 0x2265, "ne": 0x2260, "check": 0x2713,
        ]
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
            acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde \
            Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute \
            Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde \
            auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute \
            ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, word) in latin1.split(separator: " ").enumerated() {
            table[String(word)] = 0xA0 + UInt32(offset)
        }
        return table
    }()
}
