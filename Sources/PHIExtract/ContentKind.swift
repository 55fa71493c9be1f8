/// What a part or archive entry is, as far as extraction cares.
public enum ContentKind: Sendable, Hashable {
    case text, html, csv, tsv, xml
    case docx, xlsx, pptx, odf
    case pdf, rtf
    case zip, gzip, tar, sevenZip, bzip2, xz, rar
    /// An OLE compound file: legacy .doc/.xls/.ppt or an encrypted OOXML file.
    case oleCompound
    /// Outlook's TNEF wrapper (`winmail.dat`, `application/ms-tnef`).
    case tnef
    case image
    /// Health-care interchange: HL7 v2 messages, X12 transactions, FHIR JSON or XML.
    case hl7, x12, fhir
    /// A mail message as a file (`message/rfc822`, `.eml`): walked part by part.
    case message
    case unknownBinary
}
