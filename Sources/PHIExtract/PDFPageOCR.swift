#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// OCR of the pages of a PDF that carry no text layer (scanned or faxed pages).
///
/// The pages to read are those with (almost) no text that hold an image (`read(candidates:)`).
/// Each page is rendered by poppler's `pdftoppm` to an 8-bit grey image in a private temp
/// directory, scaled so that its longer side is 3300 pixels (300 dpi on US Letter) or less when
/// `ocrMaxPixels` asks for less, so a page can never be too large to read; then `OCREngine` reads
/// it, and the image is removed before the next page. Both helpers run through `ChildProcess`.
/// The text of all pages read becomes one segment at `<pdf>#ocr`. Only the first `ocrMaxPages`
/// such pages are read; more is unscannable `ocr.too_many_pages`. A render that fails is
/// `ocr.failed`; time running out is `ocr.timeout` or `time.budget`. Pages where OCR finds nothing
/// give problem `ocr.no_text` when no page gave text.
struct PDFPageOCR {
    let run: ExtractionRun
    /// The PDF on disk.
    let file: String
    /// The part's path.
    let path: String

    /// The longest side a page is rendered to.
    static let longSide = 3300

    /// Reads by OCR those of `candidates` (1-based pages with little or no text) that hold an
    /// image at least 64 pixels on a side, as `pdfimages -list` shows; all of them when the
    /// listing cannot be had. A page with neither text nor image has nothing to read (problem
    /// `pdf.no_text` when the whole PDF has no text).
    func read(candidates: [Int], pdfHasText: Bool) {
        let pages = imagePages().map { images in candidates.filter { images.contains($0) } } ?? candidates
        if pages.isEmpty {
            if !pdfHasText { run.problem("pdf.no_text", path) }
            return
        }
        read(pages: pages)
    }

    /// The pages that hold an image (or stencil) of at least 64 × 64 pixels, or nil when
    /// `pdfimages` is missing or fails.
    func imagePages() -> Set<Int>? {
        let limits = run.limits
        guard let program = ChildProcess.locate(limits.pdfimagesPath),
              let (fd, listPath) = try? Spool.makeTempFile(suffix: ".txt") else { return nil }
        defer {
            close(fd)
            unlink(listPath)
        }
        let (timeout, _) = run.timeLimit(limits.pdfTimeoutSeconds)
        let child = ChildProcess(program: program, arguments: ["-list", file], standardOutput: fd,
                                 memoryBytes: limits.pdfMemoryBytes, fileBytes: 4 << 20, timeout: timeout)
        guard child.run() == .exited(0) else { return nil }
        let listing = String(decoding: readAll(fd, limit: 4 << 20), as: UTF8.self)
        var pages: Set<Int> = []
        for line in listing.split(separator: "\n").dropFirst(2) {
            let cols = line.split(separator: " ")
            guard cols.count > 4, cols[2] == "image" || cols[2] == "stencil",
                  let page = Int(cols[0]), let width = Int(cols[3]), let height = Int(cols[4]) else { continue }
            if width >= ImageExtractor.tinySide && height >= ImageExtractor.tinySide { pages.insert(page) }
        }
        return pages
    }

    /// Reads `pages` (1-based page numbers) by OCR.
    func read(pages: [Int]) {
        let limits = run.limits
        guard !pages.isEmpty, let engine = OCREngine.make(run, path: path) else { return }
        guard let pdftoppm = ChildProcess.locate(limits.pdftoppmPath) else {
            run.unscannable("ocr.unavailable", path)
            return
        }
        guard let dir = TempDirectory() else {
            run.unscannable("ocr.failed", path)
            return
        }
        let maxPages = max(1, limits.ocrMaxPages)
        let side = max(1, min(Self.longSide, Int(Double(max(1, limits.ocrMaxPixels)).squareRoot())))
        var text: [UInt8] = []
        var failure: String?
        for page in pages.prefix(maxPages) {
            if run.timeIsUp(path) { break }  // time.budget is recorded; the pages read so far still count
            let image = dir.path + "/page"
            let (timeout, deadlineBound) = run.timeLimit(limits.pdfTimeoutSeconds)
            let render = ChildProcess(program: pdftoppm,
                                      arguments: ["-q", "-f", String(page), "-l", String(page), "-gray", "-scale-to", String(side),
                                                  "-singlefile", file, image],
                                      memoryBytes: limits.ocrMemoryBytes, fileBytes: side * side + 4096, timeout: timeout)
            let rendered = render.run()
            defer { unlink(image + ".pgm") }
            guard rendered == .exited(0) else {
                failure = rendered == .timedOut ? (deadlineBound ? "time.budget" : "ocr.timeout") : "ocr.failed"
                break
            }
            switch engine.recognize(image + ".pgm", path: path) {
            case .text(let pageText):
                if !text.isEmpty { text.append(0x0A) }
                text += pageText
            case .noText:
                continue
            case .failed(let code):
                failure = code
            }
            if failure != nil { break }
        }
        let segmentPath = path + "#ocr"
        if !text.isEmpty {
            run.segment(segmentPath, text)
        } else if failure == nil {
            run.problem("ocr.no_text", path)
        }
        if let failure { run.unscannable(failure, path) }
        if pages.count > maxPages { run.unscannable("ocr.too_many_pages", path) }
    }
}
