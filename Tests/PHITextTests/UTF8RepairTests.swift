import Testing
import PHIText

/// Streaming UTF-8 validation and repair.
@Suite struct UTF8RepairTests {
    static func repair(_ bytes: [UInt8], chunk: Int) -> [UInt8] {
        var r = UTF8Repair()
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let end = min(bytes.count, i + chunk)
            out += r.repair(bytes[i..<end])
            i = end
        }
        return out + r.repair([], flush: true)
    }

    @Test("valid UTF-8 passes unchanged at every chunk size")
    func valid() {
        let text = Array("ASCII, café, 日本語, 😀 and more".utf8)
        for size in [1, 2, 3, 7, 4096] {
            #expect(Self.repair(text, chunk: size) == text)
        }
    }

    @Test("invalid sequences become U+FFFD per maximal subpart, at every chunk size")
    func invalid() {
        let fffd: [UInt8] = [0xEF, 0xBF, 0xBD]
        let cases: [([UInt8], [UInt8])] = [
            ([0x61, 0xFF, 0x62], [0x61] + fffd + [0x62]),
            ([0xE2, 0x82, 0x41], fffd + [0x41]),          // truncated 3-byte sequence
            ([0xC0, 0xAF], fffd + fffd),                  // overlong
            ([0xED, 0xA0, 0x80], fffd + fffd + fffd),     // surrogate
            ([0xF4, 0x90, 0x80, 0x80], fffd + fffd + fffd + fffd),
            ([0x41, 0xF0, 0x9F, 0x98], [0x41] + fffd),    // cut at the end, flushed
        ]
        for (input, expected) in cases {
            for size in [1, 2, 3, 100] {
                #expect(Self.repair(input, chunk: size) == expected, "\(input) at \(size)")
            }
        }
    }

    @Test("isValid accepts a sequence cut at the end only when asked")
    func isValid() {
        #expect(UTF8Repair.isValid(Array("é".utf8)))
        #expect(!UTF8Repair.isValid([0xC3]))
        #expect(UTF8Repair.isValid([0x41, 0xC3], allowTruncatedEnd: true))
        #expect(!UTF8Repair.isValid([0xC3, 0x41], allowTruncatedEnd: true))
    }
}
