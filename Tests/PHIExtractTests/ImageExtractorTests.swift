import Testing
@testable import PHIExtract
#if canImport(Glibc)
import Glibc
#endif

@Suite("ImageExtractor", .serialized)
struct ImageExtractorTests {
    /// A white 24-bit BMP of `width` × `height` pixels.
    static func whiteBMP(width: Int, height: Int) -> [UInt8] {
        let row = (width * 3 + 3) / 4 * 4
        func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        var bytes = Array("BM".utf8) + le32(54 + row * height) + le32(0) + le32(54)
        bytes += le32(40) + le32(width) + le32(height) + [1, 0, 24, 0] + le32(0) + le32(row * height) + le32(2835) + le32(2835)
        bytes += le32(0) + le32(0)
        return bytes + [UInt8](repeating: 0xFF, count: row * height)
    }

    @Test("reads the text of a PNG by OCR")
    func png() {
        let result = Extractor.extract(ArchiveBuilder.fixture("ocr-note.png"), contentType: "image/png", filename: "note.png")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.count == 1)
        #expect(result.segments.first?.path == "note.png")
        #expect(result.segments.first?.text.contains("536-90-4399") == true)
        #expect(result.segments.first?.text.contains("diabetes") == true)
    }

    @Test("reads every page of a two-page fax TIFF")
    func fax() {
        let result = Extractor.extract(ArchiveBuilder.fixture("fax-2page.tif"), contentType: "image/tiff", filename: "fax.tif")
        #expect(result.unscannable.isEmpty)
        let text = result.segments.map(\.text).joined()
        #expect(text.contains("536-90-4399"))
        #expect(text.contains("diabetes"))
    }

    @Test("reads the first pages of a longer TIFF and calls the rest unscannable")
    func tooManyPages() {
        var limits = ExtractLimits()
        limits.ocrMaxPages = 1
        let result = Extractor.extract(ArchiveBuilder.fixture("fax-2page.tif"), contentType: "", filename: "fax.tif", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "ocr.too_many_pages", path: "fax.tif")])
        let text = result.segments.map(\.text).joined()
        #expect(text.contains("536-90-4399"))
        #expect(!text.contains("diabetes"))
    }

    @Test("an image with OCR switched off is unscannable, never clean")
    func disabled() {
        var limits = ExtractLimits()
        limits.ocrEnabled = false
        let result = Extractor.extract(ArchiveBuilder.fixture("ocr-note.png"), contentType: "image/png", filename: "note.png", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "ocr.disabled", path: "note.png")])
        #expect(result.segments.isEmpty)
    }

    @Test("an image is unscannable when tesseract is missing")
    func unavailable() {
        var limits = ExtractLimits()
        limits.tesseractPath = "/nonexistent/tesseract"
        let result = Extractor.extract(ArchiveBuilder.fixture("ocr-note.png"), contentType: "", filename: "note.png", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "ocr.unavailable", path: "note.png")])
    }

    @Test("an image over the pixel limit is unscannable before any decoder sees it")
    func tooLarge() {
        var limits = ExtractLimits()
        limits.ocrMaxPixels = 620 * 110 - 1
        let result = Extractor.extract(ArchiveBuilder.fixture("ocr-note.png"), contentType: "", filename: "note.png", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "ocr.too_large", path: "note.png")])
    }

    @Test("a tiny logo is a problem, not unscannable, even with OCR off")
    func tiny() {
        var limits = ExtractLimits()
        limits.ocrEnabled = false
        let result = Extractor.extract(ArchiveBuilder.fixture("tiny-logo.png"), contentType: "image/png", filename: "logo.png", limits: limits)
        #expect(result.unscannable.isEmpty)
        #expect(result.problems == [ExtractProblem(code: "image.tiny", path: "logo.png")])
        #expect(ImageExtractor.isTiny(nil, bytes: 2047))
        #expect(!ImageExtractor.isTiny(nil, bytes: 2048))
        #expect(ImageExtractor.isTiny(ImageHeader(format: .gif, pages: [.init(width: 600, height: 1)]), bytes: 9000))
        #expect(!ImageExtractor.isTiny(ImageHeader(format: .png, pages: [.init(width: 200, height: 30)]), bytes: 900))
    }

    @Test("an image in which OCR finds no text is a problem, not unscannable")
    func noText() {
        let result = Extractor.extract(Self.whiteBMP(width: 120, height: 90), contentType: "image/bmp", filename: "blank.bmp")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments.isEmpty)
        #expect(result.problems == [ExtractProblem(code: "ocr.no_text", path: "blank.bmp")])
    }

    @Test("an image whose header cannot be read is unscannable")
    func unsupported() {
        let bytes = Array("....ftypheic".utf8) + [UInt8](repeating: 7, count: 4000)
        let result = Extractor.extract(bytes, contentType: "image/heic", filename: "photo.heic")
        #expect(result.unscannable == [ExtractProblem(code: "ocr.unsupported", path: "photo.heic")])
    }

    @Test("icons are tiny up to 64 pixels, unsupported above; SVG is read as XML")
    func iconsAndSVG() {
        func icon(_ side: UInt8) -> [UInt8] {
            [0, 0, 1, 0, 1, 0, side, side, 0, 0, 1, 0, 32, 0, 0, 16, 0, 0, 22, 0, 0, 0] + [UInt8](repeating: 9, count: 4096)
        }
        #expect(Extractor.extract(icon(32), contentType: "image/x-icon", filename: "f.ico").problems
            == [ExtractProblem(code: "image.tiny", path: "f.ico")])
        #expect(Extractor.extract(icon(0), contentType: "image/x-icon", filename: "f.ico").unscannable
            == [ExtractProblem(code: "ocr.unsupported", path: "f.ico")])
        let svg = Extractor.extract("<svg><text>SSN 536-90-4399</text></svg>".bytes, contentType: "image/svg+xml", filename: nil)
        #expect(svg.segments == [TextSegment(path: "", text: "SSN 536-90-4399\n")])
    }

    @Test("reads an image inside a zip")
    func inArchive() {
        let zip = ArchiveBuilder.make(.zip, [("scan.png", ArchiveBuilder.fixture("ocr-note.png"))])
        let result = Extractor.extract(zip, contentType: "application/zip", filename: "a.zip")
        #expect(result.segments.first?.path == "a.zip/scan.png")
        #expect(result.segments.first?.text.contains("536-90-4399") == true)
    }

    @Test("kills tesseract at the OCR time limit, or earlier at the message's deadline")
    func timeout() throws {
        let script = "/tmp/phi-extract-slow-ocr-\(getpid()).sh"
        let f = try #require(fopen(script, "w"))
        fputs("#!/bin/sh\nsleep 5\n", f)
        fclose(f)
        chmod(script, 0o700)
        defer { unlink(script) }
        var limits = ExtractLimits()
        limits.tesseractPath = script
        limits.ocrTimeoutSeconds = 0.2
        let result = Extractor.extract(ArchiveBuilder.fixture("ocr-note.png"), contentType: "", filename: "note.png", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "ocr.timeout", path: "note.png")])
        limits.ocrTimeoutSeconds = 30
        let start = ContinuousClock.now
        let late = Extractor.extract(ArchiveBuilder.fixture("ocr-note.png"), contentType: "", filename: "note.png", limits: limits,
                                     deadline: .now + .milliseconds(300))
        #expect(late.unscannable == [ExtractProblem(code: "time.budget", path: "note.png")])
        #expect(ContinuousClock.now - start < .seconds(3))
    }
}
