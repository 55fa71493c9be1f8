/// The one decision on what Unicode encoding text bytes show by themselves: a byte order mark
/// (UTF-8, UTF-16, UTF-32), or UTF-16/32 without one (ASCII text with NULs between its bytes).
///
/// The bytes outrank a declared charset: a UTF-16 part labelled `utf-8`, `us-ascii` or
/// `windows-1252` (mail clients and exporters do this) is UTF-16. Both the MIME walker's
/// streaming text converter and the extractor's text decoding ask this, on the same first
/// `sampleBytes` bytes, so a part and the same bytes attached are decoded alike, at any chunking.
public enum TextEncodingSniff {
    /// How many bytes from the start the decision reads.
    public static let sampleBytes = 1024

    /// What the bytes show: the ICU charset name to decode with and how many BOM bytes to skip.
    public struct Shown: Equatable, Sendable {
        public let charset: String
        public let bomLength: Int
    }

    /// The encoding the first bytes show, or nil when they show none (the declared charset, or a
    /// guess, decides). Pass at least `sampleBytes` bytes when there are that many.
    public static func shown(by bytes: some Collection<UInt8>) -> Shown? {
        let p = Array(bytes.prefix(sampleBytes))
        if p.starts(with: [0xEF, 0xBB, 0xBF]) { return Shown(charset: "UTF-8", bomLength: 3) }
        if p.starts(with: [0xFF, 0xFE, 0, 0]) { return Shown(charset: "UTF-32LE", bomLength: 4) }
        if p.starts(with: [0, 0, 0xFE, 0xFF]) { return Shown(charset: "UTF-32BE", bomLength: 4) }
        if p.starts(with: [0xFF, 0xFE]) { return Shown(charset: "UTF-16LE", bomLength: 2) }
        if p.starts(with: [0xFE, 0xFF]) { return Shown(charset: "UTF-16BE", bomLength: 2) }
        if let utf32 = unmarkedUTF32(p) { return Shown(charset: utf32, bomLength: 0) }
        if let utf16 = unmarkedUTF16(p) { return Shown(charset: utf16, bomLength: 0) }
        return nil
    }

    /// "UTF-16LE" or "UTF-16BE" when text without a BOM has NULs in every other byte (ASCII in UTF-16).
    public static func unmarkedUTF16(_ bytes: some Collection<UInt8>) -> String? {
        let sample = bytes.prefix(sampleBytes)
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
    public static func unmarkedUTF32(_ bytes: some Collection<UInt8>) -> String? {
        let sample = bytes.prefix(sampleBytes)
        guard sample.count >= 16 else { return nil }
        var zeros = [0, 0, 0, 0]
        for (i, b) in sample.enumerated() where b == 0 { zeros[i % 4] += 1 }
        let quarter = sample.count / 4
        let high = zeros[1] * 10 >= quarter * 9 && zeros[2] * 10 >= quarter * 9
        if high && zeros[3] * 10 >= quarter * 9 && zeros[0] * 10 < quarter { return "UTF-32LE" }
        if high && zeros[0] * 10 >= quarter * 9 && zeros[3] * 10 < quarter { return "UTF-32BE" }
        return nil
    }
}
