import PHIText

/// Turns the bytes of a text part into UTF-8: the encoding the bytes show (a BOM, or UTF-16/32
/// without one: `TextEncodingSniff`, the same decision the MIME walker takes), else a declared
/// charset, else UTF-8, else windows-1252.
enum TextDecoding {
    /// The UTF-8 bytes of `bytes`, and whether a fallback guess was needed.
    static func utf8(_ bytes: [UInt8], contentType: String = "") -> (bytes: [UInt8], guessed: Bool) {
        if let shown = TextEncodingSniff.shown(by: bytes) {
            let body = bytes.dropFirst(shown.bomLength)
            if shown.charset == "UTF-8" { return (Array(String(decoding: body, as: UTF8.self).utf8), false) }
            return (convert(body, shown.charset), shown.bomLength == 0)
        }
        if let charset = charset(of: contentType), !["utf-8", "utf8", "us-ascii", "ascii"].contains(charset),
           CharsetDecoder(charset: charset) != nil {
            return (convert(bytes[...], charset), false)
        }
        if isValidUTF8(bytes) { return (bytes, false) }
        return (convert(bytes[...], "windows-1252"), true)
    }

    /// True when `bytes` is well-formed UTF-8.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    /// The lowercased `charset` parameter of a content type, if any.
    static func charset(of contentType: String) -> String? {
        for param in contentType.split(separator: ";").dropFirst() {
            let pair = param.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimming(" \t").lowercased() == "charset" else { continue }
            let value = pair[1].trimming(" \t\"'").lowercased()
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func convert(_ bytes: ArraySlice<UInt8>, _ charset: String) -> [UInt8] {
        guard let decoder = CharsetDecoder(charset: charset) else {
            return Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        return decoder.decode(bytes, flush: true)
    }
}
