import Testing
@testable import PHIExtract
#if canImport(Glibc)
import Glibc
#endif

@Suite("PDFExtractor", .serialized)
struct PDFExtractorTests {
    @Test("reads the text of a PDF through pdftotext")
    func text() {
        let result = Extractor.extract(ArchiveBuilder.fixture("report.pdf"), contentType: "application/pdf", filename: "scan.pdf")
        #expect(result.unscannable.isEmpty)
        #expect(result.segments == [TextSegment(path: "scan.pdf", text: "Patient: Jane Roe\nSSN: 536-90-4399\nDiagnosis: E11.9\n\n")])
    }

    @Test("reads a PDF from a spool that lives in a temp file")
    func fromFile() throws {
        var limits = ExtractLimits()
        limits.spoolMemoryBytes = 16
        let spool = Spool(memoryLimit: 16)
        try spool.append(ArchiveBuilder.fixture("report.pdf"))
        #expect(spool.filePath != nil)
        let result = Extractor.extract(spool, contentType: "", filename: "x.pdf", limits: limits, deadline: nil)
        #expect(result.segments.first?.text.contains("536-90-4399") == true)
    }

    @Test("reports a password-protected PDF as encrypted")
    func encrypted() {
        let result = Extractor.extract(ArchiveBuilder.fixture("encrypted.pdf"), contentType: "application/pdf", filename: "locked.pdf")
        #expect(result.unscannable == [ExtractProblem(code: "pdf.encrypted", path: "locked.pdf")])
    }

    @Test("reports a damaged PDF as failed")
    func damaged() {
        let result = Extractor.extract("%PDF-1.4\ngarbage".bytes, contentType: "", filename: "bad.pdf")
        #expect(result.unscannable == [ExtractProblem(code: "pdf.failed", path: "bad.pdf")])
    }

    @Test("reports a missing pdftotext as unavailable")
    func unavailable() {
        var limits = ExtractLimits()
        limits.pdftotextPath = "/nonexistent/pdftotext"
        let result = Extractor.extract(ArchiveBuilder.fixture("report.pdf"), contentType: "", filename: "a.pdf", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "pdf.unavailable", path: "a.pdf")])
    }

    @Test("runs pdftotext under the memory limit")
    func memoryLimit() {
        var limits = ExtractLimits()
        limits.pdfMemoryBytes = 2 << 20
        let result = Extractor.extract(ArchiveBuilder.fixture("report.pdf"), contentType: "", filename: "a.pdf", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "pdf.failed", path: "a.pdf")])
        #expect(result.segments.isEmpty)
    }

    @Test("kills pdftotext at the time limit")
    func timeout() throws {
        let script = "/tmp/phi-extract-slow-\(getpid()).sh"
        let f = try #require(fopen(script, "w"))
        fputs("#!/bin/sh\nsleep 5\n", f)
        fclose(f)
        chmod(script, 0o700)
        defer { unlink(script) }
        var limits = ExtractLimits()
        limits.pdftotextPath = script
        limits.pdfTimeoutSeconds = 0.2
        let start = ContinuousClock.now
        let result = Extractor.extract(ArchiveBuilder.fixture("report.pdf"), contentType: "", filename: "slow.pdf", limits: limits)
        #expect(result.unscannable == [ExtractProblem(code: "pdf.timeout", path: "slow.pdf")])
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test("leaves no temp files behind")
    func noTempFiles() {
        func count() -> Int {
            guard let dir = opendir("/tmp") else { return -1 }
            defer { closedir(dir) }
            var n = 0
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
                if name.hasPrefix("phi-extract-") && (name.hasSuffix(".pdf") || name.hasSuffix(".txt")) { n += 1 }
            }
            return n
        }
        // Other suites extract PDFs in parallel, so a few of their temp files may come and go
        // while this runs: 20 extractions that each leaked would leave at least 20 behind.
        let before = count()
        for _ in 0..<20 {
            _ = Extractor.extract(ArchiveBuilder.fixture("report.pdf"), contentType: "", filename: "a.pdf")
        }
        #expect(count() < before + 10)
    }
}
