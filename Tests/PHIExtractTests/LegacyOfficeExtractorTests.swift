import Testing
@testable import PHIExtract

@Suite("LegacyOfficeExtractor")
struct LegacyOfficeExtractorTests {
    @Test("knows an OLE file by its stream names")
    func sniff() throws {
        #expect(LegacyOfficeExtractor.sniff(try Spool(ArchiveBuilder.fixture("legacy.doc"))) == .word)
        #expect(LegacyOfficeExtractor.sniff(try Spool(ArchiveBuilder.fixture("legacy.xls"))) == .excel)
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)
        let msg = ole + Array("__substg1.0_0037001F".utf8).flatMap { [$0, 0] }
        #expect(LegacyOfficeExtractor.sniff(try Spool(msg)) == .outlook)
        #expect(LegacyOfficeExtractor.sniff(try Spool(ole)) == .unknown)
    }

    @Test("reads a Word 97 document through antiword")
    func word() {
        let result = Extractor.extract(ArchiveBuilder.fixture("legacy.doc"), contentType: "application/msword", filename: "letter.doc")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.map(\.path) == ["letter.doc"])
        #expect(result.segments.first?.text.contains("SSN 536-90-4399 DOB 03/14/1961") == true)
    }

    @Test("falls back to catdoc when antiword cannot read the document")
    func catdoc() {
        var limits = ExtractLimits()
        limits.antiwordPath = "/nonexistent/antiword"
        let result = Extractor.extract(ArchiveBuilder.fixture("legacy.doc"), contentType: "", filename: "letter.doc", limits: limits)
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.first?.text.contains("536-90-4399") == true)
    }

    @Test("a Word document neither converter can read is unscannable")
    func noConverter() {
        var limits = ExtractLimits()
        limits.antiwordPath = "/nonexistent/antiword"
        limits.catdocPath = "/nonexistent/catdoc"
        let result = Extractor.extract(ArchiveBuilder.fixture("legacy.doc"), contentType: "", filename: "letter.doc", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "office.legacy", path: "letter.doc")])
    }

    @Test("reads an Excel 97 workbook as a table with its header row")
    func excel() {
        let result = Extractor.extract(ArchiveBuilder.fixture("legacy.xls"), contentType: "application/vnd.ms-excel", filename: "list.xls")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments == [TextSegment(path: "list.xls", text: "Name: Jane Roe\nSSN: 536-90-4399\nDOB: 03/14/1961\n")])
    }

    @Test("an Outlook .msg stays unscannable")
    func outlook() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)
        let result = Extractor.extract(ole + Array("__substg1.0_".utf8).flatMap { [$0, 0] }, contentType: "", filename: "fwd.msg")
        #expect(result.unscannable == [ExtractProblem(code: "office.legacy", path: "fwd.msg")])
    }

    @Test("never traps on damaged copies")
    func mutations() {
        for fixture in ["legacy.doc", "legacy.xls"] {
            let original = ArchiveBuilder.fixture(fixture)
            var state: UInt32 = 3
            for round in 0..<12 {
                var bytes = original
                for _ in 0..<(1 + round) {
                    state = state &* 1_103_515_245 &+ 12_345
                    bytes[8 + Int(state >> 8) % (bytes.count - 8)] = UInt8(truncatingIfNeeded: state >> 2)
                }
                _ = Extractor.extract(bytes, contentType: "", filename: fixture)
            }
        }
    }
}
