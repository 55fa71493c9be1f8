/// The state of one `Extractor.extract` call: limits, budget, deadline and what was found.
///
/// Dispatches each spool (the part, or an entry of a container) to the reader for its kind,
/// recursing into archives. Never throws: every failure becomes a problem or unscannable entry.
final class ExtractionRun {
    let limits: ExtractLimits
    let budget: ExtractBudget
    let deadline: ContinuousClock.Instant?
    private(set) var result = ExtractResult()
    /// Where segments go as they are made, instead of into `result` (the caller scans each and
    /// lets it go, so a large part's text is never held whole).
    var onSegment: ((TextSegment) -> Void)?
    private var outOfTime = false

    init(limits: ExtractLimits, budget: ExtractBudget, deadline: ContinuousClock.Instant?) {
        self.limits = limits
        self.budget = budget
        self.deadline = deadline
    }

    /// Records content that could not be inspected (once per code and path).
    func unscannable(_ code: String, _ path: String) {
        let problem = ExtractProblem(code: code, path: path)
        if !result.unscannable.contains(problem) { result.unscannable.append(problem) }
    }

    /// Records a recoverable oddity.
    func problem(_ code: String, _ path: String) {
        result.problems.append(ExtractProblem(code: code, path: path))
    }

    /// Adds a text segment, truncated to the segment limit; blank text is dropped.
    func segment(_ path: String, _ bytes: [UInt8]) {
        var bytes = bytes
        if bytes.count > limits.maxSegmentBytes {
            var cut = limits.maxSegmentBytes
            while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes.removeSubrange(cut...)
            problem("text.truncated", path)
        }
        guard bytes.contains(where: { !MarkupTokenizer.isSpace($0) }) else { return }
        let text = TextSegment(path: path, text: String(decoding: bytes, as: UTF8.self))
        if let onSegment { onSegment(text) } else { result.segments.append(text) }
    }

    /// Bytes of a delimited file rendered per segment.
    static let delimitedSlice = 1 << 20

    /// A delimited file as segments of whole records (about 1 MiB of the file each), every one
    /// rendered with the header row's labels: a 50 MB export is never one string of rows and one
    /// of rendered text (that held 500 MB), and with a segment sink each slice is scanned and
    /// dropped before the next is made.
    private func delimitedSegments(_ bytes: [UInt8], tsv: Bool, path: String) {
        let (slices, firstEnd) = DelimitedText.recordSlices(bytes, target: ExtractionRun.delimitedSlice)
        let first = String(decoding: bytes[0..<min(bytes.count, ExtractionRun.delimitedSlice)], as: UTF8.self)
        let delimiter = tsv ? 0x09 : DelimitedText.sniffDelimiter(Substring(first).utf8)
        let headerRow = DelimitedText.parse(String(decoding: bytes[0..<firstEnd], as: UTF8.self),
                                            delimiter: delimiter, maxRows: 1).first ?? []
        let header = TableText.looksLikeHeader(headerRow) ? Array(bytes[0..<firstEnd]) : []
        for (i, range) in slices.enumerated() {
            if i > 0 && timeIsUp(path) { return }
            let text = i == 0 ? String(decoding: bytes[range], as: UTF8.self)
                              : String(decoding: header + bytes[range], as: UTF8.self)
            segment(path, Array(TableText.render(DelimitedText.parse(text, delimiter: delimiter)).utf8))
        }
    }

    /// Adds the text of a document, followed by the row-by-row rendering of the tables in it
    /// (`TextTableFinder.tables(in:)`), so that each cell is read with its typed column label.
    func documentSegment(_ path: String, _ bytes: [UInt8]) {
        let tables = TextTableFinder.tables(in: bytes)
        segment(path, tables.isEmpty ? bytes : bytes + [0x0A, 0x0A] + tables)
    }

    /// True (and `time.budget` recorded once) when the deadline has passed.
    func timeIsUp(_ path: String) -> Bool {
        if outOfTime { return true }
        if let deadline, ContinuousClock.now >= deadline {
            outOfTime = true
            unscannable("time.budget", path)
            return true
        }
        return false
    }

