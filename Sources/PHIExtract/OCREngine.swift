#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the text of one image file with Debian's `tesseract`, out of process.
///
/// Each call is one `ChildProcess` run under the OCR limits: `ocrTimeoutSeconds` of wall time (or
/// what is left of the run's deadline), `ocrMemoryBytes` of address space, and text up to the
/// segment limit. Tesseract runs with `OMP_THREAD_LIMIT=1`: its OpenMP threads make a page five
/// times slower on a busy two-core machine, and the milter already scans messages in parallel.
struct OCREngine {
    let run: ExtractionRun
    /// The full path of `tesseract`.
    let program: String

    /// How one recognition ended.
    enum Outcome: Equatable {
        /// Text was read (UTF-8, form feeds removed).
        case text([UInt8])
        /// Tesseract ran and found no text.
        case noText
        /// It could not finish: `ocr.timeout`, `time.budget`, `ocr.failed` or `ocr.unavailable`.
        case failed(String)
    }

    /// The engine, or nil after recording why OCR cannot run at `path` (unscannable
    /// `ocr.disabled` when it is switched off, `ocr.unavailable` when tesseract is not installed).
    static func make(_ run: ExtractionRun, path: String) -> OCREngine? {
        guard run.limits.ocrEnabled else {
            run.unscannable("ocr.disabled", path)
            return nil
        }
        guard let program = ChildProcess.locate(run.limits.tesseractPath) else {
            run.unscannable("ocr.unavailable", path)
            return nil
        }
        return OCREngine(run: run, program: program)
    }

    /// Reads the text of the image (or multi-page TIFF) at `file`; a cut-off text is problem
    /// `text.truncated` at `path`.
    func recognize(_ file: String, path: String) -> Outcome {
        let limits = run.limits
        guard let (outFD, outPath) = try? Spool.makeTempFile(suffix: ".txt") else { return .failed("ocr.failed") }
        defer {
            close(outFD)
            unlink(outPath)
        }
        let (timeout, deadlineBound) = run.timeLimit(limits.ocrTimeoutSeconds)
        let child = ChildProcess(program: program, arguments: [file, "stdout", "-l", limits.ocrLanguages],
                                 standardOutput: outFD, memoryBytes: limits.ocrMemoryBytes,
                                 fileBytes: limits.maxSegmentBytes + (1 << 20), timeout: timeout,
                                 environment: ["OMP_THREAD_LIMIT": "1"])
        switch child.run() {
        case .timedOut:
            return .failed(deadlineBound ? "time.budget" : "ocr.timeout")
        case .failedToStart:
            return .failed("ocr.unavailable")
        case .signaled(let signal) where signal == SIGXFSZ:
            run.problem("text.truncated", path)
            return Self.outcome(readAll(outFD, limit: limits.maxSegmentBytes))
        case .exited(0):
            return Self.outcome(readAll(outFD, limit: limits.maxSegmentBytes + 1))
        case .exited, .signaled:
            return .failed("ocr.failed")
        }
    }

    /// Text, or no text when only blanks and form feeds came out.
    static func outcome(_ raw: [UInt8]) -> Outcome {
        let text = TextDecoding.utf8(raw).bytes.map { $0 == 0x0C ? 0x0A : $0 }
        return text.contains(where: { !MarkupTokenizer.isSpace($0) }) ? .text(text) : .noText
    }
}
