/// A streaming MIME walker: feed it byte chunks as they arrive, get events back.
///
/// Chunks may be split anywhere and lines may end in CRLF or bare LF. Text parts are never
/// buffered whole: the parser holds at most one header line, one boundary-length lookahead
/// and one chunk of decoded output. Hostile input never traps; defects become `.problem`
/// events and the rest of the message is still walked. Not thread-safe: one per message.
///
/// Event order: the top-level `.header`s (path ""), then `.partStart` of the root ("1" for a
/// single part, "" for a multipart), and for every part in message order its `.partStart`,
/// its `.text` or `.data`, the problems found in its content, and its `.partEnd`; containers
/// end after their children. A message/rfc822 part "2" reports its own `.header`s with path
/// "2"; its body is "2.1", or, when multipart, a container that shares the path "2" (so "2"
/// starts and ends twice, properly nested) with children "2.1", "2.2". Text and data of one
/// part may come in several events; joined, they are the same at every chunk size.
public final class MIMEParser {
    let limits: MIMELimits
    var events: [MIMEEvent] = []

    // Structure.
    var containers: [MIMEContainer] = []
    var boundaryCount = 0
    var lookahead = 0
    var partCount = 0
    var reportedTooManyParts = false
    var finished = false

    // Line state.
    var inHeaders = true
    var header: HeaderBlock
    var lineBuf: [UInt8] = []
    var atLineStart = true
    var heldEOL: [UInt8] = []
    var pendingCR = false

    // Body sink.
    enum Sink { case discard, preamble, leaf }
    var sink: Sink = .discard
    var leaf: LeafDecoder?
    var preamble: [UInt8] = []

    /// Creates a parser for one message.
    public init(limits: MIMELimits = MIMELimits()) {
        self.limits = limits
        self.header = HeaderBlock(context: EntityContext.messageRoot("", depth: 0))
    }

    /// Creates a parser for a message nested at `messagePath` (a base64 or quoted-printable
    /// message/rfc822 part, whose decoded bytes are walked by this parser).
    init(limits: MIMELimits, messagePath: String, depth: Int) {
        self.limits = limits
        self.header = HeaderBlock(context: EntityContext.messageRoot(messagePath, depth: depth))
    }

    /// Walks the next chunk of the message.
    public func feed(_ bytes: some Collection<UInt8>) -> [MIMEEvent] {
        if bytes.withContiguousStorageIfAvailable({ consume($0) }) == nil {
            let copy = Array(bytes)
            copy.withUnsafeBufferPointer { consume($0) }
        }
        return takeEvents()
    }

    /// Walks the next chunk of the message.
    public func feed(_ bytes: UnsafeRawBufferPointer) -> [MIMEEvent] {
        consume(bytes.assumingMemoryBound(to: UInt8.self))
        return takeEvents()
    }

    /// Ends the message: flushes decoders, closes open parts (an unclosed multipart is a
    /// `mime.missing_boundary` problem) and emits the pending `partEnd` events.
    public func finish() -> [MIMEEvent] {
        guard !finished else { return [] }
        if inHeaders {
            if !lineBuf.isEmpty {
                var line = lineBuf
                lineBuf.removeAll()
                if line.last == 0x0D { line.removeLast() }
                headerLine(line[...], eol: [])
            }
        } else {
            finishBodyLine()
        }
        closeAll()
        finished = true
        return takeEvents()
    }

    /// Bytes the parser holds between calls: line lookahead, preamble, decoder state.
    /// Bounded by the limits, independent of the size of the message.
    public var bufferedBytes: Int {
        lineBuf.count + heldEOL.count + preamble.count + header.current.count + (leaf?.bufferedCount ?? 0)
    }

    /// Appends an event, joining it to a preceding text or data event of the same kind.
    static func append(_ event: MIMEEvent, to events: inout [MIMEEvent]) {
        guard let last = events.indices.last else {
            events.append(event)
            return
        }
        switch event {
        case .text(let more):
            if case .text(var have) = events[last] {
                events[last] = .text([])  // drop the array's second reference so `have` grows in place
                have.append(contentsOf: more)
                events[last] = .text(have)
                return
            }
        case .data(let more):
            if case .data(var have) = events[last] {
                events[last] = .data([])
                have.append(contentsOf: more)
                events[last] = .data(have)
                return
            }
        default:
            break
        }
        events.append(event)
    }

    func emit(_ event: MIMEEvent) { events.append(event) }

    func problem(_ code: String, _ path: String) { events.append(.problem(MIMEProblem(code: code, path: path))) }

    private func takeEvents() -> [MIMEEvent] {
        leaf?.drain(end: false, into: &events)
        let out = events
        events = []
        return out
    }

    /// Runs the state machine over one chunk.
    func consume(_ p: UnsafeBufferPointer<UInt8>) {
        guard !finished else { return }
        var i = 0
        while i < p.count {
            i = inHeaders ? consumeHeaders(p, from: i) : consumeBody(p, from: i)
        }
    }

    /// Reads header lines until the chunk ends or the header block does.
    private func consumeHeaders(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = p.count
        while i < n && inHeaders {
            var j = i
            while j < n && p[j] != 0x0A { j += 1 }
            let segEnd = j < n ? j + 1 : n
            let room = limits.maxLineBytes + 2 - lineBuf.count
            if segEnd - i > room {
                if room > 0 { lineBuf.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + room)])) }
                if !header.lineCut { problem("mime.line_too_long", header.context.headerPath ?? header.context.path) }
                header.lineCut = true
            } else {
                lineBuf.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<segEnd]))
            }
            i = segEnd
            if j < n {
                var end = lineBuf.count
                if lineBuf.last == 0x0A { end -= 1 }
                if end > 0 && lineBuf[end - 1] == 0x0D { end -= 1 }
                let line = lineBuf
                lineBuf.removeAll(keepingCapacity: true)
                headerLine(line[0..<end], eol: Array(line[end...]))
            }
        }
        return i
    }
}
