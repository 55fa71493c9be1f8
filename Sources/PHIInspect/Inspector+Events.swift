import PHIDetect
import PHIEDM
import PHIExtract
import PHIMIME
import PHIText

/// MIME events → part sinks → findings.
extension Inspector {
    func handle(_ events: [MIMEEvent]) {
        for event in events {
            if stopped { return }
            if case .header = event {} else { flushHeaderText() }
            switch event {
            case .header(let name, let value, let path):
                header(name.lowercased(), value, path)
            case .partStart(let info):
                openPart(info)
            case .text(let bytes), .data(let bytes):
                write(bytes)
            case .partEnd:
                closePart()
            case .problem(let p):
                report.problems[p.code, default: 0] += 1
                if p.code == "mime.too_deep" || p.code == "mime.too_many_parts" {
                    report.unscannable.append(Unscannable(reason: p.code, part: p.path))
                }
            }
        }
        if clock.now > deadline { stop("time.budget") }
    }

    private func header(_ name: String, _ value: String, _ path: String) {
        if path.isEmpty && Self.correspondentHeaders.contains(name) { domains.add(addressHeader: value) }
        if name == "subject" {
            scanSmall(value, part: path.isEmpty ? "subject" : "\(path):subject")
            if path.isEmpty && subjectForBody == nil { subjectForBody = HeaderScanText.cap(value) }
        } else if name == "from", path.isEmpty, senderForBody == nil {
            senderForBody = SubjectLead.senderLines(HeaderScanText.displayNames(value), address: value)
        } else if name == "to", path.isEmpty, recipientForBody == nil {
            recipientForBody = SubjectLead.recipientLine(HeaderScanText.displayNames(value), header: value)
        } else if name == "tls-required", path.isEmpty,
                  value.trimming(" \t").lowercased() == "no" {
            report.hasTLSRequiredNo = true
        }
        let text = HeaderScanText.text(name: name, value: value)
        guard !text.isEmpty else { return }
        if headerText.path != path { flushHeaderText() }
        headerText.path = path
        headerText.add(text, names: HeaderScanText.reading(of: name) == .displayNames)
    }

    /// The top-level headers whose addresses name the message's correspondents (see
    /// ``CorrespondentDomains``).
    static let correspondentHeaders: Set<String> = ["from", "to", "cc", "reply-to", "sender"]

    /// Scans the free-text headers of the block just read: values as one part (`headers`), display
    /// names as another whose NAME findings are dropped (a correspondent is not a patient).
    func flushHeaderText() {
        guard !headerText.isEmpty else { return }
        let prefix = headerText.path.isEmpty ? "" : "\(headerText.path):"
        if !headerText.text.isEmpty { scanSmall(headerText.text, part: prefix + "headers") }
        if !headerText.names.isEmpty {
            report.add(Scanner.scan(headerText.names, rules: engine.rules, fingerprinter: engine.fingerprinter,
                                    part: prefix + "addresses").filter { $0.type != "NAME" })
        }
        headerText = HeaderTextBuffer()
    }

    private func openPart(_ info: PartInfo) {
        closePart()
        guard !info.isContainer else { return }
        current = info
        let label = info.filename.map { "\(info.path):\(PartName.masked($0))" } ?? info.path
        if let name = info.filename, !name.isEmpty {
            // Underscores join words in file names (John_Smith_DOB_1962-03-14.pdf); read them as spaces.
            scanSmall(String(name.map { $0 == "_" ? " " : $0 }), part: "\(label)#filename")
        }
        let type = info.contentType
        // Tables (quoted fields span lines) and interchange documents go to the extractor whole;
        // the extractor decides which parts those are.
        if info.isText && !Extractor.readsWhole(contentType: type, filename: info.filename) {
            let scan = TextPartScan(engine: engine, part: label, scratch: scratch, domains: domains,
                                    subject: subjectForBody, senders: senderForBody, recipient: recipientForBody)
            subjectForBody = ""  // only the first text part reads the Subject and the sender
            senderForBody = []
            recipientForBody = ""
            sink = type == "text/html" ? .html(HTMLTextStream(), scan) : .text(scan)
        } else {
            let limits = engine.limits.extract
            sink = .spool(Spool(memoryLimit: limits.spoolMemoryBytes, maxBytes: limits.maxPartBytes),
                          contentType: type, filename: info.filename)
        }
    }

