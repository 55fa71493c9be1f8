/// Renders a matched value with most characters replaced by `*`, keeping separators.
///
/// Works on bytes: ASCII letters and digits are maskable; other bytes (separators, and the bytes
/// of non-ASCII characters, which mask as one `*` per character) follow the style's rule.
enum Masker {
    static func mask(_ text: String, style: RuleDefinition.MaskStyle) -> String {
        let bytes = Array(text.utf8)
        @inline(__always) func isWord(_ b: UInt8) -> Bool { ((b | 0x20) &- 97) < 26 || (b &- 48) < 10 || b >= 0x80 }
        // Count word characters (a non-ASCII character counts once, at its lead byte).
        var total = 0
        for b in bytes where isWord(b) && (b < 0x80 || b >= 0xC0) { total += 1 }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var seen = 0
        var atWordStart = true
        for b in bytes {
            guard isWord(b) else {
                out.append(b)
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
            if keep && b >= 0x80 {
                out.append(UInt8(ascii: "*"))  // never echo non-ASCII bytes partially
            } else {
                out.append(keep ? b : UInt8(ascii: "*"))
            }
            seen += 1
            atWordStart = false
        }
        return String(decoding: out, as: UTF8.self)
    }
}
