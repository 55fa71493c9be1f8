import PHIText

/// Turns one decoded part (bytes, content type, file name) into UTF-8 text segments, within limits.
///
/// Never throws and never traps on bad input: what cannot be read is reported in
/// `ExtractResult.unscannable`, oddities in `ExtractResult.problems`.
public enum Extractor {
    /// Decides what a part is from its content type, file name extension and magic bytes.
    ///
    /// Magic bytes win over the name (a `.txt` that starts with `PK\x03\x04` is a zip), the name
    /// wins over a generic type (`application/octet-stream` named `x.docx` is a docx), and where
    /// the declared type is not to be trusted (`sniffedKind`) the content decides.
    public static func kind(contentType: String, filename: String?, prefix: [UInt8]) -> ContentKind {
        decide(contentType: contentType, filename: filename, prefix: prefix).kind
    }

    /// The kind of a part, and whether its content (not its type or name) decided it.
    ///
    /// The content decides when the type and name say nothing (no type, `application/octet-stream`,
    /// `application/x-download`…), say plain text (`text/plain`, `.txt`: it may be a CSV), or say
    /// a binary Office format the bytes are not (`application/vnd.ms-excel` holding CSV text). Text
    /// is recognised in UTF-8, UTF-16 and UTF-32, with or without a byte order mark; text whose
    /// first lines split into the same number of cells is CSV (`DelimitedText.looksDelimited`).
    static func decide(contentType: String, filename: String?, prefix: [UInt8]) -> (kind: ContentKind, sniffed: Bool) {
        let type = baseType(contentType)
        let declared = declaredKind(contentType: contentType, filename: filename)
        if let magic = magicKind(prefix) {
            if magic == .zip, let named = declared, [.docx, .xlsx, .pptx, .odf].contains(named) {
                return (named, false)
            }
            if magic == .zip, odfMimetype(prefix) { return (.odf, false) }
            return (magic, false)
        }
        let plain = declared == .text && (type.isEmpty || type == "text/plain" || genericTypes.contains(type))
        let officeText = (declared == .oleCompound || declared == .xlsx) && looksLikeText(prefix)
        let untrusted = declared == nil || plain || officeText
        guard untrusted else {
            // Declared text may be an interchange document (HL7 in a .txt, FHIR JSON as text/plain,
            // FHIR XML as application/xml).
            if declared == .text || declared == .xml, let interchange = interchangeKind(prefix) { return (interchange, false) }
            return (declared ?? .unknownBinary, false)
        }
        guard looksLikeText(prefix) else { return (declared ?? .unknownBinary, false) }
        // HL7 and X12 have delimiters too: they are read field by field, not as a table.
        if let interchange = interchangeKind(TextDecoding.utf8(prefix).bytes) { return (interchange, declared != interchange) }
        if looksLikeMessage(prefix) { return (.message, declared != .message) }
        let text = String(decoding: TextDecoding.utf8(prefix).bytes, as: UTF8.self)
        if DelimitedText.looksDelimited(text) {
            return (.csv, declared != .csv)
        }
        return (.text, declared != nil && declared != .text)
    }

    /// The kind the content type and file name declare, before any byte is read: the one place
    /// that says whether a part is CSV (the Inspector streams text parts but spools CSV for this
    /// extractor). Nil when neither tells (a generic type, no type, an unknown extension).
    public static func declaredKind(contentType: String, filename: String?) -> ContentKind? {
        let type = baseType(contentType)
        let fromName = kindByExtension[fileExtension(filename)]
        let fromType = kindByType[type] ?? (type.hasPrefix("image/") ? .image
            : type.hasPrefix("audio/") || type.hasPrefix("video/") ? .unknownBinary : nil)
        if let named = fromName, named != .text || fromType == nil { return named }
        if let typed = fromType { return typed }
        if type.hasPrefix("text/") { return .text }
        return nil
    }

