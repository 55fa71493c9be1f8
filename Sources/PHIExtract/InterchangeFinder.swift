#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds HL7 v2 messages, X12 interchanges and FHIR resources pasted into running text (a mail
/// body, a text attachment) and renders them as labelled text (`HL7Reader`, `X12Reader`,
/// `FHIRReader`), as `TextTableFinder` does for tables.
///
/// A document starts at a line that opens with `MSH`, `FHS` or `BHS` and HL7 delimiters, or with
/// `ISA` and an element separator, possibly after reply quoting (`> `). Segments pasted without
/// their header (`PID|1||…`, `NM1*QC*1*…`) open a document too, read with the standard
/// separators. HL7 segments end at CR,
/// LF or CRLF; X12 segments at the ISA's terminator or a line end. Blank lines inside are
/// skipped; the document ends at the first piece that is not a segment, or at the text's end.
/// A FHIR document starts at a line `{"resourceType"…` (or `{` alone, then `"resourceType"`), or
/// at a root element in the FHIR namespace (after `<?xml …?>`, perhaps); it is gathered whole
/// (`FHIRTextCollector`, at most 1 MB) and reported once complete and readable, else not at all.
///
/// Feed text in chunks of any size: the events are the same for any chunking. Memory is bounded:
/// the head of the current line, one segment (up to `maxLineBytes`; a longer one is skipped), one
/// FHIR document and the readers' de-duplication sets.
public struct InterchangeFinder {
    /// What the finder reports, in text order.
    public enum Event: Equatable, Sendable {
        /// A document begins at `line` (1-based, counted by LF) of the text; `format` is `hl7`, `x12` or `fhir`.
        case start(line: Int, format: String)
        /// Labelled text of the current document's segments.
        case text(String)
        /// The current document ended; `bytes` is its span in the text fed (line starts to the end
        /// of its last segment).
        case end(bytes: Range<Int>)
    }

    private enum Mode {
        case idle
        case hl7(HL7Reader)
        case x12Header
        case x12(X12Reader, terminator: UInt8)
        /// A line that may open a FHIR document (`{` alone, `<?xml …?>`) was seen; the next decides.
        case fhirPending(FHIRTextCollector.Opening)
        case fhir(FHIRTextCollector)
    }

    /// The longest segment, in bytes, that is read.
    public let maxLineBytes: Int
    /// The most bytes of a line's head kept to decide whether it opens a document.
    static let headLimit = 256

    private var mode = Mode.idle
    private var lineNumber = 1
    private var head: [UInt8] = []
    private var skipping = false
    private var segment: [UInt8] = []
    private var tooLong = false
    private var events: [Event] = []
    /// Bytes fed before the current one.
    private var offset = 0
    /// Where the current line head or segment began, where the document began and where its last
    /// segment ended.
    private var pieceStart = 0
    private var documentStart = 0
    private var documentEnd = 0
    /// The current line of a FHIR document (or of the line after its opening), where it began,
    /// whether it grew past the collector's limit, and the line the document began on.
    private var fhirLine: [UInt8] = []
    private var fhirLineStart = 0
    private var fhirLineTooLong = false
    private var fhirStartLine = 0

    /// Makes a finder.
    public init(maxLineBytes: Int = 65_536) {
        self.maxLineBytes = maxLineBytes
    }

    /// Feeds the next chunk of UTF-8 text; returns what it completed.
    public mutating func feed(_ bytes: [UInt8]) -> [Event] {
        var i = 0
        while i < bytes.count {
            if case .idle = mode, skipping {
                let rest = bytes.count - i
                let lf: Int? = bytes.withUnsafeBytes { raw in
                    guard let base = raw.baseAddress else { return nil }
                    return memchr(base + i, 0x0A, rest).map { base.distance(to: UnsafeRawPointer($0)) }
                }
                guard let lf else {
                    offset += rest
                    break
                }
                skipping = false
                lineNumber += 1
                offset += lf + 1 - i
                i = lf + 1
                continue
            }
            // A line starting here, its first four bytes in this chunk and no segment id among them
            // (most prose): skipped at once, as `byte` would after reading them one by one.
            if i + 4 <= bytes.count, head.isEmpty, case .idle = mode, Self.plainLineStart(bytes, at: i) {
                skipping = true
                offset += 4
                i += 4
                continue
            }
            let b = bytes[i]
            i += 1
            byte(b)
            offset += 1
            if b == 0x0A { lineNumber += 1 }
        }
        defer { events = [] }
        return events
    }

