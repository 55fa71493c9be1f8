import Testing
@testable import PHIExtract

@Suite("ArchiveExtractor")
struct ArchiveExtractorTests {
    static let note = "Patient Jane Roe\nSSN: 536-90-4399\n".bytes
    static let csv = "Name,MRN\nJane Roe,A12345\n".bytes
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 100)

    /// Incompressible bytes from a fixed linear congruential generator.
    static func noise(_ count: Int) -> [UInt8] {
        var state: UInt32 = 12_345
        return (0..<count).map { _ in
            state = state &* 1_103_515_245 &+ 12_345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
    }

    static func codes(_ problems: [ExtractProblem]) -> [String] { problems.map(\.code) }

    @Test("reads each entry of a zip by its kind and passes tiny images over")
    func zip() {
        let zip = ArchiveBuilder.make(.zip, [("a/note.txt", Self.note), ("list.csv", Self.csv), ("scan.png", Self.png),
                                            ("page.html", "<p><b>078</b>-05-1120</p>".bytes)])
        let result = Extractor.extract(zip, contentType: "application/zip", filename: "docs.zip")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments == [
            TextSegment(path: "docs.zip/a/note.txt", text: "Patient Jane Roe\nSSN: 536-90-4399\n"),
            TextSegment(path: "docs.zip/list.csv", text: "Name: Jane Roe\nMRN: A12345\n"),
            TextSegment(path: "docs.zip/page.html", text: "078-05-1120\n"),
        ])
        #expect(result.problems == [ExtractProblem(code: "image.tiny", path: "docs.zip/scan.png")])
    }

    @Test("reads tar, tar.gz, 7z and a lone gzip member")
    func formats() {
        for (format, name) in [(ArchiveBuilder.Format.tar, "x.tar"), (.tarGzip, "x.tar.gz"), (.sevenZip, "x.7z")] {
            let bytes = ArchiveBuilder.make(format, [("note.txt", Self.note)])
            let result = Extractor.extract(bytes, contentType: "application/octet-stream", filename: name)
            #expect(result.segments == [TextSegment(path: name + "/note.txt", text: String(decoding: Self.note, as: UTF8.self))],
                    "format \(name)")
            #expect(result.unscannable.isEmpty)
        }
        let gz = ArchiveBuilder.make(.gzip, [("ignored", Self.csv)])
        let result = Extractor.extract(gz, contentType: "application/gzip", filename: "report.csv.gz")
        #expect(result.segments == [TextSegment(path: "report.csv.gz/report.csv", text: "Name: Jane Roe\nMRN: A12345\n")])
    }

    @Test("takes a gzip member's name from its header")
    func gzipHeaderName() {
        var header: [UInt8] = [0x1F, 0x8B, 8, 0x08, 0, 0, 0, 0, 0, 3]
        header += "labs.tsv".bytes + [0]
        #expect(ArchiveExtractor.gzipName(header + [1, 2, 3]) == "labs.tsv")
        #expect(ArchiveExtractor.gzipName([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1]) == nil)
    }

    @Test("recurses into a zip inside a zip")
    func nested() {
        let inner = ArchiveBuilder.make(.zip, [("deep/note.txt", Self.note)])
        let outer = ArchiveBuilder.make(.zip, [("inner.zip", inner), ("readme.txt", "hello".bytes)])
        let result = Extractor.extract(outer, contentType: "", filename: "outer.zip")
        #expect(result.segments.map(\.path) == ["outer.zip/inner.zip/deep/note.txt", "outer.zip/readme.txt"])
    }

    @Test("stops at the nesting limit")
    func tooDeep() {
        var bytes = ArchiveBuilder.make(.zip, [("note.txt", Self.note)])
        for level in 0..<5 { bytes = ArchiveBuilder.make(.zip, [("level\(level).zip", bytes)]) }
        let result = Extractor.extract(bytes, contentType: "", filename: "top.zip")
        #expect(Self.codes(result.unscannable) == ["archive.too_deep"])
        #expect(result.segments.isEmpty)
    }

    @Test("stops a zip bomb early by its ratio, without inflating it")
    func bomb() {
        let zip = ArchiveBuilder.zeros(200 << 20)
        #expect(zip.count < 1 << 20)
        let budget = ExtractBudget()
        let spool = Spool(memoryLimit: 8 << 20)
        try? spool.append(zip)
        let result = Extractor.extract(spool, contentType: "", filename: "bomb.zip", limits: ExtractLimits(),
                                       deadline: nil, budget: budget)
        #expect(Self.codes(result.unscannable) == ["archive.bomb"])
        #expect(budget.expandedBytes < 4 << 20)
    }

    @Test("stops one bomb entry hidden among incompressible entries by the entry's own ratio")
    func entryBomb() {
        let zip = ArchiveBuilder.make(.zip, [("photo.raw", Self.noise(3 << 20)), ("zeros.txt", [UInt8](repeating: 0, count: 16 << 20))])
        let budget = ExtractBudget()
        let result = Extractor.extract(try! Spool(zip), contentType: "", filename: "mixed.zip", limits: ExtractLimits(),
                                       deadline: nil, budget: budget)
        #expect(Self.codes(result.unscannable) == ["archive.bomb"])
        #expect(budget.expandedBytes < 6 << 20)
    }

    @Test("stops a gzip bomb by its ratio")
    func gzipBomb() {
        let gz = ArchiveBuilder.zeros(64 << 20, format: .gzip)
        let result = Extractor.extract(gz, contentType: "", filename: "zeros.txt.gz")
        #expect(Self.codes(result.unscannable) == ["archive.bomb"])
    }

    @Test("stops at the expanded-bytes limit")
    func tooLarge() {
        var limits = ExtractLimits()
        limits.maxExpandedBytes = 1000
        let zip = ArchiveBuilder.make(.zip, [("a.txt", [UInt8](repeating: 65, count: 800)), ("b.txt", [UInt8](repeating: 66, count: 800))])
        let result = Extractor.extract(zip, contentType: "", filename: "big.zip", limits: limits)
        #expect(Self.codes(result.unscannable) == ["archive.too_large"])
        #expect(result.segments.map(\.path) == ["big.zip/a.txt"])
    }

    @Test("counts entries across the archives of a message")
    func tooManyFiles() {
        var limits = ExtractLimits()
        limits.maxFiles = 3
        let zip = ArchiveBuilder.make(.zip, [("1.txt", "one".bytes), ("2.txt", "two".bytes)])
        let budget = ExtractBudget()
        let first = Extractor.extract(try! Spool(zip), contentType: "", filename: "a.zip", limits: limits, deadline: nil, budget: budget)
        #expect(first.unscannable.isEmpty)
        let second = Extractor.extract(try! Spool(zip), contentType: "", filename: "b.zip", limits: limits, deadline: nil, budget: budget)
        #expect(second.unscannable == [ExtractProblem(code: "archive.too_many_files", path: "b.zip")])
        #expect(second.segments.map(\.path) == ["b.zip/1.txt"])
    }

    @Test("reports encrypted zip entries (ZipCrypto and AES) and encrypted 7z headers", arguments: [
        "zipcrypto.zip", "aes.zip", "headers-encrypted.7z", "data-encrypted.7z",
    ])
    func encrypted(fixture: String) {
        let bytes = ArchiveBuilder.fixture(fixture)
        #expect(!bytes.isEmpty)
        let result = Extractor.extract(bytes, contentType: "application/octet-stream", filename: fixture)
        #expect(Self.codes(result.unscannable) == ["archive.encrypted"])
        #expect(result.segments.isEmpty)
    }

    @Test("reports a corrupt or truncated archive and keeps what it read before")
    func corrupt() {
        let garbage = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0xEE, count: 200)
        #expect(Self.codes(Extractor.extract(garbage, contentType: "", filename: "bad.zip").unscannable) == ["archive.corrupt"])
        let tgz = ArchiveBuilder.make(.tarGzip, [("a.txt", Self.note), ("b.txt", Self.noise(300_000))])
        let cut = Extractor.extract(Array(tgz.prefix(tgz.count - 200)), contentType: "", filename: "cut.tgz")
        #expect(Self.codes(cut.unscannable) == ["archive.corrupt"])
        #expect(cut.segments.first?.path == "cut.tgz/a.txt")
        #expect(Self.codes(Extractor.extract([0x1F, 0x8B, 8, 0, 1, 2], contentType: "", filename: "x.gz").unscannable) == ["archive.corrupt"])
    }

    @Test("never reads local files named by an mtree listing")
    func noMtree() {
        let mtree = "#mtree\n./hostname type=file contents=/etc/hostname\n".bytes
        let result = Extractor.extract(mtree, contentType: "application/x-tar", filename: "list.tar")
        #expect(result.segments.isEmpty)
        #expect(Self.codes(result.unscannable) == ["archive.corrupt"])
    }

    @Test("stops when the deadline has passed")
    func deadline() {
        let zip = ArchiveBuilder.make(.zip, [("a.txt", Self.note)])
        let result = Extractor.extract(zip, contentType: "", filename: "late.zip", deadline: .now - .seconds(1))
        #expect(result.unscannable == [ExtractProblem(code: "time.budget", path: "late.zip")])
    }
}