    /// The problem code recording a kind the content decided (`sniffed.csv`, `sniffed.text`).
    static func sniffedCode(_ kind: ContentKind) -> String {
        switch kind {
        case .csv: return "sniffed.csv"
        case .tsv: return "sniffed.tsv"
        case .hl7: return "sniffed.hl7"
        case .x12: return "sniffed.x12"
        case .fhir: return "sniffed.fhir"
        default: return "sniffed.text"
        }
    }

    /// Types that say nothing about the content.
    static let genericTypes: Set<String> = [
        "application/octet-stream", "application/x-download", "application/download", "application/force-download",
        "binary/octet-stream", "application/unknown", "application/binary", "application/x-octet-stream",
    ]

    static func baseType(_ contentType: String) -> String {
        (contentType.split(separator: ";").first.map(String.init) ?? "").lowercased().trimming(" \t")
    }

    /// The interchange format text starting with `prefix` is in: an HL7 header segment (`MSH|^~\&`),
    /// an X12 `ISA`, or a FHIR JSON or XML resource, at the start of its first non-blank line (after quoting).
    static func interchangeKind(_ prefix: [UInt8]) -> ContentKind? {
        if FHIRReader.looksLikeFHIR(prefix) { return .fhir }
        let text = String(decoding: prefix.prefix(512), as: UTF8.self)
        guard let first = LabelledText.firstLine(of: text[...]) else { return nil }
        if HL7Reader.isHeader(first) { return .hl7 }
        if X12Reader.isHeader(first) { return .x12 }
        return nil
    }

    /// True when a text part is read whole by the extractor rather than streamed: a table (CSV/TSV,
    /// whose quoted fields span lines), an interchange document (HL7, X12, FHIR, any JSON) or XML
    /// (read as text of its elements, a CDA's patient with labels, not as tags).
    public static func readsWhole(contentType: String, filename: String?) -> Bool {
        let declared = declaredKind(contentType: contentType, filename: filename)
        return [.csv, .tsv, .hl7, .x12, .fhir, .xml].contains(declared) || fileExtension(filename) == "json"
    }

    /// Extracts the text of one spooled part.
    ///
    /// Pass one `budget` to every part of a message so that archive limits hold per message;
    /// `deadline` stops the work (unscannable `time.budget`) once passed.
    /// With `onSegment`, each text segment goes there as it is made and the result holds none.
    public static func extract(_ spool: Spool, contentType: String, filename: String?, limits: ExtractLimits,
                               deadline: ContinuousClock.Instant?, budget: ExtractBudget = ExtractBudget(),
                               onSegment: ((TextSegment) -> Void)? = nil) -> ExtractResult {
        let run = ExtractionRun(limits: limits, budget: budget, deadline: deadline)
        run.onSegment = onSegment
        let path = filename ?? ""
        let (kind, sniffed) = decide(contentType: contentType, filename: filename, prefix: spool.prefix(4096))
        if sniffed { run.problem(sniffedCode(kind), path) }
        run.extract(spool, kind: kind, contentType: contentType, path: path, depth: 0)
        return run.result
    }

    /// Extracts the text of bytes already in memory (a convenience over `Spool`).
    public static func extract(_ bytes: [UInt8], contentType: String, filename: String?,
                               limits: ExtractLimits = ExtractLimits(),
                               deadline: ContinuousClock.Instant? = nil) -> ExtractResult {
        let spool = Spool(memoryLimit: limits.spoolMemoryBytes, maxBytes: limits.maxPartBytes)
        do {
            try spool.append(bytes)
        } catch {
            return ExtractResult(unscannable: [ExtractProblem(code: "part.too_large", path: filename ?? "")])
        }
        return extract(spool, contentType: contentType, filename: filename, limits: limits, deadline: deadline)
    }

    /// Whether the first bytes read as a mail message: its first lines are header fields
    /// (`Name: value`, folded lines allowed) up to a blank line, and one of them is From,
    /// Received, Message-ID or MIME-Version.
    static func looksLikeMessage(_ p: [UInt8]) -> Bool {
        var known = false, fields = 0
        for var line in p.prefix(4096).split(separator: 0x0A, omittingEmptySubsequences: false).prefix(40) {
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty { return known && fields >= 2 }
            if line.first == 0x20 || line.first == 0x09 { continue }  // a folded line
            guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex,
                  line[..<colon].allSatisfy({ (0x41...0x5A).contains($0 | 0x20 &- 0x20) || (0x30...0x39).contains($0) || $0 == 0x2D })
            else { return false }
            fields += 1
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            if ["from", "received", "message-id", "mime-version"].contains(name) { known = true }
        }
        return false
    }