    /// Ends the text: a last line without a line end still counts, and an open document ends.
    public mutating func finish() -> [Event] {
        switch mode {
        case .idle:
            if !head.isEmpty && !skipping { idleLineEnd(0x0A) }
        default:
            break
        }
        switch mode {
        case .fhirPending, .fhir:
            if !fhirLine.isEmpty || fhirLineTooLong { endFHIRLine() }
        default:
            break
        }
        switch mode {
        case .idle, .x12Header, .fhirPending, .fhir:
            break
        case .hl7:
            endHL7Segment()
        case .x12:
            endX12Segment(0x0A)
        }
        switch mode {
        case .idle, .fhirPending, .fhir: break
        default: endDocument()
        }
        mode = .idle
        fhirLine = []
        fhirLineTooLong = false
        head = []
        skipping = false
        defer { events = [] }
        return events
    }

    private mutating func byte(_ b: UInt8) {
        switch mode {
        case .idle:
            if b == 0x0A || b == 0x0D {
                idleLineEnd(b)
                return
            }
            if head.isEmpty { pieceStart = offset }
            head.append(b)
            let quoted = head.prefix { $0 == 0x3E || $0 == 0x20 || $0 == 0x09 }.count
            // A line opening with `{` or `<` may be FHIR: that needs the whole line (or its head).
            let markup = head.count > quoted && (head[quoted] == 0x7B || head[quoted] == 0x3C)
            // Most lines are prose: four bytes tell, with no string built, that no segment opens here.
            if !markup && head.count - quoted == 4 && !Self.mayOpenSegment(head, at: quoted) {
                skipping = true
                head.removeAll(keepingCapacity: true)
                return
            }
            if (!markup && head.count - quoted >= 9) || head.count >= Self.headLimit { decide(complete: false) }
        case .hl7:
            if b == 0x0A || b == 0x0D { endHL7Segment() } else { append(b) }
        case .x12Header:
            x12HeaderByte(b)
        case .x12:
            x12Byte(b)
        case .fhirPending, .fhir:
            if b == 0x0A || b == 0x0D {
                endFHIRLine()
            } else if fhirLine.count < FHIRTextCollector.maxBytes {
                if fhirLine.isEmpty { fhirLineStart = offset }
                fhirLine.append(b)
            } else {
                fhirLineTooLong = true
            }
        }
    }

    /// Whether a line whose text (quoting dropped) starts at `head[at]`, four bytes, may open an
    /// HL7 or X12 header or segment: an id of an upper-case letter and one or two upper-case
    /// letters or digits (`MSH`, `PID`, `ISA`, `NM1`, `N3`), then a delimiter (an ASCII byte that
    /// is no letter, digit or blank).
    static func mayOpenSegment(_ head: [UInt8], at q: Int) -> Bool {
        func isIdByte(_ b: UInt8) -> Bool { (b &- 65) < 26 || (b &- 48) < 10 }
        guard (head[q] &- 65) < 26, isIdByte(head[q + 1]) else { return false }
        let d = isIdByte(head[q + 2]) ? head[q + 3] : head[q + 2]
        return d < 0x80 && !isIdByte(d) && ((d | 0x20) &- 97) >= 26 && d != 0x20 && d != 0x09
    }

