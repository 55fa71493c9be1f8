public import PHIDetect
import PHIExtract
import PHIMIME
import PHIRegex

/// Inspects one message as it streams in: MIME walk → text extraction → PHI scan → ``ScanReport``.
///
/// Feed either the parsed top-level headers (``header(name:value:)``, ``endOfHeaders()``, as a
/// milter receives them) and then raw body chunks (``body(_:)``), or the raw message (``raw(_:)``);
/// then call ``finish()``. Text parts stream through the scanner; only parts that need random
/// access (attachments, CSV) are spooled, in memory up to a threshold and then in a private temp
/// file that is removed with the part. Not thread-safe: one inspector per message.
public final class Inspector {
    let engine: InspectionEngine
    let parser: MIMEParser
    let scratch = MatchScratch()
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    /// phi-milter's own work allowed per message (``InspectorLimits/timeBudgetSeconds``).
    let budgetDuration: Duration
    /// The wall-clock cap from the first byte (``InspectorLimits/wallClockSeconds``).
    let wallDeadline: ContinuousClock.Instant
    /// When the current step must end: now plus what is left of the budget, re-armed at each step
    /// so the client's pauses between chunks never count.
    var deadline: ContinuousClock.Instant
    /// Time spent inside this inspector's steps so far.
    var busy: Duration = .zero
    let budget = ExtractBudget()

    var report = ScanReport()
    var sink: PartSink? = nil
    var current: PartInfo? = nil
    var stopped = false
    var rawBytes = 0
    var headerText = HeaderTextBuffer()
    /// The top-level Subject until the first text part takes it ("" once taken).
    var subjectForBody: String? = nil
    /// The top-level From's display name and address, for the first text part (see ``SubjectLead``).
    var senderForBody: [String]? = nil
    /// The top-level To's display name when it holds one address, for the first text part.
    var recipientForBody: String? = nil
    /// The mail domains of the top-level From, To, Cc, Reply-To and Sender: an organisation
    /// named for people is not a patient (see ``CorrespondentDomains``).
    var domains = CorrespondentDomains()
    /// Whether the Subject or the first text part's opening declares the records test data
    /// (`TestDeclaration`): the findings read from records then count at `low` at most.
    var declaresTestData = false

    public init(engine: InspectionEngine) {
        self.engine = engine
        self.parser = MIMEParser(limits: engine.limits.mime)
        self.started = clock.now
        budgetDuration = InspectorLimits.duration(engine.limits.timeBudgetSeconds)
        wallDeadline = started + InspectorLimits.duration(engine.limits.wallClockSeconds)
        deadline = started + budgetDuration
    }

    /// Runs one step of work, counting its time against the budget.
    private func step(_ work: () -> Void) {
        let begin = clock.now
        deadline = min(begin + (budgetDuration - busy), wallDeadline)
        work()
        busy += clock.now - begin
    }

    /// One header of the top-level message, as the MTA hands it over.
    public func header(name: String, value: String) {
        let line = value.hasPrefix(" ") || value.hasPrefix("\t") ? "\(name):\(value)\r\n" : "\(name): \(value)\r\n"
        raw(Array(line.utf8))
    }

    /// The end of the top-level headers.
    public func endOfHeaders() {
        raw([13, 10])
    }

    /// A chunk of the raw (transfer-encoded) body, or of a whole raw message.
    public func body(_ chunk: UnsafeRawBufferPointer) {
        step {
            guard admit(chunk.count) else { return }
            handle(parser.feed(chunk))
        }
    }

    /// Raw message bytes: headers, blank line and body, in as many calls as convenient.
    public func raw(_ bytes: some Collection<UInt8>) {
        step {
            guard admit(bytes.count) else { return }
            handle(parser.feed(bytes))
        }
    }

    /// Whether bytes starting with `prefix` are a document to extract (archive, Office, PDF, RTF,
    /// image...) rather than a message or plain text.
    public static func isDocument(prefix: [UInt8], filename: String?) -> Bool {
        switch Extractor.kind(contentType: "application/octet-stream", filename: filename, prefix: prefix) {
        case .text, .message, .unknownBinary: return false  // a message file is inspected as a message
        default: return true
        }
    }

    /// Inspects a standalone file (not a message) as one attachment named `filename`; returns the report.
    public func document(_ bytes: [UInt8], filename: String) -> ScanReport {
        step {
            rawBytes += bytes.count
            let limits = engine.limits.extract
            let spool = Spool(memoryLimit: limits.spoolMemoryBytes, maxBytes: limits.maxPartBytes)
            do {
                try spool.append(bytes)
                closePartWith(spool: spool, filename: filename)
            } catch {
                report.unscannable.append(Unscannable(reason: "part.too_large", part: "1"))
            }
        }
        return finish()
    }

    /// Ends the message and returns its report.
    public func finish() -> ScanReport {
        step {
            if !stopped { handle(parser.finish()) }
            flushHeaderText()
            closePart()
        }
        if declaresTestData { report.findings = TestDeclaration.demote(report.findings) }
        report.bytes = rawBytes
        // A pattern that gave up at the PCRE2 match, depth or heap limit may have missed a value:
        // counted, so a hostile subject shows in the audit record rather than passing silently.
        if scratch.limitHits > 0 { report.problems["regex.limit", default: 0] += scratch.limitHits }
        let elapsed = clock.now - started
        report.elapsedMs = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return report
    }

    /// Counts bytes against the message limit and the time budget; false once inspection stopped.
    private func admit(_ count: Int) -> Bool {
        rawBytes += count
        guard !stopped else { return false }
        if rawBytes > engine.limits.maxMessageBytes {
            stop("message.too_large")
            return false
        }
        if clock.now > deadline {
            stop("time.budget")
            return false
        }
        return true
    }

    /// Stops inspecting: what was scanned stands, the rest is unscannable for `reason`.
    func stop(_ reason: String) {
        guard !stopped else { return }
        stopped = true
        report.unscannable.append(Unscannable(reason: reason, part: current?.path ?? ""))
        closePart()
    }
}
