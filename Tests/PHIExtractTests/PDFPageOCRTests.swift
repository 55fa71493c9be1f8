import Testing
@testable import PHIExtract
#if canImport(Glibc)
import Glibc
#endif

@Suite("PDFPageOCR", .serialized)
struct PDFPageOCRTests {
    @Test("reads the pages of an image-only PDF by OCR into their own segment")
    func scanned() {
        let result = Extractor.extract(ArchiveBuilder.fixture("scanned.pdf"), contentType: "application/pdf", filename: "scan.pdf")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.map(\.path) == ["scan.pdf#ocr"])
        let text = result.segments.first?.text ?? ""
        #expect(text.contains("536-90-4399"))
        #expect(text.contains("diabetes"))
    }

    @Test("an image-only PDF with OCR off is unscannable")
    func disabled() {
        var limits = ExtractLimits()
        limits.ocrEnabled = false
        let result = Extractor.extract(ArchiveBuilder.fixture("scanned.pdf"), contentType: "", filename: "scan.pdf", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "ocr.disabled", path: "scan.pdf")])
        #expect(result.segments.isEmpty)
    }

    @Test("reads the first pages and calls a longer scan unscannable")
    func tooManyPages() {
        var limits = ExtractLimits()
        limits.ocrMaxPages = 1
        let result = Extractor.extract(ArchiveBuilder.fixture("scanned.pdf"), contentType: "", filename: "scan.pdf", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "ocr.too_many_pages", path: "scan.pdf")])
        #expect(result.segments.first?.text.contains("536-90-4399") == true)
        #expect(result.segments.first?.text.contains("diabetes") == false)
    }

    @Test("a scanned PDF is unscannable when pdftoppm is missing")
    func noRenderer() {
        var limits = ExtractLimits()
        limits.pdftoppmPath = "/nonexistent/pdftoppm"
        let result = Extractor.extract(ArchiveBuilder.fixture("scanned.pdf"), contentType: "", filename: "scan.pdf", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "ocr.unavailable", path: "scan.pdf")])
    }

    @Test("a short text page without images is not sent to OCR")
    func shortText() {
        var limits = ExtractLimits()
        limits.ocrEnabled = false
        let result = Extractor.extract(ArchiveBuilder.fixture("report.pdf"), contentType: "", filename: "r.pdf", limits: limits)
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.map(\.path) == ["r.pdf"])
    }

    @Test("lists the pages that hold an image")
    func imagePages() throws {
        let spool = try Spool(ArchiveBuilder.fixture("scanned.pdf"))
        let file = try #require(spool.fileCopy(suffix: ".pdf"))
        defer { if file.owned { unlink(file.path) } }
        let run = ExtractionRun(limits: ExtractLimits(), budget: ExtractBudget(), deadline: nil)
        #expect(PDFPageOCR(run: run, file: file.path, path: "s.pdf").imagePages() == [1, 2])
    }
}
