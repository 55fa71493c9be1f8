/// Renders a matched value with most characters replaced by `*`, keeping separators.
///
/// Works on bytes: ASCII letters and digits are maskable; other bytes (separators, and the bytes
/// of non-ASCII characters, which mask as one `*` per character) follow the style's rule. Control
/// characters (a line break inside a match) become spaces, so a rendering is always one line.
public enum Masker {
    /// Masks `text` in `style` (for finding sources outside the scanner, such as exact data match).
    public static func mask(_ text: String, style: RuleDefinition.MaskStyle) -> String {
        var text = text
        return text.withUTF8 { mask($0, style: style) }
    }

    /// Masks the UTF-8 `bytes` of a match; ill-formed sequences count as U+FFFD, as in a `String`.
    static func mask(_ bytes: UnsafeBufferPointer<UInt8>, style: RuleDefinition.MaskStyle) -> String {
        if Scanner.isASCII(bytes) { return maskWellFormed(bytes, style: style) }
        var text = String(decoding: bytes, as: UTF8.self)
        return text.withUTF8 { maskWellFormed($0, style: style) }
    }

    /// Masks well-formed UTF-8 straight into the result (one byte out per ASCII byte or character).
    private static func maskWellFormed(_ bytes: UnsafeBufferPointer<UInt8>, style: RuleDefinition.MaskStyle) -> String {
        @inline(__always) func isWord(_ b: UInt8) -> Bool { ((b | 0x20) &- 97) < 26 || (b &- 48) < 10 || b >= 0x80 }
        // Count word characters (a non-ASCII character counts once, at its lead byte).
        var total = 0
        for b in bytes where isWord(b) && (b < 0x80 || b >= 0xC0) { total += 1 }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var seen = 0
            var atWordStart = true
            for b in bytes {
                guard isWord(b) else {
                    out[n] = b < 0x20 ? UInt8(ascii: " ") : b  // a match across lines stays on one line
                    n += 1
                    atWordStart = true
                    continue
                }
                if b >= 0x80 && b < 0xC0 { continue }  // continuation byte of a masked character
                let keep: Bool
                switch style {
                case .all: keep = false
                case .initials: keep = atWordStart
                case .last4: keep = total >= 8 ? seen >= total - 4 : seen == 0
                }
                // Never echo non-ASCII bytes partially.
                out[n] = keep && b < 0x80 ? b : UInt8(ascii: "*")
                n += 1
                seen += 1
                atWordStart = false
            }
            return n
        }
    }
}
