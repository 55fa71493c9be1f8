#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text from a PDF through poppler's `pdftotext`, run in a subprocess with time, memory and
/// output-size limits; pages without a text layer are read by OCR (`PDFPageOCR`).
///
/// The PDF is written to a private temp file (0600, removed afterwards) unless the spool already
/// lives in one; the text goes to another private temp file. `pdftotext` runs through
/// `ChildProcess` (address-space and output-size limits, own process group, clean signal mask),
/// killed when the time limit or the run's deadline passes.
/// SECURITY: the PDF parser runs outside this process, so a crash or hang there costs one part.
struct PDFExtractor {
    let run: ExtractionRun
    let spool: Spool
    let path: String

    func extract() {
        guard let program = ChildProcess.locate(run.limits.pdftotextPath) else {
            run.unscannable("pdf.unavailable", path)
            return
        }
        guard let input = spool.fileCopy(suffix: ".pdf") else {
            run.unscannable("pdf.failed", path)
            return
        }
        defer { if input.owned { unlink(input.path) } }
        guard let (outFD, outPath) = try? Spool.makeTempFile(suffix: ".txt") else {
            run.unscannable("pdf.failed", path)
            return
        }
        defer {
            close(outFD)
            unlink(outPath)
        }
        let (timeout, deadlineBound) = run.timeLimit(run.limits.pdfTimeoutSeconds)
        let child = ChildProcess(program: program, arguments: ["-q", "-enc", "UTF-8", "-eol", "unix", input.path, "-"],
                                 standardOutput: outFD, memoryBytes: run.limits.pdfMemoryBytes,
                                 fileBytes: run.limits.maxSegmentBytes + (1 << 20), timeout: timeout)
        switch child.run() {
        case .timedOut:
            run.unscannable(deadlineBound ? "time.budget" : "pdf.timeout", path)
        case .failedToStart:
            run.unscannable("pdf.unavailable", path)
        case .exited(let code) where code == 0:
            let (hasText, scanned) = readOutput(outFD)
            if !scanned.isEmpty {
                PDFPageOCR(run: run, file: input.path, path: path).read(candidates: scanned, pdfHasText: hasText)
            } else if !hasText {
                run.problem("pdf.no_text", path)
            }
        case .signaled(let signal) where signal == SIGXFSZ:
            run.problem("text.truncated", path)
            _ = readOutput(outFD)  // cut short: its page count means nothing
        case .exited, .signaled:
            run.unscannable(spool.contains(Array("/Encrypt".utf8)) ? "pdf.encrypted" : "pdf.failed", path)
        }
    }

    /// A page with fewer non-blank bytes of text than this may be a scanned page (OCR'd when it
    /// holds an image): a fax server's stamped header line or a page number does not make it text.
    static let minPageText = 100

    /// Adds the text pdftotext wrote as a segment; says whether there was any, and which pages
    /// (1-based) have (almost) none, which OCR should read. pdftotext ends every page with a form feed.
    private func readOutput(_ fd: Int32) -> (hasText: Bool, scanned: [Int]) {
        addText(readAll(fd, limit: run.limits.maxSegmentBytes + 1))
    }

    /// The Swift half of reading pdftotext's output, apart from the file it came in (so a fuzz
    /// target reaches it without running pdftotext): decodes, splits pages at form feeds, adds the text.
    @discardableResult
    func addText(_ output: [UInt8]) -> (hasText: Bool, scanned: [Int]) {
        let text = TextDecoding.utf8(output).bytes
        var scanned: [Int] = []
        var page = 1
        var visible = 0
        for byte in text {
            if byte == 0x0C {
                if visible < Self.minPageText { scanned.append(page) }
                page += 1
                visible = 0
            } else if !MarkupTokenizer.isSpace(byte) {
                visible += 1
            }
        }
        let body = text.filter { $0 != 0x0C }
        let hasText = body.contains(where: { !MarkupTokenizer.isSpace($0) })
        if hasText { run.segment(path, body) }
        return (hasText, scanned)
    }
}