    private func write(_ bytes: [UInt8]) {
        guard let sink else { return }
        switch sink {
        case .text(let scan):
            scan.feed(bytes)
        case .html(var stream, let scan):
            scan.feed(stream.feed(bytes))
            self.sink = .html(stream, scan)
        case .spool(let spool, _, _):
            do {
                try spool.append(bytes)
            } catch {
                report.unscannable.append(Unscannable(reason: "part.too_large", part: current?.path ?? ""))
                self.sink = .discard
            }
        case .discard:
            break
        }
    }

    func closePart() {
        guard let sink else {
            current = nil
            return
        }
        self.sink = nil
        let info = current
        current = nil
        switch sink {
        case .text(let scan):
            close(scan)
        case .html(var stream, let scan):
            scan.feed(stream.finish())
            close(scan)
        case .spool(let spool, let type, let filename):
            extract(spool, type: type, filename: filename, path: info?.path ?? "")
        case .discard:
            break
        }
    }

    /// Ends a text part's scan: its findings, the Subject's read with its opening, and whether that
    /// opening declares the message's records test data.
    private func close(_ scan: TextPartScan) {
        report.add(scan.finish(), tally: scan.overflow)
        addSubjectFindings(scan.subjectFindings())
        declaresTestData = declaresTestData || scan.declaresTestData()
    }

    /// Adds the findings of the Subject read with the body's opening (nil: no part read it): they
    /// replace the Subject's own, and in the body's opening add what the body's scan found lower.
    private func addSubjectFindings(_ findings: [Finding]?) {
        guard let findings else { return }
        var known: [String: Level] = [:]
        for f in report.findings {
            let key = f.type + "|" + f.fingerprint
            known[key] = max(known[key] ?? f.level, f.level)
        }
        // Inside the Subject, this reading replaces the Subject's own scan: it sees the same words
        // with the body's first lines as context, which may also lower a level (a pet's name in
        // "Luna's discharge instructions" above "feline, DSH"). In the body's opening, only values
        // the body's scan found at a lower level (the body's reading of tables and interchange
        // documents stays the authority on what the rest of its text is).
        report.findings.removeAll { $0.part == "subject" }
        report.add(findings.filter { f in
            f.part == "subject" || f.part == "sender" || f.part == "recipient" || known[f.type + "|" + f.fingerprint].map { $0 < f.level } ?? false
        })
    }

    /// Extracts and scans a standalone file as part `1`.
    func closePartWith(spool: Spool, filename: String) {
        extract(spool, type: "application/octet-stream", filename: filename, path: "1")
    }

    private func extract(_ spool: Spool, type: String, filename: String?, path: String) {
        guard spool.count > 0 else { return }
        // Each segment is scanned as the extractor makes it, and let go.
        let result = Extractor.extract(spool, contentType: type, filename: filename, limits: engine.limits.extract,
                                       deadline: deadline, budget: budget) { segment in
            let label = segment.path.isEmpty ? path : "\(path):\(PartName.masked(segment.path))"
            let scanner = Scanner(rules: self.engine.rules, fingerprinter: self.engine.fingerprinter, part: label,
                                  scratch: self.scratch, domains: self.domains)
            let rosterMatchers = self.engine.rosterMatchers(part: label)
            var text = segment.text
            text.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let end = min(bytes.count, offset + 65_536)
                    let chunk = UnsafeBufferPointer(rebasing: bytes[offset..<end])
                    scanner.feed(chunk)
                    for m in rosterMatchers { m.feed(chunk) }
                    offset = end
                }
            }
            self.report.add(scanner.finish(), tally: scanner.overflow)
            for m in rosterMatchers { self.report.add(m.finish()) }
        }
        for u in result.unscannable {
            report.unscannable.append(Unscannable(reason: u.code,
                                                  part: u.path.isEmpty ? path : "\(path):\(PartName.masked(u.path))"))
        }
        for p in result.problems { report.problems[p.code, default: 0] += 1 }
    }

    /// Scans a short text (a Subject, a file name) as its own part.
    private func scanSmall(_ text: String, part: String) {
        report.add(Scanner.scan(text, rules: engine.rules, fingerprinter: engine.fingerprinter, part: part,
                                domains: domains))
    }
}
