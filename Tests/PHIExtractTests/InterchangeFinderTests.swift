import Testing
@testable import PHIExtract

/// Interchange documents found in running text, at any chunking. All data made up.
@Suite("InterchangeFinder")
struct InterchangeFinderTests {
    static let text = "Hi,\r\nsee the feed:\r\n\r\n> MSH|^~\\&|A|B|C|D|20240304||ADT^A01|1|P|2.5\r\n"
        + "> PID|1||00482913^^^H^MR||LOPEZ^MARIA||19620314\r\n>\r\n> thanks\r\n"
        + "ISA*00*          *00*          *ZZ*S              *ZZ*R              *240304*0930*^*00501*000000001*0*P*:~"
        + "NM1*IL*1*LOPEZ*MARIA****MI*W884512097~DMG*D8*19620314~IEA*1*1~\nbye\n"

    static func events(_ bytes: [UInt8], size: Int) -> [InterchangeFinder.Event] {
        var finder = InterchangeFinder()
        var out: [InterchangeFinder.Event] = []
        var at = 0
        while at < bytes.count {
            out += finder.feed(Array(bytes[at..<min(bytes.count, at + size)]))
            at += size
        }
        return out + finder.finish()
    }

    @Test("an HL7 message and an X12 interchange are found, with the same events at any chunk size",
          arguments: [1, 7, 4096, 65535])
    func chunks(size: Int) {
        let bytes = Array(Self.text.utf8)
        let events = Self.events(bytes, size: size)
        #expect(events == Self.events(bytes, size: 65535))
        #expect(events.first == .start(line: 4, format: "hl7"))
        #expect(events.contains(.start(line: 8, format: "x12")))
        let text = events.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
        #expect(text.contains("MRN: 00482913"))
        #expect(text.contains("Member ID: W884512097"))
        let spans = events.compactMap { if case .end(let r) = $0 { r } else { nil } }
        #expect(spans.count == 2)
        let hl7 = String(decoding: bytes[spans[0]], as: UTF8.self)
        #expect(hl7.hasPrefix("> MSH|") && hl7.hasSuffix("19620314"))
    }

    @Test("prose about HL7 fields is not a document")
    func prose() {
        let text = "The MSH segment comes first; PID|3 holds identifiers and ISA starts X12.\n"
        #expect(Self.events(Array(text.utf8), size: 7).isEmpty)
    }
}