    /// Whether the four bytes at `bytes[at]` open a line that `byte` would skip after reading them:
    /// no line end among them, no reply quoting or markup first, and no segment id
    /// (`mayOpenSegment`).
    static func plainLineStart(_ bytes: [UInt8], at i: Int) -> Bool {
        let first = bytes[i]
        guard first != 0x3E, first != 0x20, first != 0x09, first != 0x7B, first != 0x3C else { return false }
        for k in i..<(i + 4) where bytes[k] == 0x0A || bytes[k] == 0x0D { return false }
        return !mayOpenSegment(bytes, at: i)
    }

    /// A line end in idle mode: the line gathered is decided, and a document it opens takes the end.
    private mutating func idleLineEnd(_ b: UInt8) {
        if !head.isEmpty { decide(complete: true) }
        head.removeAll(keepingCapacity: true)
        if case .hl7 = mode { endHL7Segment() }
        if case .x12 = mode { x12Byte(b) }
        if case .x12Header = mode { x12HeaderByte(b) }
        if case .fhirPending = mode, !fhirLine.isEmpty { endFHIRLine() }
        if case .fhir = mode, !fhirLine.isEmpty { endFHIRLine() }
    }

    /// Decides whether the line head gathered opens a document; switches mode when it does.
    private mutating func decide(complete: Bool) {
        let text = String(decoding: head, as: UTF8.self)
        let line = LabelledText.unquote(text[...])
        // A header, or a segment pasted without one (read with the standard separators).
        if let reader = HL7Reader(header: line) ?? (HL7Reader.isFragmentStart(line) ? HL7Reader.fragment() : nil) {
            startDocument("hl7")
            mode = .hl7(reader)
            segment = head
        } else if X12Reader.isHeader(line) {
            startDocument("x12")
            mode = .x12Header
            segment = head
        } else if X12Reader.isFragmentStart(line) {
            startDocument("x12")
            mode = .x12(X12Reader.fragment(), terminator: 0x7E)
            let pending = head
            segment = []
            for p in pending { x12Byte(p) }
        } else if let opening = FHIRTextCollector.opening(line) {
            startFHIR(opening, complete: complete)
        } else if !complete && head.count < Self.headLimit
                    && (HL7Reader.mayOpenFragment(line) || X12Reader.mayOpenFragment(line)) {
            return  // a segment id and its separator: the rest of the line decides
        } else if !complete {
            skipping = true
        }
        head.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ b: UInt8) {
        guard !tooLong else { return }
        if segment.isEmpty { pieceStart = offset }
        if segment.count >= maxLineBytes {
            tooLong = true
            segment.removeAll()
        } else {
            segment.append(b)
        }
    }

    private mutating func endHL7Segment() {
        guard case .hl7(var reader) = mode else { return }
        defer { segment.removeAll(keepingCapacity: true); tooLong = false }
        guard !tooLong else { return }
        let text = String(decoding: segment, as: UTF8.self)
        let line = LabelledText.unquote(text[...])
        if line.isEmpty { return }
        if reader.isSegment(line) || HL7Reader.isHeader(line) {
            let rendered = reader.read(line)
            mode = .hl7(reader)
            documentEnd = offset
            if !rendered.isEmpty { events.append(.text(rendered)) }
            return
        }
        endDocument()
        mode = .idle
        head = segment
        decide(complete: true)
        if case .x12Header = mode { x12HeaderByte(0x0A) }
        if case .fhir = mode, !fhirLine.isEmpty { endFHIRLine() }
    }

    private mutating func x12HeaderByte(_ b: UInt8) {
        segment.append(b)
        let text = String(decoding: segment, as: UTF8.self)
        let line = LabelledText.unquote(text[...])
        if X12Reader.headerComplete(line), let reader = X12Reader(isa: line) {
            let terminator = reader.terminator?.asciiValue ?? 0x7E
            mode = .x12(reader, terminator: terminator)
            let pending = segment
            segment = []
            for p in pending { x12Byte(p) }
        } else if segment.count > 1024 || (b == 0x0A && !X12Reader.headerComplete(line)) {
            endDocument()
            mode = .idle
            segment = []
        }
    }

