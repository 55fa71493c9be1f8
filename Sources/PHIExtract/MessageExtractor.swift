import PHIMIME

/// A mail message carried as a file (an `.eml` in a zip, a `message/rfc822` attachment sent as
/// bytes): walked with the same MIME parser as the message itself. Each leaf is extracted by its
/// own type (a PDF inside a forwarded message is a PDF), under the path `<path>/<part>`, and the
/// inner Subject is read as text. Without this, such a message was read as plain text: its
/// base64 parts were never decoded.
struct MessageExtractor {
    let run: ExtractionRun
    let spool: Spool
    let path: String
    let depth: Int

    func extract() {
        let parser = MIMEParser()
        var leaf: (info: PartInfo, spool: Spool)?
        var subject = ""
        func handle(_ events: [MIMEEvent]) {
            for event in events {
                switch event {
                case .header(let name, let value, let at):
                    if at.isEmpty && name.lowercased() == "subject" { subject = value }
                case .partStart(let info):
                    leaf = info.isContainer ? nil
                        : (info, Spool(memoryLimit: run.limits.spoolMemoryBytes, maxBytes: run.limits.maxPartBytes))
                case .text(let bytes), .data(let bytes):
                    if let leaf { try? leaf.spool.append(bytes) }  // past the limit: overflowed, reported below
                case .partEnd(let at):
                    guard let part = leaf, part.info.path == at else { continue }
                    leaf = nil
                    close(part.info, part.spool)
                case .problem(let problem):
                    run.problem(problem.code, path)
                }
            }
        }
        spool.forEachChunk { handle(parser.feed($0)) }
        handle(parser.finish())
        if !subject.isEmpty { run.segment("\(path)#subject", Array(subject.utf8)) }
    }

    /// Extracts one leaf. Text leaves arrive as UTF-8 already (the parser decoded the charset).
    private func close(_ info: PartInfo, _ leafSpool: Spool) {
        let name = info.filename.map { "\(info.path):\($0)" } ?? info.path
        let type = info.isText ? Extractor.baseType(info.contentType) + "; charset=utf-8" : info.contentType
        let kind = Extractor.decide(contentType: type, filename: info.filename, prefix: leafSpool.prefix(4096)).kind
        run.extract(leafSpool, kind: kind, contentType: type, path: "\(path)/\(name)", depth: depth + 1)
    }
}
