import PHIText

/// Turns the bytes of a text part into UTF-8: a BOM (UTF-8, UTF-16, UTF-32), a declared charset,
/// UTF-16/32 without a BOM (ASCII text with NULs between), UTF-8, else windows-1252.
enum TextDecoding {
    /// The UTF-8 bytes of `bytes`, and whether a fallback guess was needed.
    static func utf8(_ bytes: [UInt8], contentType: String = "") -> (bytes: [UInt8], guessed: Bool) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (Array(String(decoding: bytes.dropFirst(3), as: UTF8.self).utf8), false)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return (convert(bytes.dropFirst(4), "UTF-32LE"), false) }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return (convert(bytes.dropFirst(4), "UTF-32BE"), false) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (convert(bytes.dropFirst(2), "UTF-16LE"), false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (convert(bytes.dropFirst(2), "UTF-16BE"), false) }
        if let charset = charset(of: contentType), !["utf-8", "utf8", "us-ascii", "ascii"].contains(charset),
           CharsetDecoder(charset: charset) != nil {
            return (convert(bytes[...], charset), false)
        }
        if let utf32 = unmarkedUTF32(bytes) { return (convert(bytes[...], utf32), true) }
        if let utf16 = unmarkedUTF16(bytes) { return (convert(bytes[...], utf16), true) }
        if isValidUTF8(bytes) { return (bytes, false) }
        return (convert(bytes[...], "windows-1252"), true)
    }

    /// "UTF-16LE" or "UTF-16BE" when text without a BOM has NULs in every other byte (ASCII in UTF-16).
    static func unmarkedUTF16(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 >= half * 7 && evenZeros * 10 < half { return "UTF-16LE" }
        if evenZeros * 10 >= half * 7 && oddZeros * 10 < half { return "UTF-16BE" }
        return nil
    }

    /// "UTF-32LE" or "UTF-32BE" when text without a BOM has three NULs in every four bytes.
    static func unmarkedUTF32(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 16 else { return nil }
        var zeros = [0, 0, 0, 0]
        for (i, b) in sample.enumerated() where b == 0 { zeros[i % 4] += 1 }
        let quarter = sample.count / 4
        let high = zeros[1] * 10 >= quarter * 9 && zeros[2] * 10 >= quarter * 9
        if high && zeros[3] * 10 >= quarter * 9 && zeros[0] * 10 < quarter { return "UTF-32LE" }
        if high && zeros[0] * 10 >= quarter * 9 && zeros[3] * 10 < quarter { return "UTF-32BE" }
        return nil
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
