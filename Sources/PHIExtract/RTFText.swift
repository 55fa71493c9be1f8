/// Plain text from RTF: control words dropped, `\par` and `\line` as newlines, `\tab` as a tab,
/// `\'hh` as windows-1252, `\uN` as Unicode; destinations such as font tables, pictures and
/// `{\*\...}` groups skipped.
enum RTFText {
    /// The UTF-8 text of an RTF document.
    static func text(of bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var ansi: [UInt8] = []
        var skipStack: [Bool] = [false]
        var ucSkip = 0
        var i = 0
        let n = bytes.count
        func flushAnsi() {
            if !ansi.isEmpty {
                out += TextDecoding.utf8(ansi, contentType: "text/plain; charset=windows-1252").bytes
                ansi.removeAll()
            }
        }
        let destinations: Set<String> = [
            "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "themedata", "colorschememapping",
            "latentstyles", "datastore", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator",
            "header", "footer", "fldinst", "bkmkstart", "bkmkend", "filetbl", "revtbl", "pgdsctbl",
        ]
        while i < n {
            let b = bytes[i]
            let skipping = skipStack.last ?? false
            if b == UInt8(ascii: "{") {
                if skipStack.count < 512 { skipStack.append(skipping) }
                i += 1
            } else if b == UInt8(ascii: "}") {
                if skipStack.count > 1 { skipStack.removeLast() }
                i += 1
            } else if b == UInt8(ascii: "\\") {
                i += 1
                guard i < n else { break }
                let c = bytes[i]
                if c == UInt8(ascii: "'") {
                    if i + 2 < n, let v = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                        if !skipping {
                            if ucSkip > 0 { ucSkip -= 1 } else { ansi.append(v) }
                        }
                    }
                    i += 3
                } else if c == UInt8(ascii: "*") {
                    skipStack[skipStack.count - 1] = true
                    i += 1
                } else if MarkupTokenizer.isLetter(c) {
                    var word: [UInt8] = []
                    while i < n && MarkupTokenizer.isLetter(bytes[i]) && word.count < 32 { word.append(bytes[i]); i += 1 }
                    var digits: [UInt8] = []
                    if i < n && bytes[i] == UInt8(ascii: "-") { digits.append(bytes[i]); i += 1 }
                    while i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39 && digits.count < 12 { digits.append(bytes[i]); i += 1 }
                    if i < n && bytes[i] == 0x20 { i += 1 }
                    let name = String(decoding: word, as: UTF8.self)
                    let param = Int(String(decoding: digits, as: UTF8.self))
                    if destinations.contains(name) { skipStack[skipStack.count - 1] = true; continue }
                    if skipping { continue }
                    switch name {
                    case "par", "line", "row", "sect", "page":
                        flushAnsi(); out.append(0x0A)
                    case "tab", "cell":
                        flushAnsi(); out.append(0x09)
                    case "u":
                        flushAnsi()
                        if let v = param { out += EntityDecoder.utf8(unicodeScalar(v)); ucSkip = 1 }
                    default:
                        break
                    }
                } else {
                    if !skipping {
                        flushAnsi()
                        if c == UInt8(ascii: "~") { out.append(0x20) } else if c == 0x0A || c == 0x0D { out.append(0x0A) }
                        else if c != UInt8(ascii: "-") && c != UInt8(ascii: "_") { out.append(c) }
                    }
                    i += 1
                }
            } else {
                if !skipping && b != 0x0A && b != 0x0D {
                    if ucSkip > 0 { ucSkip -= 1 } else { ansi.append(b) }
                }
                i += 1
            }
        }
        flushAnsi()
        return out
    }

    /// The scalar value of a `\uN` parameter: RTF writes values above 32767 as negative 16-bit
    /// numbers; anything outside -32768...65535 is not a character and becomes U+FFFD.
    static func unicodeScalar(_ parameter: Int) -> UInt32 {
        switch parameter {
        case -32_768..<0: return UInt32(truncatingIfNeeded: parameter + 65_536)
        case 0...65_535: return UInt32(truncatingIfNeeded: parameter)
        default: return 0xFFFD
        }
    }
}
