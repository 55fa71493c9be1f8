import Testing
@testable import PHIExtract
#if canImport(Glibc)
import Glibc
#endif

@Suite("OCREngine")
struct OCREngineTests {
    func engine(_ limits: ExtractLimits = ExtractLimits()) -> (OCREngine?, ExtractionRun) {
        let run = ExtractionRun(limits: limits, budget: ExtractBudget(), deadline: nil)
        return (OCREngine.make(run, path: "p"), run)
    }

    @Test("reads an image file and turns form feeds into line breaks")
    func recognize() throws {
        let (engine, _) = engine()
        let spool = try Spool(ArchiveBuilder.fixture("fax-2page.tif"))
        let file = try #require(spool.fileCopy(suffix: ".tif"))
        defer { if file.owned { unlink(file.path) } }
        guard case .text(let text) = try #require(engine).recognize(file.path, path: "p") else {
            Issue.record("no text")
            return
        }
        #expect(!text.contains(0x0C))
        #expect(String(decoding: text, as: UTF8.self).contains("FAX page 2 of 2"))
    }

    @Test("a file tesseract cannot decode is a failure")
    func damaged() throws {
        let (engine, _) = engine()
        let spool = try Spool(Array(ArchiveBuilder.fixture("ocr-note.png").prefix(60)))
        let file = try #require(spool.fileCopy(suffix: ".png"))
        defer { if file.owned { unlink(file.path) } }
        #expect(try #require(engine).recognize(file.path, path: "p") == .failed("ocr.failed"))
    }

    @Test("says why OCR cannot run")
    func make() {
        var off = ExtractLimits()
        off.ocrEnabled = false
        let (none, run) = engine(off)
        #expect(none == nil)
        #expect(run.result.unscannable == [ExtractProblem(code: "ocr.disabled", path: "p")])
        var missing = ExtractLimits()
        missing.tesseractPath = "no-such-tesseract-here"
        let (absent, run2) = engine(missing)
        #expect(absent == nil)
        #expect(run2.result.unscannable == [ExtractProblem(code: "ocr.unavailable", path: "p")])
    }

    @Test("blank output is no text")
    func outcome() {
        #expect(OCREngine.outcome(" \n\u{0C}\n".bytes) == .noText)
        #expect(OCREngine.outcome("a\u{0C}b".bytes) == .text("a\nb".bytes))
    }
}
