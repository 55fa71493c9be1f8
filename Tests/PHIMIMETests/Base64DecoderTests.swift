import Testing
@testable import PHIMIME

/// Tolerant, incremental base64.
@Suite struct Base64DecoderTests {
    static func decode(_ s: String, chunk: Int = 1000) -> (bytes: [UInt8], bad: Bool) {
        Feeding.decode(Base64Decoder(), s, chunk: chunk)
    }

    @Test("decodes the same at every chunk size, across line ends")
    func chunks() {
        for size in [1, 2, 3, 5, 7, 100] {
            let r = Self.decode("SGVs\r\nbG8g\nV29y bGQ=", chunk: size)
            #expect(String(decoding: r.bytes, as: UTF8.self) == "Hello World")
            #expect(!r.bad)
        }
    }

    @Test("missing padding, stray characters and truncation still decode, flagged")
    func tolerant() {
        #expect(Self.decode("SGk").bytes == Array("Hi".utf8))
        #expect(Self.decode("SGk").bad)
        let stray = Self.decode("SG*V!sbG8")
        #expect(String(decoding: stray.bytes, as: UTF8.self) == "Hello")
        #expect(stray.bad)
        #expect(Self.decode("S").bad)
        #expect(Self.decode("").bytes.isEmpty)
    }

    @Test("padding in the middle ends a quantum, so concatenated base64 decodes")
    func concatenated() {
        let r = Self.decode("SGk=SGk=====")
        #expect(r.bytes == Array("HiHi".utf8))
    }
}
