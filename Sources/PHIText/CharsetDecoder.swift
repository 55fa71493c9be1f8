internal import CICU

/// A streaming converter from a named charset to UTF-8, through ICU.
///
/// Feed bytes in chunks split anywhere; a multi-byte sequence cut by a chunk edge is kept
/// until the next chunk. Invalid sequences become U+FFFD. Not thread-safe: one per part.
public final class CharsetDecoder {
    private let converter: OpaquePointer
    /// ICU's name for the charset actually used.
    public let charset: String

    /// Opens a decoder for `charset`; returns nil when ICU does not know the name.
    public init?(charset: String) {
        let trimmed = charset.trimming(" \t\"'")
        guard !trimmed.isEmpty, trimmed.utf8.count < 64,
              let conv = phi_icu_converter_open(trimmed) else { return nil }
        self.converter = conv
        self.charset = trimmed
    }

    deinit { phi_icu_converter_close(self.converter) }

    /// Converts the next chunk; with `flush`, also ends any incomplete sequence.
    public func decode(_ bytes: some Collection<UInt8>, flush: Bool = false) -> [UInt8] {
        let input = Array(bytes)
        if input.isEmpty && !flush { return [] }
        // At most two UTF-16 units per input byte (plus a flush) and three UTF-8 bytes per unit.
        var out = [UInt8](repeating: 0, count: input.count * 6 + 48)
        let written = input.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                src.withMemoryRebound(to: CChar.self) { s in
                    dst.withMemoryRebound(to: CChar.self) { d in
                        phi_icu_converter_to_utf8(self.converter, s.baseAddress, s.count, d.baseAddress, d.count,
                                                  flush ? 1 : 0)
                    }
                }
            }
        }
        guard written > 0 else { return [] }
        out.removeSubrange(written...)
        return out
    }

    /// Guesses the charset of a sample with ICU's detector: (name, confidence 0-100), or nil.
    public static func detect(_ sample: some Collection<UInt8>) -> (name: String, confidence: Int)? {
        let input = Array(sample.prefix(65_536))
        guard !input.isEmpty else { return nil }
        var name = [CChar](repeating: 0, count: 64)
        let confidence = input.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) { s in
                phi_icu_detect(s.baseAddress, s.count, &name, name.count)
            }
        }
        guard confidence >= 0 else { return nil }
        let bytes = name.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        return (String(decoding: bytes, as: UTF8.self), Int(confidence))
    }
}
