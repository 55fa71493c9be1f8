/// RFC 2047 encoded words in an unstructured header value, for callers outside the MIME walker.
public enum EncodedWords {
    /// The value with its encoded words decoded to UTF-8, exactly as the walker reads headers.
    public static func decode(_ value: String) -> String {
        HeaderText.decodeEncodedWords(value)
    }

    /// The value as a header may carry it: unchanged when it is printable ASCII, else UTF-8
    /// `B` encoded words of at most 75 characters each (never splitting a character), joined by
    /// a space (one line: a milter's header change is not refolded).
    public static func encode(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7f }) { return value }
        var words: [String] = []
        var chunk: [UInt8] = []
        for ch in value.unicodeScalars {
            let bytes = Array(String(ch).utf8)
            // 45 bytes → 60 base64 characters + 12 for "=?UTF-8?B?" and "?=" = 72 ≤ 75.
            if chunk.count + bytes.count > 45 {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: " ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + base64(bytes) + "?="
    }

    private static func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(table[Int(b0 >> 2)])
            out.append(table[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? table[Int((b1 & 0x0f) << 2 | b2 >> 6)] : 0x3d)
            out.append(i + 2 < bytes.count ? table[Int(b2 & 0x3f)] : 0x3d)
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
