import PHIDetect

/// The closed sets that metric label values come from. A value outside its set is counted as
/// `other`: no label can carry message data, and the number of series is fixed at start.
public enum MetricLabels {
    /// Finding types (DESIGN §5: the canonical names packs may use).
    public static let findingTypes: [String] = PHIType.all

    /// Unscannable reason codes the inspector reports, plus `error` (the scan failed) and `overload`.
    public static let unscannableReasons: [String] = [
        "archive.bomb", "archive.corrupt", "archive.encrypted", "archive.too_deep", "archive.too_large",
        "archive.too_many_files", "binary.skipped", "image.tiny", "message.too_large", "mime.too_deep",
        "mime.too_many_parts", "ocr.disabled", "ocr.failed", "ocr.no_text", "ocr.timeout", "ocr.too_large",
        "ocr.too_many_pages", "ocr.unavailable", "ocr.unsupported", "office.corrupt", "office.encrypted",
        "office.legacy", "part.too_large", "pdf.encrypted", "pdf.failed", "pdf.no_text", "pdf.timeout",
        "pdf.unavailable", "spool.failed", "spool.memory", "spool.tempfile", "spool.write", "text.charset",
        "text.truncated", "time.budget", "tnef.failed", "tnef.unavailable", "error", "overload",
    ]

    /// Why a message or connection got a 4xx.
    public enum TempfailCause: String, Sendable, CaseIterable {
        /// The policy's action for the verdict is tempfail.
        case policy
        /// The scan failed or ran out of time (`on_error: tempfail`).
        case error
        /// No scan slot was free.
        case overload
        /// The audit record could not be written (`audit.on_failure: tempfail`).
        case audit
        /// libmilter refused a header change or the quarantine.
        case modify
        /// The milter is stopping (connect or MAIL refused).
        case draining
    }

    /// `value` when it is in `set`, else `other`.
    public static func closed(_ value: String, in set: Set<String>) -> String {
        set.contains(value) ? value : "other"
    }
}
