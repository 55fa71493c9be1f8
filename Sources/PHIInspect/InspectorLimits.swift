public import PHIExtract
public import PHIMIME

/// Size and time limits of one message inspection, with the MIME and extraction limits it passes on.
public struct InspectorLimits: Sendable {
    /// Bytes of raw message inspected; the rest is unscannable (`message.too_large`). Default: 50 MiB.
    public var maxMessageBytes: Int = 50 << 20
    /// phi-milter's own work per message in seconds (the client's pauses between chunks do not
    /// count); past it the rest is unscannable (`time.budget`). Default: 30.
    public var timeBudgetSeconds: Double = 30
    /// Wall-clock seconds from the first byte to the end of inspection, pauses included; a cap
    /// well above Postfix's own timeouts (`milter_content_timeout` 300 s). Default: 900.
    public var wallClockSeconds: Double = 900
    /// MIME walking limits (nesting depth, header sizes, part count).
    public var mime = MIMELimits()
    /// Attachment limits (archive depth, files, expanded bytes, ratio; PDF time and memory; spooling).
    public var extract = ExtractLimits()

    public init() {}

    /// Seconds as a Duration, clamped to 0 through one day (never traps on a wild value).
    static func duration(_ seconds: Double) -> Duration {
        guard seconds.isFinite, seconds > 0 else { return .zero }
        return .milliseconds(Int64(min(seconds, 86_400) * 1000))
    }
}
