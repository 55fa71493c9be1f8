import FuzzSupport
@testable import PHIExtract

/// The Swift half of text extraction: content sniffing (`Extractor.kind`), charset decoding of text
/// parts (BOMs, declared charsets, unmarked UTF-16, windows-1252 fallback), segment truncation, and
/// the handling of `pdftotext` output. Input: a mode byte (bit 0: the bytes are `pdftotext` output),
/// a content-type byte, a limits byte (`FuzzLimits.extract`), then the bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func textFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let mode = input.byte()
    let (contentType, filename) = input.pick(types)
    let limits = FuzzLimits.extract(input.byte())
    let bytes = input.rest()
    _ = Extractor.kind(contentType: contentType, filename: filename, prefix: Array(bytes.prefix(1024)))
    if mode & 1 != 0 {
        let run = ExtractionRun(limits: limits, budget: ExtractBudget(), deadline: nil)
        PDFExtractor(run: run, spool: Spool(memoryLimit: limits.spoolMemoryBytes), path: "report.pdf").addText(bytes)
        for segment in run.result.segments where segment.text.utf8.count > limits.maxSegmentBytes {
            FuzzCheck.fail("a segment past maxSegmentBytes")
        }
    } else {
        _ = Extractor.extract(bytes, contentType: contentType, filename: filename, limits: limits)
    }
    return 0
}

private let types: [(String, String?)] = [
    ("text/plain", nil), ("text/plain; charset=utf-8", nil), ("text/plain; charset=\"UTF-16\"", nil),
    ("text/plain; charset=utf-16le", nil), ("text/plain; charset=shift_jis", nil), ("text/plain; charset=gb18030", nil),
    ("text/plain; charset=iso-2022-jp", nil), ("text/plain; charset=x-bogus-42", nil),
    ("text/html; charset=windows-1252", nil), ("text/html", "page.htm"), ("text/csv", "list.csv"),
    ("text/tab-separated-values", nil), ("application/octet-stream", "list.tsv"), ("text/xml", nil),
    ("application/rtf", nil), ("application/octet-stream", "letter.rtf"), ("application/octet-stream", nil),
    ("", nil), ("", "notes.txt"), ("application/json", nil), ("message/rfc822", nil), ("text/calendar", nil),
    ("image/svg+xml", "logo.svg"), ("text/plain; charset=", nil), ("text/plain;charset=utf-32", nil),
]