    private mutating func x12Byte(_ b: UInt8) {
        guard case .x12(_, let terminator) = mode else { return }
        if b == terminator || b == 0x0A || b == 0x0D { endX12Segment(b) } else { append(b) }
    }

    private mutating func endX12Segment(_ b: UInt8) {
        guard case .x12(var reader, let terminator) = mode else { return }
        defer { segment.removeAll(keepingCapacity: true); tooLong = false }
        guard !tooLong else { return }
        let text = String(decoding: segment, as: UTF8.self)
        let line = LabelledText.unquote(text[...])
        if line.isEmpty { return }
        if reader.isSegment(line) {
            let rendered = reader.read(line)
            mode = .x12(reader, terminator: terminator)
            documentEnd = offset
            if !rendered.isEmpty { events.append(.text(rendered)) }
            return
        }
        endDocument()
        mode = .idle
        skipping = b != 0x0A
    }

    /// An HL7 or X12 document opens at the current line.
    private mutating func startDocument(_ format: String) {
        events.append(.start(line: lineNumber, format: format))
        documentStart = pieceStart
        documentEnd = pieceStart
    }

    private mutating func endDocument() {
        events.append(.end(bytes: documentStart..<max(documentStart, documentEnd)))
    }

    /// A line (its head, when `complete` is false) opens a FHIR document, or may: the line is
    /// kept as the document's first, and ended at once when complete.
    private mutating func startFHIR(_ opening: FHIRTextCollector.Opening, complete: Bool) {
        documentStart = pieceStart
        fhirStartLine = lineNumber
        switch opening {
        case .brace, .declaration:
            guard complete else {
                skipping = true
                return
            }
            mode = .fhirPending(opening)
            return  // the opening line itself is not part of what the collector reads
        case .json:
            mode = .fhir(FHIRTextCollector(root: nil))
        case .xml(let root):
            mode = .fhir(FHIRTextCollector(root: root))
        }
        fhirLine = head
        fhirLineStart = pieceStart
    }

    /// Ends a line inside a FHIR document (or after its possible opening).
    private mutating func endFHIRLine() {
        let raw = fhirLine
        let tooLong = fhirLineTooLong
        fhirLine.removeAll(keepingCapacity: true)
        fhirLineTooLong = false
        let text = String(decoding: raw, as: UTF8.self)
        let line = LabelledText.unquote(text[...])
        switch mode {
        case .fhirPending(let opening):
            if line.isEmpty && !tooLong { return }
            let next = tooLong ? nil : FHIRTextCollector.opening(line)
            if opening == .brace, !tooLong, FHIRTextCollector.confirmsBrace(line) {
                var collector = FHIRTextCollector(root: nil)
                collector.add("{")
                collector.add(line)
                mode = .fhir(collector)
            } else if opening == .declaration, case .xml(let root)? = next {
                var collector = FHIRTextCollector(root: root)
                collector.add(line)
                mode = .fhir(collector)
            } else if opening == .declaration, next == .declaration {
                return
            } else {
                // Not FHIR after all: the line is read afresh, as any other line.
                mode = .idle
                guard !tooLong else { return }
                head = raw
                pieceStart = fhirLineStart
                idleLineEnd(0x0A)
                return
            }
        case .fhir(var collector):
            guard !tooLong else {
                mode = .idle
                return
            }
            if line.isEmpty { return }
            guard collector.accepts(line) else {
                // The document was cut short: the line is read afresh, as any other line.
                mode = .idle
                head = raw
                pieceStart = fhirLineStart
                idleLineEnd(0x0A)
                return
            }
            collector.add(line)
            mode = collector.overflowed ? .idle : .fhir(collector)
        default:
            return
        }
        guard case .fhir(let collector) = mode, collector.complete else { return }
        mode = .idle
        guard let rendered = FHIRReader.render(collector.bytes) else { return }
        events.append(.start(line: fhirStartLine, format: "fhir"))
        if !rendered.isEmpty { events.append(.text(rendered)) }
        events.append(.end(bytes: documentStart..<max(documentStart, offset)))
    }
}
