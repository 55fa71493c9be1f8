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

    /// Makes the default limits.
    public init() {}
}
