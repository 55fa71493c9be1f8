/// The limits that bound the work of extracting one part (and, through `ExtractBudget`, one message).
public struct ExtractLimits: Sendable {
    /// Archive/container nesting; deeper content is `archive.too_deep`. Default 4.
    public var maxDepth = 4
    /// Archive entries per message across archives; more is `archive.too_many_files`. Default 1000.
    public var maxFiles = 1_000
    /// Total expanded bytes per message; more is `archive.too_large`. Default 100 MiB.
    public var maxExpandedBytes = 100 << 20
    /// Expanded : compressed per entry and per archive; more is `archive.bomb`. Default 100.
    public var maxRatio = 100
    /// Expanded bytes an entry or archive may reach before the ratio is checked. Default 1 MiB.
    public var ratioFloorBytes = 1 << 20
    /// Bytes of a single spooled part or entry; more is `part.too_large`. Default 50 MiB.
    public var maxPartBytes = 50 << 20
    /// Wall time for one `pdftotext` run; more is `pdf.timeout`. Default 10 s.
    public var pdfTimeoutSeconds = 10.0
    /// Address space for one `pdftotext` run. Default 512 MiB.
    public var pdfMemoryBytes = 512 << 20
    /// The `pdftotext` program: a path, or a name looked up in `PATH`. Default "pdftotext".
    public var pdftotextPath = "pdftotext"
    /// Bytes a spool keeps in memory before it moves to a private temp file. Default 8 MiB.
    public var spoolMemoryBytes = 8 << 20
    /// Characters of text kept per segment; the rest is dropped with problem `text.truncated`. Default 16 Mi.
    public var maxSegmentBytes = 16 << 20

    /// Read images and PDF pages without text with `tesseract`; when off they are unscannable
    /// (`ocr.disabled`). Default true.
    public var ocrEnabled = true
    /// The `tesseract` program: a path, or a name looked up in `PATH`. Default "tesseract".
    public var tesseractPath = "tesseract"
    /// Tesseract's languages (`-l`), e.g. "eng" or "eng+spa"; each needs its tessdata package. Default "eng".
    public var ocrLanguages = "eng"
    /// The `pdftoppm` program that renders PDF pages for OCR. Default "pdftoppm".
    public var pdftoppmPath = "pdftoppm"
    /// The `pdfimages` program that tells which pages without text hold an image. Default "pdfimages".
    public var pdfimagesPath = "pdfimages"
    /// Wall time for one tesseract run (an image, or one PDF page); more is `ocr.timeout`. Default 20 s.
    public var ocrTimeoutSeconds = 20.0
    /// Address space for one tesseract or pdftoppm run. Default 1 GiB.
    public var ocrMemoryBytes = 1 << 30
    /// Pages read by OCR per image or PDF; the rest is `ocr.too_many_pages`. Default 20.
    public var ocrMaxPages = 20
    /// Pixels per image page; a larger page is `ocr.too_large` (PDF pages are rendered to fit). Default 40 M.
    public var ocrMaxPixels = 40_000_000
    /// The `tnef` program that unpacks winmail.dat. Default "tnef".
    public var tnefPath = "tnef"
    /// The `antiword` program for legacy Word files (`catdoc` is the fallback). Default "antiword".
    public var antiwordPath = "antiword"
    /// The `catdoc` program, for Word files that antiword cannot read. Default "catdoc".
    public var catdocPath = "catdoc"
    /// The `xls2csv` program (from catdoc) for legacy Excel files. Default "xls2csv".
    public var xls2csvPath = "xls2csv"
    /// The `catppt` program (from catdoc) for legacy PowerPoint files. Default "catppt".
    public var catpptPath = "catppt"
    /// The `msgconvert` program that turns an Outlook .msg into a MIME message. Default "msgconvert".
    public var msgconvertPath = "msgconvert"
    /// Wall time for one converter run (tnef, antiword, catdoc, xls2csv, catppt, msgconvert). Default 10 s.
    public var converterTimeoutSeconds = 10.0
    /// Address space for one converter run. Default 512 MiB.
    public var converterMemoryBytes = 512 << 20

    /// Makes the default limits.
    public init() {}
}
