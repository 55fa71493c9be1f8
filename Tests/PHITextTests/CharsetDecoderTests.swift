import Testing
@testable import PHIText

@Suite("CharsetDecoder")
struct CharsetDecoderTests {
    /// The UTF-8 of `bytes` fed in chunks of `size`.
    static func decoded(_ charset: String, _ bytes: [UInt8], size: Int) -> [UInt8] {
        guard let decoder = CharsetDecoder(charset: charset) else { return [] }
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            out += decoder.decode(bytes[i..<min(i + size, bytes.count)])
            i += size
        }
        return out + decoder.decode([], flush: true)
    }

    @Test("a character outside the BMP decodes alike however its surrogate pair is split (found by fuzzing)",
          arguments: [("utf-7", Array("Pt: +2D3cEQ- Nguyen".utf8)),
                      ("utf-16le", [0x50, 0x00, 0x3D, 0xD8, 0x11, 0xDC, 0x21, 0x00])])
    func surrogatePairs(charset: String, bytes: [UInt8]) {
        let whole = Self.decoded(charset, bytes, size: bytes.count)
        #expect(String(decoding: whole, as: UTF8.self).unicodeScalars.contains { $0.value >= 0x10000 })
        #expect(!whole.contains(0xEF))  // no U+FFFD (EF BF BD)
        for size in 1...4 { #expect(Self.decoded(charset, bytes, size: size) == whole, "size \(size)") }
    }

    @Test("a lead surrogate with no trail at the end still becomes U+FFFD")
    func loneLead() {
        #expect(Self.decoded("utf-16le", [0x41, 0x00, 0x3D, 0xD8], size: 2) == Array("A\u{FFFD}".utf8))
    }
}
