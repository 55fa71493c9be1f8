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

    static let fragments = "Looked at the 835:\n\nCLP*HZ5521983*4*420*0**12*2611020098132*11*1~\n"
        + "NM1*QC*1*GUPTA*RAVI*K***MI*ZB4410029931~\nDMG*D8*19660208*M~\n\nSo it bundled.\n"
        + "> PID|1||4471229^^^SMH^MR||OKAFOR^GRACE^A||19520314|F\n> OBX|1|NM|2345-7^GLUCOSE||248|mg/dL\nthanks\n"

    @Test("X12 and HL7 segments pasted without their headers are read, at any chunk size",
          arguments: [1, 7, 4096, 65535])
    func headerless(size: Int) {
        let bytes = Array(Self.fragments.utf8)
        let events = Self.events(bytes, size: size)
        #expect(events == Self.events(bytes, size: 65535))
        #expect(events.first == .start(line: 3, format: "x12"))
        #expect(events.contains(.start(line: 8, format: "hl7")))
        let text = events.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
        #expect(text.contains("Member ID: ZB4410029931"))
        #expect(text.contains("MRN: 4471229"))
        #expect(events.filter { if case .end = $0 { true } else { false } }.count == 2)
    }

    @Test("prose that opens with a segment id is not a document", arguments: [
        "HI* all, the ST meeting moved\n", "PID| is the patient segment\n", "NM1 holds names*\n",
    ])
    func segmentWordsInProse(_ text: String) {
        #expect(Self.events(Array(text.utf8), size: 7).isEmpty)
    }

    @Test("prose about HL7 fields is not a document")
    func prose() {
        let text = "The MSH segment comes first; PID|3 holds identifiers and ISA starts X12.\n"
        #expect(Self.events(Array(text.utf8), size: 7).isEmpty)
    }

    static let fhirText = "Hi,\r\nthe resource:\r\n{\r\n  \"resourceType\": \"Patient\",\r\n"
        + "  \"identifier\": [{\"type\": {\"coding\": [{\"code\": \"MR\"}]}, \"value\": \"00482913\"}],\r\n"
        + "  \"name\": [{\"family\": \"Lopez\", \"given\": [\"Maria\"]}],\r\n  \"birthDate\": \"1962-03-14\"\r\n}\r\n"
        + "and in XML, quoted:\r\n> <?xml version=\"1.0\"?>\r\n> <Patient xmlns=\"http://hl7.org/fhir\">\r\n"
        + ">   <identifier><system value=\"http://hl7.org/fhir/sid/us-ssn\"/><value value=\"536-90-4399\"/></identifier>\r\n"
        + ">   <name><family value=\"Garcia\"/><given value=\"Robert\"/></name>\r\n>   <birthDate value=\"1951-02-11\"/>\r\n"
        + "> </Patient>\r\n"
        + "{\"resourceType\":\"Coverage\",\"subscriberId\":\"W884512097\",\"payor\":[{\"display\":\"Acme Health\"}]} thanks\r\nbye"

    @Test("FHIR JSON and XML pasted or quoted in text are found, with the same events at any chunk size",
          arguments: [1, 7, 4096, 65535])
    func fhirChunks(size: Int) {
        let bytes = Array(Self.fhirText.utf8)
        let events = Self.events(bytes, size: size)
        #expect(events == Self.events(bytes, size: 65535))
        #expect(events.filter { if case .start = $0 { true } else { false } }
            == [.start(line: 3, format: "fhir"), .start(line: 10, format: "fhir"), .start(line: 16, format: "fhir")])
        let text = events.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
        #expect(text.contains("Patient Name: Lopez, Maria\n") && text.contains("MRN: 00482913\n"))
        #expect(text.contains("Patient Name: Garcia, Robert\n") && text.contains("SSN: 536-90-4399\n"))
        #expect(text.contains("Member ID: W884512097\n"))
        let spans = events.compactMap { if case .end(let r) = $0 { r } else { nil } }
        #expect(spans.count == 3)
        let json = String(decoding: bytes[spans[0]], as: UTF8.self)
        #expect(json.hasPrefix("{\r\n  \"resourceType\"") && json.hasSuffix("}"))
        let xml = String(decoding: bytes[spans[1]], as: UTF8.self)
        #expect(xml.hasPrefix("> <?xml") && xml.hasSuffix("</Patient>"))
    }

    @Test("braces, links and markup that are not FHIR are not documents, and an HL7 message after them is still found",
          arguments: [1, 7, 65535])
    func notFHIR(size: Int) {
        let text = "{\n  \"name\": \"build\"\n}\n<https://example.org/a>\n<b>bold</b>\n<?xml version=\"1.0\"?>\n<note/>\n"
            + "{\n\"resourceType\": \"Patient\", \"name\": [{\"family\": \"Lopez\"\n"
            + "MSH|^~\\&|A|B|C|D|20240304||ADT^A01|1|P|2.5\nPID|1||00482913^^^H^MR||LOPEZ^MARIA\n"
        let events = Self.events(Array(text.utf8), size: size)
        #expect(events.filter { if case .start = $0 { true } else { false } } == [.start(line: 10, format: "hl7")])
    }

    @Test("a FHIR resource right after an HL7 message, with LF line ends, is its own document", arguments: [1, 7, 65535])
    func fhirAfterHL7(size: Int) {
        let text = "MSH|^~\\&|A|B|C|D|20240304||ADT^A01|1|P|2.5\nPID|1||00482913^^^H^MR||LOPEZ^MARIA\n"
            + "{\"resourceType\": \"Patient\",\n\"name\": [{\"family\": \"Garcia\", \"given\": [\"Robert\"]}]}\nbye\n"
        let events = Self.events(Array(text.utf8), size: size)
        #expect(events.filter { if case .start = $0 { true } else { false } }
            == [.start(line: 1, format: "hl7"), .start(line: 3, format: "fhir")])
        let text2 = events.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
        #expect(text2.contains("Patient Name: Garcia, Robert\n"))
    }
}
