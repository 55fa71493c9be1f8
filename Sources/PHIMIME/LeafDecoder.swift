/// Decodes the body of one leaf part: transfer encoding, then (for text) charset and NUL bytes.
///
/// Decoded bytes collect in a buffer that the parser drains once per `feed`, so the charset
/// converter sees large runs; the buffer never holds more than one fed chunk.
final class LeafDecoder {
    let info: PartInfo
    /// Nil for identity encodings (7bit, 8bit, binary, unknown).
    private var transfer: (any TransferDecoder)?
    private var text: TextConverter?
    private var decoded: [UInt8] = []
    private var started = false
    /// Problem codes found so far, emitted at the end of the part so chunking cannot move them.
    private var problems: [String] = []

    /// The walker of an encoded message/rfc822 part's decoded bytes, if this is one.
    private let nested: MIMEParser?

    /// Opens a decoder for the part described by `info`; decoded bytes go to `nested` when given.
    init(info: PartInfo, nested: MIMEParser? = nil) {
        self.info = info
        self.nested = nested
        switch info.transferEncoding {
        case "base64": transfer = Base64Decoder()
        case "quoted-printable": transfer = QuotedPrintableDecoder()
        default: transfer = nil
        }
        if info.isText { text = TextConverter(charset: info.charset) }
    }

    /// Bytes held inside the decoder (decoded output not yet drained, charset sniffing).
    var bufferedCount: Int { decoded.count + (text?.bufferedCount ?? 0) + (nested?.bufferedBytes ?? 0) }

    /// Takes the next raw body bytes.
    func feed(_ input: UnsafeBufferPointer<UInt8>) {
        if transfer != nil {
            transfer?.decode(input, into: &decoded)
        } else {
            decoded.append(contentsOf: input)
        }
    }

    /// Converts what was fed since the last drain into events; `end` flushes every stage.
    func drain(end: Bool, into events: inout [MIMEEvent]) {
        if end, var d = transfer {
            d.finish(into: &decoded)
            if d.sawBadInput { problem(type(of: d).problemCode, &events) }
        }
        if let nested {
            if !decoded.isEmpty { events.append(contentsOf: nested.feed(decoded)) }
            decoded.removeAll(keepingCapacity: true)
            if end {
                events.append(contentsOf: nested.finish())
                emitProblems(&events)
            }
            return
        }
        guard let text else {
            if !decoded.isEmpty { MIMEParser.append(.data(decoded), to: &events) }
            decoded.removeAll(keepingCapacity: true)
            if end { emitProblems(&events) }
            return
        }
        if decoded.isEmpty && !end { return }
        var out: [UInt8] = []
        text.convert(decoded, flush: end, into: &out)
        decoded.removeAll(keepingCapacity: true)
        if text.charsetUnknown { problem("mime.charset_unknown", &events) }
        if !started && !out.isEmpty {
            started = true
            if out.starts(with: [0xEF, 0xBB, 0xBF]) { out.removeFirst(3) }
        }
        if out.contains(0) {
            problem("mime.nul_byte", &events)
            for k in out.indices where out[k] == 0 { out[k] = 0x20 }
        }
        if !out.isEmpty { MIMEParser.append(.text(out), to: &events) }
        if end { emitProblems(&events) }
    }

    private func emitProblems(_ events: inout [MIMEEvent]) {
        for code in problems.sorted() { events.append(.problem(MIMEProblem(code: code, path: info.path))) }
        problems.removeAll()
    }

    private func problem(_ code: String, _ events: inout [MIMEEvent]) {
        if !problems.contains(code) { problems.append(code) }
    }
}
