import Testing
@testable import PHIExtract

@Suite("Extractor")
struct ExtractorTests {
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0]

    @Test("decides the kind from magic bytes, then the name, then the type")
    func kinds() {
        #expect(Extractor.kind(contentType: "text/plain", filename: "notes.txt", prefix: Self.zipMagic) == .zip)
        #expect(Extractor.kind(contentType: "application/octet-stream", filename: "x.docx", prefix: Self.zipMagic) == .docx)
        #expect(Extractor.kind(contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               filename: nil, prefix: Self.zipMagic) == .xlsx)
        #expect(Extractor.kind(contentType: "application/octet-stream", filename: "scan", prefix: "%PDF-1.7".bytes) == .pdf)
        #expect(Extractor.kind(contentType: "text/html; charset=utf-8", filename: nil, prefix: "<p>".bytes) == .html)
        #expect(Extractor.kind(contentType: "application/octet-stream", filename: "Patients.CSV", prefix: "a,b".bytes) == .csv)
        #expect(Extractor.kind(contentType: "text/plain", filename: "list.csv", prefix: "a,b".bytes) == .csv)
        #expect(Extractor.kind(contentType: "application/octet-stream", filename: nil, prefix: "plain words\n".bytes) == .text)
        #expect(Extractor.kind(contentType: "application/octet-stream", filename: nil, prefix: [0, 1, 2, 3]) == .unknownBinary)
        #expect(Extractor.kind(contentType: "image/png", filename: "a.png", prefix: [0x89, 0x50, 0x4E, 0x47]) == .image)
        #expect(Extractor.kind(contentType: "", filename: "old.doc", prefix: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .oleCompound)
        #expect(Extractor.kind(contentType: "", filename: "a.txt.gz", prefix: [0x1F, 0x8B, 8]) == .gzip)
        #expect(Extractor.kind(contentType: "", filename: "memo.rtf", prefix: "{\\rtf1".bytes) == .rtf)
        #expect(Extractor.kind(contentType: "application/xml", filename: "ccd.xml", prefix: "<?xml".bytes) == .xml)
        for text in ["MZ Clinic", "BZh patient", "ID3 checks", "Rar! no"] {
            #expect(Extractor.kind(contentType: "text/plain", filename: nil, prefix: text.bytes) == .text, "\(text)")
        }
    }

    @Test("passes UTF-8 text through and decodes UTF-16 and windows-1252")
    func text() {
        #expect(Extractor.extract("SSN 536-90-4399 café".bytes, contentType: "text/plain", filename: nil).segments
            == [TextSegment(path: "", text: "SSN 536-90-4399 café")])
        let utf16: [UInt8] = [0xFF, 0xFE] + "MRN 42".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(Extractor.extract(utf16, contentType: "text/plain", filename: "a.txt").segments.first?.text == "MRN 42")
        let latin = Extractor.extract([0x4A, 0x6F, 0xE9, 0x20, 0x96, 0x20, 0x31], contentType: "text/plain", filename: nil)
        #expect(latin.segments.first?.text == "Joé – 1")
        #expect(latin.problems == [ExtractProblem(code: "text.charset", path: "")])
        let bare: [UInt8] = "SSN 536-90-4399".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(Extractor.extract(bare, contentType: "text/plain", filename: nil).segments.first?.text == "SSN 536-90-4399")
        let declared = Extractor.extract([0x4A, 0xE9], contentType: "text/plain; charset=\"ISO-8859-1\"", filename: nil)
        #expect(declared.segments.first?.text == "Jé")
        #expect(declared.problems.isEmpty)
    }

    @Test("UTF-16 text outranks the charset it is labelled with, with a BOM or without one")
    func utf16Mislabelled() {
        let csv = "Patient,DOB,MRN\r\nLopez, Maria,03/14/1962,00482913\r\n"
        let le = csv.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for (bytes, type) in [(le, "text/csv; charset=windows-1252"), ([0xFF, 0xFE] + le, "text/csv; charset=utf-8"),
                              (le, "text/plain; charset=iso-8859-1")] {
            let text = Extractor.extract(bytes, contentType: type, filename: nil).segments.first?.text ?? ""
            #expect(text.contains("00482913") && !text.contains("\u{0}"), "\(type)")
        }
    }

    @Test("renders CSV rows with their column headers as labels")
    func csv() {
        let csv = "\u{FEFF}Name;SSN;Note\r\nJane Roe;536-90-4399;\"line one\nline two; more\"\r\n"
        let result = Extractor.extract(csv.bytes, contentType: "text/csv", filename: "list.csv")
        #expect(result.segments == [TextSegment(path: "list.csv", text: "Name: Jane Roe\nSSN: 536-90-4399\nNote: line one\nline two; more\n")])
        let tsv = Extractor.extract("MRN\tDOB\nA1\t01/02/1960\n".bytes, contentType: "text/tab-separated-values", filename: "x.tsv")
        #expect(tsv.segments.first?.text == "MRN: A1\nDOB: 01/02/1960\n")
    }

    static let patientCSV = "Patient,DOB,MRN\r\n\"Lopez, Maria\",03/14/1962,00482913\r\n\"Nguyen, Linda\",08/23/1966,00731458\r\n"
        + "\"Miller, Donald\",12/05/1948,00732019\r\n"
    static let rendered = "Patient name: Lopez, Maria\nDOB: 03/14/1962\nMRN: 00482913\n\nPatient name: Nguyen, Linda\nDOB: 08/23/1966\n"
        + "MRN: 00731458\n\nPatient name: Miller, Donald\nDOB: 12/05/1948\nMRN: 00732019\n"

    static func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
        text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    @Test("does not trust a generic or mistaken type: the content decides, and says so", arguments: [
        ("application/octet-stream", nil as String?), ("application/x-download", "export"), ("", nil),
        ("application/vnd.ms-excel", "list.xls"), ("text/plain", "list.txt"), ("application/octet-stream", "list.txt"),
    ])
    func sniffedCSV(type: String, name: String?) {
        let encodings: [[UInt8]] = [
            Self.patientCSV.bytes, [0xFF, 0xFE] + Self.utf16(Self.patientCSV), Self.utf16(Self.patientCSV),
            [0xFE, 0xFF] + Self.utf16(Self.patientCSV, bigEndian: true), Self.utf16(Self.patientCSV, bigEndian: true),
            [0xEF, 0xBB, 0xBF] + Self.patientCSV.bytes,
            [0xFF, 0xFE, 0, 0] + Self.patientCSV.unicodeScalars.flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] },
        ]
        for (i, bytes) in encodings.enumerated() {
            #expect(Extractor.kind(contentType: type, filename: name, prefix: bytes) == .csv, "encoding \(i)")
            let result = Extractor.extract(bytes, contentType: type, filename: name)
            #expect(result.segments.first?.text == Self.rendered, "encoding \(i)")
            #expect(result.problems.contains { $0.code == "sniffed.csv" }, "encoding \(i)")
        }
    }

    @Test("a declared CSV is not sniffed, and text that is no table stays text")
    func notSniffed() {
        #expect(!Extractor.extract(Self.patientCSV.bytes, contentType: "text/csv", filename: "a.csv").problems.contains { $0.code.hasPrefix("sniffed") })
        let letter = "Dear Ana,\nthe meeting moved, again, to Friday.\nThanks\n"
        #expect(Extractor.kind(contentType: "application/octet-stream", filename: nil, prefix: letter.bytes) == .text)
        #expect(Extractor.kind(contentType: "application/vnd.ms-excel", filename: "old.xls", prefix: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .oleCompound)
        #expect(Extractor.declaredKind(contentType: "text/plain", filename: "list.csv") == .csv)
        #expect(Extractor.declaredKind(contentType: "application/csv", filename: nil) == .csv)
        #expect(Extractor.declaredKind(contentType: "application/octet-stream", filename: nil) == nil)
        #expect(Extractor.declaredKind(contentType: "text/plain", filename: "notes.txt") == .text)
    }

    @Test("a text file with a table in it gets the table rendered after its own text")
    func textWithTable() throws {
        let text = "Census for today:\n\nPt | D.O.B. | Med Rec #\nLopez, Maria | 03/14/1962 | 00482913\nNguyen, Linda | 08/23/1966 | 00731458\n\nThanks\n"
        let segment = try #require(Extractor.extract(text.bytes, contentType: "text/plain", filename: "census.txt").segments.first)
        #expect(segment.text.hasPrefix(text))
        #expect(segment.text.hasSuffix("Patient name: Lopez, Maria\nDOB: 03/14/1962\nMRN: 00482913\n\nPatient name: Nguyen, Linda\nDOB: 08/23/1966\nMRN: 00731458\n"))
    }

    @Test("reads HTML parts and generic XML")
    func markup() {
        let html = Extractor.extract("<p>SSN <b>536</b>-90-4399</p>".bytes, contentType: "text/html", filename: nil)
        #expect(html.segments == [TextSegment(path: "", text: "SSN 536-90-4399\n")])
        let xml = Extractor.extract("<a><b>x</b></a>".bytes, contentType: "application/xml", filename: "c.xml")
        #expect(xml.segments == [TextSegment(path: "c.xml", text: "x\n")])
    }

    @Test("skips binary parts without calling them unscannable")
    func binary() {
        let result = Extractor.extract([0, 1, 2, 3, 0xFF], contentType: "application/octet-stream", filename: "blob.bin")
        #expect(result.segments.isEmpty)
        #expect(result.unscannable.isEmpty)
        #expect(result.problems == [ExtractProblem(code: "binary.skipped", path: "blob.bin")])
    }

    @Test("reports a part over its size limit")
    func tooLarge() throws {
        let spool = Spool(memoryLimit: 64, maxBytes: 100)
        try spool.append([UInt8](repeating: 65, count: 150))
        let result = Extractor.extract(spool, contentType: "text/plain", filename: "big.txt", limits: ExtractLimits(), deadline: nil)
        #expect(result.unscannable == [ExtractProblem(code: "part.too_large", path: "big.txt")])
    }

    @Test("stops at a passed deadline")
    func deadline() {
        let result = Extractor.extract("text".bytes, contentType: "text/plain", filename: nil, deadline: .now - .seconds(1))
        #expect(result.unscannable == [ExtractProblem(code: "time.budget", path: "")])
        #expect(result.segments.isEmpty)
    }

    @Test("never traps on random bytes under any kind", arguments: ["a.zip", "a.docx", "a.xlsx", "a.gz", "a.7z", "a.tar",
                                                                    "a.html", "a.csv", "a.rtf", "a.xml", "a.odt", "a.pptx"])
    func fuzz(name: String) {
        var state: UInt32 = 99
        for length in [0, 1, 5, 64, 700, 5000] {
            var bytes = (0..<length).map { _ -> UInt8 in
                state = state &* 1_103_515_245 &+ 12_345
                return UInt8(truncatingIfNeeded: state >> 16)
            }
            if length > 4 { bytes.replaceSubrange(0..<4, with: [0x50, 0x4B, 0x03, 0x04]) }
            _ = Extractor.extract(bytes, contentType: "", filename: name)
        }
    }

    @Test("never traps on damaged copies of valid files", arguments: ["openpyxl.xlsx", "python-docx.docx", "zipcrypto.zip",
                                                                       "headers-encrypted.7z", "report.pdf"])
    func mutations(fixture: String) {
        let original = ArchiveBuilder.fixture(fixture)
        var state: UInt32 = 7
        func next() -> Int {
            state = state &* 1_103_515_245 &+ 12_345
            return Int(state >> 8)
        }
        for round in 0..<40 {
            var bytes = original
            for _ in 0..<(1 + round % 8) {
                bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next())
            }
            if round % 5 == 4 { bytes = Array(bytes.prefix(next() % bytes.count)) }
            _ = Extractor.extract(bytes, contentType: "", filename: fixture)
        }
    }
}