    /// The kind shown by the first bytes, if they are a known signature.
    static func magicKind(_ p: [UInt8]) -> ContentKind? {
        func has(_ sig: [UInt8], at offset: Int = 0) -> Bool {
            p.count >= offset + sig.count && p[offset..<(offset + sig.count)].elementsEqual(sig)
        }
        if has([0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf }
        if has([0x50, 0x4B, 0x03, 0x04]) || has([0x50, 0x4B, 0x05, 0x06]) || has([0x50, 0x4B, 0x07, 0x08]) { return .zip }
        if has([0x1F, 0x8B]) { return .gzip }
        if has([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        if has([0x42, 0x5A, 0x68]) && p.count >= 10 && (0x31...0x39).contains(p[3])
            && (has([0x31, 0x41, 0x59, 0x26, 0x53, 0x59], at: 4) || has([0x17, 0x72, 0x45, 0x38, 0x50, 0x90], at: 4)) {
            return .bzip2
        }
        if has([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if has(Array("Rar!".utf8) + [0x1A, 0x07]) { return .rar }
        if has(Array("ustar".utf8), at: 257) { return .tar }
        if has([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oleCompound }
        if has([0x78, 0x9F, 0x3E, 0x22]) { return .tnef }
        if has(Array("{\\rtf".utf8)) { return .rtf }
        if has([0x89, 0x50, 0x4E, 0x47]) || has([0xFF, 0xD8, 0xFF]) || has(Array("GIF8".utf8))
            || has([0x49, 0x49, 0x2A, 0x00]) || has([0x4D, 0x4D, 0x00, 0x2A]) || has(Array("BM".utf8)) && p.count >= 26
            && p[6..<10].allSatisfy({ $0 == 0 }) || has(Array("RIFF".utf8)) && has(Array("WEBP".utf8), at: 8) {
            return .image
        }
        if has(Array("ftyp".utf8), at: 4) {
            let brand = p.count >= 12 ? String(decoding: p[8..<12], as: UTF8.self) : ""
            return ["heic", "heix", "mif1", "msf1", "avif", "avis"].contains(brand) ? .image : .unknownBinary
        }
        if has(Array("RIFF".utf8)) || (has(Array("ID3".utf8)) && p.count > 3 && p[3] < 0x10) {
            return .unknownBinary  // WAV, AVI, MP3: sound and video are not read
        }
        if has([0x7F, 0x45, 0x4C, 0x46]) { return .unknownBinary }
        return nil
    }

    /// True when a zip's first entry is an ODF `mimetype` naming an OpenDocument type.
    static func odfMimetype(_ p: [UInt8]) -> Bool {
        guard p.count > 30 else { return false }
        let nameLength = Int(p[26]) | Int(p[27]) << 8
        let extraLength = Int(p[28]) | Int(p[29]) << 8
        let content = 30 + nameLength + extraLength
        let want = Array("application/vnd.oasis.opendocument.".utf8)
        guard nameLength == 8, p.count >= content + want.count else { return false }
        return p[30..<38].elementsEqual(Array("mimetype".utf8)) && p[content..<(content + want.count)].elementsEqual(want)
    }

    /// True when the first bytes read as text: a UTF-16 or UTF-32 BOM, UTF-16/32 without one
    /// (ASCII with NULs in the other bytes), or no NULs and few control bytes.
    static func looksLikeText(_ p: [UInt8]) -> Bool {
        if TextEncodingSniff.shown(by: p) != nil { return true }
        var control = 0
        for b in p {
            if b == 0 { return false }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
        }
        return control * 20 <= p.count
    }

    static func fileExtension(_ filename: String?) -> String {
        guard let name = filename?.lowercased(), let dot = name.lastIndex(of: ".") else { return "" }
        let ext = String(name[name.index(after: dot)...])
        return ext.contains("/") ? "" : ext
    }

    private static let kindByExtension: [String: ContentKind] = [
        "txt": .text, "text": .text, "log": .text, "md": .text, "eml": .message, "msg822": .text, "json": .text,
        "ics": .text, "vcf": .text, "hl7": .hl7, "x12": .x12, "edi": .x12, "837": .x12, "835": .x12, "270": .x12,
        "271": .x12, "276": .x12, "277": .x12, "999": .x12, "ndjson": .fhir, "ini": .text, "yaml": .text, "yml": .text,
        "htm": .html, "html": .html, "xhtml": .html, "mht": .text, "xml": .xml, "csv": .csv, "tsv": .tsv, "tab": .tsv,
        "rtf": .rtf, "pdf": .pdf,
        "docx": .docx, "docm": .docx, "dotx": .docx, "dotm": .docx,
        "xlsx": .xlsx, "xlsm": .xlsx, "xltx": .xlsx, "xltm": .xlsx,
        "pptx": .pptx, "pptm": .pptx, "ppsx": .pptx, "potx": .pptx,
        "odt": .odf, "ods": .odf, "odp": .odf, "ott": .odf, "ots": .odf, "otp": .odf,
        "doc": .oleCompound, "xls": .oleCompound, "ppt": .oleCompound, "msg": .oleCompound,
        "zip": .zip, "gz": .gzip, "tgz": .gzip, "tar": .tar, "7z": .sevenZip, "bz2": .bzip2, "xz": .xz, "rar": .rar,
        "png": .image, "jpg": .image, "jpeg": .image, "gif": .image, "bmp": .image, "tif": .image, "tiff": .image,
        "webp": .image, "heic": .image, "ico": .image, "svg": .xml, "mp3": .unknownBinary, "mp4": .unknownBinary,
        "mov": .unknownBinary, "wav": .unknownBinary, "exe": .unknownBinary, "dll": .unknownBinary, "bin": .unknownBinary, "p7s": .unknownBinary,
    ]

    private static let kindByType: [String: ContentKind] = [
        "text/plain": .text, "text/html": .html, "application/xhtml+xml": .html, "text/csv": .csv,
        "application/csv": .csv, "application/x-csv": .csv, "text/x-csv": .csv, "text/comma-separated-values": .csv,
        "text/tab-separated-values": .tsv, "text/xml": .xml, "application/xml": .xml, "text/rtf": .rtf,
        "application/rtf": .rtf, "application/pdf": .pdf, "application/json": .text, "message/rfc822": .message,
        "text/calendar": .text, "text/vcard": .text, "text/x-vcard": .text,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": .docx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": .xlsx,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation": .pptx,
        "application/vnd.oasis.opendocument.text": .odf, "application/vnd.oasis.opendocument.spreadsheet": .odf,
        "application/vnd.oasis.opendocument.presentation": .odf,
        "application/msword": .oleCompound, "application/vnd.ms-excel": .oleCompound,
        "application/vnd.ms-powerpoint": .oleCompound,
        "application/zip": .zip, "application/x-zip-compressed": .zip, "application/gzip": .gzip,
        "application/x-gzip": .gzip, "application/x-tar": .tar, "application/x-7z-compressed": .sevenZip,
        "application/x-bzip2": .bzip2, "application/x-xz": .xz, "application/vnd.rar": .rar,
        "application/x-rar-compressed": .rar,
        "x-application/hl7-v2+er7": .hl7, "application/hl7-v2": .hl7, "application/x-hl7": .hl7,
        "application/edi-x12": .x12, "application/x12": .x12, "application/fhir+json": .fhir,
        "application/fhir+xml": .fhir, "application/fhir+ndjson": .fhir, "application/x-ndjson": .fhir,
        "image/svg+xml": .xml, "application/ms-tnef": .tnef, "application/vnd.ms-tnef": .tnef,
        "application/pkcs7-signature": .unknownBinary, "application/x-pkcs7-signature": .unknownBinary,
    ]
}
