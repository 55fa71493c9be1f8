import PHIDetect
import PHIExtract
import PHIRegex

/// Where the content of one leaf part goes: straight into a text scan (plain text), through the
/// HTML stream into a text scan, or into a spool for the extractor (CSV, attachments).
enum PartSink {
    case text(TextPartScan)
    case html(HTMLTextStream, TextPartScan)
    case spool(Spool, contentType: String, filename: String?)
    /// Over a limit or after an error: content is dropped (the reason is already recorded).
    case discard
}
