internal import CICU

/// Unicode normalization for detection: NFKC, so fullwidth digits and compatibility forms match,
/// curled single quotes read as the apostrophe, and Arabic-Indic digits as ASCII digits.
public enum Normalizer {
    /// Returns `bytes` (UTF-8) in NFKC, or NFKC_Casefold when `caseFold` is true, with U+2018 and
    /// U+2019 as the ASCII apostrophe and the Arabic-Indic and Eastern Arabic-Indic digits
    /// (U+0660–0669, U+06F0–06F9) as ASCII digits.
    ///
    /// ASCII input is returned unchanged without calling ICU (it is already NFKC).
    public static func nfkc(_ bytes: some Collection<UInt8>, caseFold: Bool = false) -> [UInt8] {
        let input = Array(bytes)
        if !caseFold && input.allSatisfy({ $0 < 0x80 }) {
            return input
        }
        var capacity = input.count * 3 + 16
        for _ in 0..<3 {
            var out = [UInt8](repeating: 0, count: capacity)
            let written = input.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    src.withMemoryRebound(to: CChar.self) { s in
                        dst.withMemoryRebound(to: CChar.self) { d in
                            phi_icu_nfkc(s.baseAddress, s.count, d.baseAddress, d.count, caseFold ? 1 : 0)
                        }
                    }
                }
            }
            if written >= 0 {
                out.removeSubrange(written...)
                return fold(out)
            }
            if written == Int.min {
                return input
            }
            capacity = -written + 16
        }
        return input
    }

    /// `bytes` with the typographic single quotes (U+2018, U+2019) written as the ASCII apostrophe:
    /// mail clients curl the apostrophe as it is typed ("O’Shaughnessy", "Bud’s", "I’m"), and a name
    /// or a keyword reads the same either way. And with the Arabic-Indic digits (U+0660–0669, as
    /// Arabic mail writes a birth date, "٢٠١٩/٠٧/٢٣") and the Eastern Arabic-Indic ones (U+06F0–06F9,
    /// Persian and Urdu) as ASCII digits, so dates, phones and record numbers read as any other.
    /// NFKC leaves both apart.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 == 0xE2 || $0 == 0xD9 || $0 == 0xDB }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 {
                out.append(0x27)
                i += 3
            } else if b == 0xD9, i + 1 < bytes.count, (0xA0...0xA9).contains(bytes[i + 1]) {
                out.append(0x30 + bytes[i + 1] - 0xA0)
                i += 2
            } else if b == 0xDB, i + 1 < bytes.count, (0xB0...0xB9).contains(bytes[i + 1]) {
                out.append(0x30 + bytes[i + 1] - 0xB0)
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// Returns `text` in NFKC (or NFKC_Casefold).
    public static func nfkc(_ text: String, caseFold: Bool = false) -> String {
        String(decoding: nfkc(Array(text.utf8), caseFold: caseFold), as: UTF8.self)
    }

    /// Case-folds `text` for keyword matching (NFKC_Casefold).
    public static func fold(_ text: String) -> String {
        nfkc(text, caseFold: true)
    }
}
