#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text from an image through OCR: PNG, JPEG, GIF, BMP, WebP and TIFF, including multi-page fax
/// TIFF. A scanned fax or a photographed form is read, never passed as clean unread.
///
/// What must be read, in order:
/// 1. **Tiny images are skipped** as problem `image.tiny` (not unscannable): when the header
///    shows both sides under 64 pixels (icons, social badges, tracking pixels), or one side
///    under 12 pixels (spacer GIFs, rules: too thin for a line of text). Only when the header
///    cannot be read does size in bytes decide (under 2 KiB is tiny): a one-line text image in
///    1-bit PNG can weigh under 2 KiB, so bytes alone would let it pass. Signature logos larger
///    than this are read; if OCR finds no text in them that is only a problem.
/// 2. OCR switched off → unscannable `ocr.disabled`; tesseract not installed → `ocr.unavailable`.
/// 3. A format tesseract cannot read (HEIC, AVIF, an icon of 64 pixels or more) or a header that
///    cannot be read (a damaged file) → unscannable `ocr.unsupported`. SVG is read as XML text.
/// 4. Any of the first `ocrMaxPages` pages over `ocrMaxPixels` → unscannable `ocr.too_large`
///    (checked from the header before any decoder sees the pixels: a decompression bomb stops here).
/// 5. The first `ocrMaxPages` pages are read (a longer TIFF is cut by ending its page chain in
///    a private copy) and the rest is unscannable `ocr.too_many_pages`.
/// 6. Text becomes a segment at the image's own path; no text is problem `ocr.no_text`; a
///    failure is unscannable `ocr.timeout`, `ocr.failed` or `time.budget`.
struct ImageExtractor {
    let run: ExtractionRun
    let spool: Spool
    let path: String

    /// Both sides under this many pixels: an icon, badge or tracking pixel.
    static let tinySide = 64
    /// One side under this many pixels: too thin to hold a line of text.
    static let thinSide = 12
    /// With no readable header, fewer bytes than this is tiny.
    static let tinyBytes = 2048

    /// True when the image is too small to carry text worth reading (rule 1 above).
    static func isTiny(_ header: ImageHeader?, bytes: Int) -> Bool {
        guard let size = header?.size else { return bytes < tinyBytes }
        return (size.width < tinySide && size.height < tinySide) || min(size.width, size.height) < thinSide
    }

    func extract() {
        let limits = run.limits
        let maxPages = max(1, limits.ocrMaxPages)
        let header = ImageHeader.read(spool, maxPages: maxPages + 1)
        if Self.isTiny(header, bytes: spool.count) {
            run.problem("image.tiny", path)
            return
        }
        guard let engine = OCREngine.make(run, path: path) else { return }
        guard let header, header.format != .ico else {
            run.unscannable("ocr.unsupported", path)
            return
        }
        if header.pages.prefix(maxPages).contains(where: { $0.pixels > limits.ocrMaxPixels }) {
            run.unscannable("ocr.too_large", path)
            return
        }
        let tooManyPages = header.pages.count > maxPages
        let input = tooManyPages ? cutCopy(header, after: maxPages) : spool.fileCopy(suffix: ".img")
        guard let input else {
            run.unscannable("ocr.failed", path)
            return
        }
        defer { if input.owned { unlink(input.path) } }
        switch engine.recognize(input.path, path: path) {
        case .text(let text): run.segment(path, text)
        case .noText: run.problem("ocr.no_text", path)
        case .failed(let code): run.unscannable(code, path)
        }
        if tooManyPages { run.unscannable("ocr.too_many_pages", path) }
    }

    /// A private copy of a TIFF whose page chain ends after page `pages`.
    private func cutCopy(_ header: ImageHeader, after pages: Int) -> (path: String, owned: Bool)? {
        guard header.nextPointerOffsets.count >= pages,
              let (fd, copyPath) = try? Spool.makeTempFile(suffix: ".tif") else { return nil }
        defer { close(fd) }
        var ok = true
        spool.forEachChunk(1 << 20) { chunk in
            if ok { ok = (try? chunk.withUnsafeBytes { try writeAll(fd, $0) }) != nil }
        }
        let zero: [UInt8] = [0, 0, 0, 0]
        let offset = off_t(header.nextPointerOffsets[pages - 1])
        ok = ok && zero.withUnsafeBytes { pwrite(fd, $0.baseAddress, 4, offset) } == 4
        guard ok else {
            unlink(copyPath)
            return nil
        }
        return (copyPath, true)
    }
}
