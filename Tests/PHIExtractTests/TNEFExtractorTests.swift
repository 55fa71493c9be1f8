import Testing
@testable import PHIExtract

@Suite("TNEFExtractor")
struct TNEFExtractorTests {
    @Test("knows TNEF by its magic number and its content type")
    func kind() {
        let magic: [UInt8] = [0x78, 0x9F, 0x3E, 0x22, 0x01, 0x00]
        #expect(Extractor.kind(contentType: "application/octet-stream", filename: "winmail.dat", prefix: magic) == .tnef)
        #expect(Extractor.kind(contentType: "application/ms-tnef", filename: nil, prefix: []) == .tnef)
        #expect(Extractor.kind(contentType: "application/vnd.ms-tnef", filename: "x", prefix: []) == .tnef)
    }

    @Test("extracts the body and each attachment by its kind")
    func attachments() {
        let result = Extractor.extract(ArchiveBuilder.fixture("winmail.dat"), contentType: "application/ms-tnef", filename: "winmail.dat")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.map(\.path) == ["winmail.dat/message.txt", "winmail.dat/patients.csv"])
        #expect(result.segments.first?.text.contains("attached list") == true)
        let table = result.segments.last?.text ?? ""
        #expect(table.contains("SSN: 536-90-4399"))
        #expect(table.contains("Diagnosis: type 2 diabetes"))
    }

    @Test("counts unpacked files against the message's file budget")
    func budget() {
        var limits = ExtractLimits()
        limits.maxFiles = 1
        let result = Extractor.extract(ArchiveBuilder.fixture("winmail.dat"), contentType: "", filename: "winmail.dat", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "archive.too_many_files", path: "winmail.dat")])
        #expect(result.segments.count == 1)
    }

    @Test("a damaged stream is unscannable")
    func damaged() {
        let bytes: [UInt8] = [0x78, 0x9F, 0x3E, 0x22, 0x01, 0x00, 0x01, 0x06, 0x90, 0x08, 0x00, 0xFF, 0xFF, 0xFF, 0x7F]
        let result = Extractor.extract(bytes, contentType: "", filename: "winmail.dat")
        #expect(result.unscannable == [ExtractProblem(code: "tnef.failed", path: "winmail.dat")])
    }

    @Test("is unscannable when tnef is missing")
    func unavailable() {
        var limits = ExtractLimits()
        limits.tnefPath = "/nonexistent/tnef"
        let result = Extractor.extract(ArchiveBuilder.fixture("winmail.dat"), contentType: "", filename: "winmail.dat", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "tnef.unavailable", path: "winmail.dat")])
    }

    @Test("never traps on damaged copies")
    func mutations() {
        let original = ArchiveBuilder.fixture("winmail.dat")
        var state: UInt32 = 11
        for round in 0..<30 {
            var bytes = original
            state = state &* 1_103_515_245 &+ 12_345
            bytes[4 + Int(state >> 8) % (bytes.count - 4)] = UInt8(truncatingIfNeeded: state >> 3)
            if round % 3 == 2 { bytes = Array(bytes.prefix(Int(state >> 12) % bytes.count)) }
            _ = Extractor.extract(bytes, contentType: "application/ms-tnef", filename: "winmail.dat")
        }
    }
}