    /// A helper's time limit: `seconds`, or what is left before the deadline when that is less
    /// (`deadlineBound`: a kill then means `time.budget`, not the helper's own timeout).
    func timeLimit(_ seconds: Double) -> (seconds: Double, deadlineBound: Bool) {
        guard let deadline else { return (seconds, false) }
        let left = ContinuousClock.now.duration(to: deadline)
        let leftSeconds = Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18
        return leftSeconds < seconds ? (max(0, leftSeconds), true) : (seconds, false)
    }

    /// Joins a container path and an entry name.
    static func join(_ parent: String, _ name: String) -> String {
        parent.isEmpty ? name : parent + "/" + name
    }

    /// Extracts one spool of a known kind at `path`, `depth` containers deep.
    func extract(_ spool: Spool, kind: ContentKind, contentType: String, path: String, depth: Int) {
        if timeIsUp(path) { return }
        if spool.overflowed || spool.count > limits.maxPartBytes {
            unscannable("part.too_large", path)
            return
        }
        switch kind {
        case .text, .xml, .html, .csv, .tsv, .rtf, .hl7, .x12, .fhir:
            extractText(spool, kind: kind, contentType: contentType, path: path)
        case .docx, .xlsx, .pptx, .odf:
            guard enter(depth, path) else { return }
            OfficeExtractor(run: self, spool: spool, kind: kind, path: path, depth: depth).extract()
        case .oleCompound:
            LegacyOfficeExtractor(run: self, spool: spool, path: path).extract()
        case .pdf:
            PDFExtractor(run: self, spool: spool, path: path).extract()
        case .zip, .gzip, .tar, .sevenZip, .bzip2, .xz, .rar:
            guard enter(depth, path) else { return }
            if kind == .zip, let office = OfficeExtractor.sniffKind(spool) {
                OfficeExtractor(run: self, spool: spool, kind: office, path: path, depth: depth).extract()
                return
            }
            ArchiveExtractor(run: self, spool: spool, kind: kind, path: path, depth: depth).extract()
        case .message:
            guard enter(depth, path) else { return }
            MessageExtractor(run: self, spool: spool, path: path, depth: depth).extract()
        case .tnef:
            guard enter(depth, path) else { return }
            TNEFExtractor(run: self, spool: spool, path: path, depth: depth).extract()
        case .image:
            ImageExtractor(run: self, spool: spool, path: path).extract()
        case .unknownBinary:
            problem("binary.skipped", path)
        }
    }

    private func enter(_ depth: Int, _ path: String) -> Bool {
        if depth >= limits.maxDepth {
            unscannable("archive.too_deep", path)
            return false
        }
        return true
    }

    private func extractText(_ spool: Spool, kind: ContentKind, contentType: String, path: String) {
        let (bytes, charsetProblem) = TextDecoding.utf8(spool.allBytes(), contentType: contentType)
        if charsetProblem { problem("text.charset", path) }
        switch kind {
        case .html:
            var stream = HTMLTextStream()
            var out = stream.feed(bytes)
            out += stream.finish()
            segment(path, out)
        case .csv, .tsv:
            delimitedSegments(bytes, tsv: kind == .tsv, path: path)
        case .xml:
            // A CDA's patient as labelled lines first (`CDAHeader`), then the document's text.
            let patient: [UInt8] = CDAHeader.render(bytes).map { Array($0.utf8) + [0x0A] } ?? []
            segment(path, patient + XMLTextReader.text(of: bytes, rules: .generic))
        case .rtf:
            segment(path, RTFText.text(of: bytes))
        case .hl7, .x12:
            let text = String(decoding: bytes, as: UTF8.self)
            let rendered = kind == .hl7 ? HL7Reader.render(text) : X12Reader.render(text)
            segment(path, rendered.map { Array($0.utf8) } ?? bytes)
        case .fhir:
            segment(path, FHIRReader.render(bytes).map { Array($0.utf8) } ?? bytes)
        default:
            documentSegment(path, bytes)
        }
    }
}
