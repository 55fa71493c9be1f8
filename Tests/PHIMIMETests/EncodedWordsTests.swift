import PHIMIME
import Testing

@Suite("EncodedWords")
struct EncodedWordsTests {
    @Test("printable ASCII is left alone; other text becomes UTF-8 B words that decode back", arguments: [
        "lunch plans", "Résultats de laboratoire", "", "检查结果 — 下周二复诊", String(repeating: "é", count: 100),
        "emoji 🩺 and ASCII mixed with ümlauts over a long line to force several words in the header",
    ])
    func roundTrip(text: String) {
        let encoded = EncodedWords.encode(text)
        #expect(EncodedWords.decode(encoded) == text)
        if text.unicodeScalars.allSatisfy({ $0.isASCII }) {
            #expect(encoded == text)
        } else {
            let words = encoded.split(separator: " ")
            #expect(words.allSatisfy { $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        }
    }

    @Test("decode reads Q and B words in any case, as the walker does")
    func decode() {
        #expect(EncodedWords.decode("=?utf-8?q?=5Bsecure=5D_R=C3=A9sultats?=") == "[secure] Résultats")
        #expect(EncodedWords.decode("plain =? not a word") == "plain =? not a word")
    }
}
