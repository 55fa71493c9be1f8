public import PHIExtract
public import PHIMIME

/// Size and time limits of one message inspection, with the MIME and extraction limits it passes on.
public struct InspectorLimits: Sendable {
    /// Bytes of raw message inspected; the rest is unscannable (`message.too_large`). Default: 50 MiB.
    public var maxMessageBytes: Int = 50 << 20
    /// Wall-time budget per message in seconds; past it the rest is unscannable (`time.budget`). Default: 30.
    public var timeBudgetSeconds: Double = 30
    /// MIME walking limits (nesting depth, header sizes, part count).
    public var mime = MIMELimits()
    /// Attachment limits (archive depth, files, expanded bytes, ratio; PDF time and memory; spooling).
    public var extract = ExtractLimits()

    public init() {}
}
