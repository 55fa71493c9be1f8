import PHIDetect
import PHIExtract
import PHIRegex

/// Where the content of one leaf part goes: straight into a scanner (plain text), through the
/// HTML stream into a scanner, or into a spool for the extractor (CSV, attachments). The text
/// that reaches a scanner also goes to the part's ``BodyTables``.
enum PartSink {
    case text(Scanner, BodyTables)
    case html(HTMLTextStream, Scanner, BodyTables)
    case spool(Spool, contentType: String, filename: String?)
    /// Over a limit or after an error: content is dropped (the reason is already recorded).
    case discard
}
