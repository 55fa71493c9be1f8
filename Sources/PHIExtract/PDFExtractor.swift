#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text from a PDF through poppler's `pdftotext`, run in a subprocess with time, memory and
/// output-size limits.
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
            readOutput(outFD)
        case .signaled(let signal) where signal == SIGXFSZ:
            run.problem("text.truncated", path)
            readOutput(outFD)
        case .exited, .signaled:
            run.unscannable(spool.contains(Array("/Encrypt".utf8)) ? "pdf.encrypted" : "pdf.failed", path)
        }
    }

    private func readOutput(_ fd: Int32) {
        let out = readAll(fd, limit: run.limits.maxSegmentBytes)
        let text = TextDecoding.utf8(out).bytes.filter { $0 != 0x0C }
        if text.contains(where: { !MarkupTokenizer.isSpace($0) }) {
            run.segment(path, text)
        } else {
            run.problem("pdf.no_text", path)
        }
    }
}
