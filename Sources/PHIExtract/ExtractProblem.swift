/// Something met while extracting: content that could not be inspected, or a recoverable oddity.
///
/// Carries a code and a path inside the part, never content. Unscannable codes:
/// `archive.encrypted`, `archive.bomb`, `archive.too_many_files`, `archive.too_deep`,
/// `archive.too_large`, `archive.corrupt`, `office.encrypted`, `office.legacy`, `office.corrupt`,
/// `pdf.encrypted`, `pdf.failed`, `pdf.timeout`, `pdf.unavailable`, `ocr.disabled`,
/// `ocr.unavailable`, `ocr.unsupported`, `ocr.too_large`, `ocr.too_many_pages`, `ocr.timeout`,
/// `ocr.failed`, `tnef.unavailable`, `tnef.failed`, `part.too_large`, `time.budget`.
/// Problem codes: `binary.skipped`, `image.tiny`, `ocr.no_text`, `pdf.no_text`, `text.truncated`,
/// `text.charset`, `archive.truncated`, `spool.failed`; `sniffed.csv`, `sniffed.tsv`, `sniffed.text`
/// when the content, not the declared type or name, decided what a part is (`Extractor.decide`).
public struct ExtractProblem: Sendable, Hashable {
    /// What happened, from the vocabulary above.
    public var code: String
    /// Where inside the part.
    public var path: String

    /// Makes a problem.
    public init(code: String, path: String) {
        self.code = code
        self.path = path
    }
}
