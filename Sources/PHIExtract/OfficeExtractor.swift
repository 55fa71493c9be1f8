/// Text from zip-based Office files: Word, Excel, PowerPoint (OOXML) and OpenDocument.
///
/// Word, slide and ODF text tables come out as TAB-separated rows; `ExtractionRun.documentSegment`
/// adds their row-by-row rendering with typed headers (`TextTableFinder`). Sheets are rendered by
/// `SpreadsheetReader` and `OpenDocumentSheetReader` through the same `TableText`.
///
/// Reads only the parts that hold text (document, headers, footers, notes, comments; slides;
/// shared strings and sheets; `content.xml`), under the same streaming limits as archives.
/// Embedded Office files, PDFs and text files are extracted in turn, one level deeper.
struct OfficeExtractor {
    let run: ExtractionRun
    let spool: Spool
    let kind: ContentKind
    let path: String
    let depth: Int

    /// The Office kind of a zip from its entry names, or nil when it is a plain zip.
    static func sniffKind(_ spool: Spool) -> ContentKind? {
        guard let reader = ArchiveReader(spool: spool, formats: ["zip"]) else { return nil }
        for _ in 0..<200 {
            guard case .entry(let entry) = reader.next() else { return nil }
            switch entry.path {
            case "word/document.xml": return .docx
            case "xl/workbook.xml": return .xlsx
            case "ppt/presentation.xml": return .pptx
            case "content.xml": return .odf
            default: _ = reader.skip()
            }
        }
        return nil
    }

    func extract() {
        guard let reader = ArchiveReader(spool: spool, formats: ["zip"]) else {
            run.unscannable("office.corrupt", path)
            return
        }
        var parts: [String: [UInt8]] = [:]
        var embedded: [(String, Spool)] = []
        var meter = RatioMeter(compressed: spool.count)
        var sawEntry = false
        loop: while !run.timeIsUp(path) {
            switch reader.next() {
            case .end:
                break loop
            case .failed(let code):
                run.unscannable(code == "archive.encrypted" ? "office.encrypted" : "office.corrupt", path)
                if !sawEntry { return }
                break loop
            case .entry(let entry):
                sawEntry = true
                let isEmbedded = Self.isEmbeddedDocument(entry.path)
                guard entry.isFile, wanted(entry.path) || isEmbedded else {
                    _ = reader.skip()
                    continue
                }
                if entry.isEncrypted {
                    run.unscannable("office.encrypted", path)
                    return
                }
                let name = entry.path
                let read = ArchiveExtractor.read(reader, name: name, path: ExtractionRun.join(path, name),
                                                 meter: &meter, run: run, archivePath: path, sniffBinary: isEmbedded)
                switch read {
                case .stopArchive: return
                case .skipped: continue
                case .spooled(let child):
                    if isEmbedded { embedded.append((name, child)) } else { parts[name] = child.allBytes() }
                }
            }
        }
        if !sawEntry {
            run.unscannable("office.corrupt", path)
            return
        }
        render(parts)
        for (name, child) in embedded {
            let entryPath = ExtractionRun.join(path, name)
            let childKind = Extractor.kind(contentType: "", filename: name, prefix: child.prefix(1024))
            run.extract(child, kind: childKind, contentType: "", path: entryPath, depth: depth + 1)
        }
    }

    private func wanted(_ name: String) -> Bool {
        switch kind {
        case .docx:
            return name == "word/document.xml" || name == "word/footnotes.xml" || name == "word/endnotes.xml"
                || name == "word/comments.xml" || Self.numbered(name, "word/header") != nil
                || Self.numbered(name, "word/footer") != nil
        case .pptx:
            return Self.numbered(name, "ppt/slides/slide") != nil || Self.numbered(name, "ppt/notesSlides/notesSlide") != nil
        case .xlsx:
            return name == "xl/workbook.xml" || name == "xl/_rels/workbook.xml.rels" || name == "xl/sharedStrings.xml"
                || name == "xl/styles.xml" || (name.hasPrefix("xl/worksheets/") && name.hasSuffix(".xml"))
        default:
            return name == "content.xml" || name == "META-INF/manifest.xml"
        }
    }

    /// The number in `prefix` + N + `.xml`, if `name` has that shape.
    static func numbered(_ name: String, _ prefix: String) -> Int? {
        guard name.hasPrefix(prefix), name.hasSuffix(".xml") else { return nil }
        return Int(name.dropFirst(prefix.count).dropLast(4))
    }

    /// True for Office/PDF/text files embedded in a document (`word/embeddings/…`, ODF `Object N/…`).
    static func isEmbeddedDocument(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.contains("embeddings/") || lower.hasPrefix("object ") else { return false }
        return [".docx", ".xlsx", ".pptx", ".pdf", ".csv", ".txt", ".odt", ".ods"].contains { lower.hasSuffix($0) }
    }

    private func render(_ parts: [String: [UInt8]]) {
        let limit = run.limits.maxSegmentBytes
        switch kind {
        case .docx:
            var names = ["word/document.xml"]
            names += parts.keys.filter { Self.numbered($0, "word/header") != nil }.sorted()
            names += parts.keys.filter { Self.numbered($0, "word/footer") != nil }.sorted()
            names += ["word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"]
            run.documentSegment(path, xmlText(names.compactMap { parts[$0] }, rules: .docx, limit: limit))
        case .pptx:
            let slides = parts.keys.compactMap { n in Self.numbered(n, "ppt/slides/slide").map { ($0, n) } }.sorted { $0.0 < $1.0 }
            let notes = parts.keys.compactMap { n in Self.numbered(n, "ppt/notesSlides/notesSlide").map { ($0, n) } }
                .sorted { $0.0 < $1.0 }
            run.documentSegment(path, xmlText((slides + notes).compactMap { parts[$0.1] }, rules: .pptx, limit: limit))
        case .xlsx:
            for (sheet, text) in SpreadsheetReader.sheets(parts) {
                run.segment(ExtractionRun.join(path, sheet), Array(text.utf8))
            }
        default:
            if let manifest = parts["META-INF/manifest.xml"], bytesContain(manifest, Array("encryption-data".utf8)) {
                run.unscannable("office.encrypted", path)
                return
            }
            guard let content = parts["content.xml"] else {
                run.unscannable("office.corrupt", path)
                return
            }
            if OpenDocumentSheetReader.isSpreadsheet(content) {
                for (sheet, text) in OpenDocumentSheetReader.sheets(content) {
                    run.segment(ExtractionRun.join(path, sheet), Array(text.utf8))
                }
                return
            }
            run.documentSegment(path, xmlText([content], rules: .odf, limit: limit))
        }
    }

    private func xmlText(_ documents: [[UInt8]], rules: XMLTextRules, limit: Int) -> [UInt8] {
        var out: [UInt8] = []
        for document in documents {
            var reader = XMLTextReader(rules: rules, maxBytes: limit)
            reader.feed(document)
            reader.finish()
            if reader.truncated { run.problem("text.truncated", path) }
            if !out.isEmpty && out.last != 0x0A { out.append(0x0A) }
            out += reader.output
        }
        return out
    }
}
