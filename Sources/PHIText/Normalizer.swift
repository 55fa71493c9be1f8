internal import CICU

/// Unicode normalization for detection: NFKC, so fullwidth digits and compatibility forms match.
public enum Normalizer {
    /// Returns `bytes` (UTF-8) in NFKC, or NFKC_Casefold when `caseFold` is true.
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
                return out
            }
            if written == Int.min {
                return input
            }
            capacity = -written + 16
        }
        return input
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
