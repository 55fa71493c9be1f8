import PHIDetect
import PHIEDM
import PHIExtract
import PHIRegex

/// Scans the text of one text part (plain, or HTML after conversion), and the tables pasted into
/// it with their column headers as context, as a CSV/TSV attachment is scanned.
///
/// HL7 v2 messages, X12 interchanges and FHIR resources (JSON or XML) pasted into the part
/// (`InterchangeFinder`) are scanned likewise, in their labelled rendering, as parts named
/// `<part>#hl7-line<N>`, `<part>#x12-line<N>` or `<part>#fhir-line<N>`. Their reading is the authority on what a value is: the part's own
/// findings inside a document's bytes are replaced by the rendering's.
///
/// The text goes to the part's scanner as it is, and through a `TextTableFinder`; each table it
/// finds is scanned as a part of its own named `<part>#table-line<N>`, N being the header's line
/// in the part's text, so offsets are those of the rendered table. Of the tables' findings, only
/// those that add to the part's own are kept.
final class TextPartScan {
    private let engine: InspectionEngine
    private let part: String
    private let scratch: MatchScratch
    private let domains: CorrespondentDomains
    private let scanner: Scanner
    /// Exact data match over the same text: a second finding source beside the scanner.
    private let rosterMatchers: [EDMMatcher]
    private var finder = TextTableFinder()
    private var tableScanner: Scanner? = nil
    private var tableFindings: [Finding] = []
    private var interchange = InterchangeFinder()
    private var interchangeScanner: Scanner? = nil
    private var interchangeFindings: [Finding] = []
    private var interchangeSpans: [Range<Int>] = []
    /// The message's Subject and the opening of this part, read together (see `subject`).
    private var lead: SubjectLead?

    /// `subject`: the message's Subject, when this is the message's first text part. A Subject
    /// names the patient ("Okonkwo, Chidinma", "Mr. Kowalczyk - dressing change") while the body
    /// holds the care, so the Subject is also scanned as a line before the body's opening and
    /// the findings inside it that this adds are reported as the Subject's. `senders`: the From
    /// display name and address, read as lines before them (a patient writing about their own care);
    /// `recipient`: the display name of a To header with one address, read as a line after them.
    init(engine: InspectionEngine, part: String, scratch: MatchScratch, domains: CorrespondentDomains = CorrespondentDomains(),
         subject: String? = nil, senders: [String]? = nil, recipient: String? = nil) {
        self.engine = engine
        self.domains = domains
        self.part = part
        self.scratch = scratch
        self.scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter, part: part, scratch: scratch,
                               domains: domains)
        self.rosterMatchers = engine.rosterMatchers(part: part)
        if !(subject ?? "").isEmpty || !(senders ?? []).isEmpty || !(recipient ?? "").isEmpty {
            lead = SubjectLead(subject: subject ?? "", senders: senders ?? [], recipient: recipient ?? "")
        }
    }

    /// Feeds the next chunk of the part's text.
    func feed(_ bytes: [UInt8]) {
        scanner.feed(bytes)
        for m in rosterMatchers { m.feed(bytes) }
        lead?.feed(bytes)
        handle(finder.feed(bytes))
        handle(interchange.feed(bytes))
    }

    /// The Subject's findings with the body's opening as context (scanned once, at the end); nil
    /// when this part does not read the Subject.
    func subjectFindings() -> [Finding]? {
        guard let lead else { return nil }
        return lead.findings(engine: engine, scratch: scratch, domains: domains)
    }

    /// Whether the Subject or this part's opening declares the message's records test or sample
    /// data (see `TestDeclaration`); false when this part does not read the Subject.
    func declaresTestData() -> Bool {
        guard let lead else { return false }
        let phrases = engine.rules.testDeclarations
        return TestDeclaration.declares(lead.subject, phrases: phrases) || TestDeclaration.declares(lead.opening, phrases: phrases)
    }

    /// The findings of the part's scanners past those they kept, counted (complete after `finish()`).
    private(set) var overflow = FindingTally()

    /// Ends the part; returns its findings, then the tables' findings the part's own lack: a
    /// value not found there with its type, or found only at a lower level.
    func finish() -> [Finding] {
        var findings = scanner.finish()
        overflow.merge(scanner.overflow)
        handle(finder.finish())
        handle(interchange.finish())
        if !interchangeSpans.isEmpty {
            findings.removeAll { f in interchangeSpans.contains { $0.contains(f.start) } }
        }
        findings += interchangeFindings
        for m in rosterMatchers { findings += m.finish() }
        guard !tableFindings.isEmpty else { return findings }
        var known: [String: Level] = [:]
        for f in findings {
            let key = f.type + "|" + f.fingerprint
            known[key] = max(known[key] ?? f.level, f.level)
        }
        return findings + tableFindings.filter { f in known[f.type + "|" + f.fingerprint].map { $0 < f.level } ?? true }
    }

    private func handle(_ events: [InterchangeFinder.Event]) {
        for event in events {
            switch event {
            case .start(let line, let format):
                interchangeScanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter,
                                             part: "\(part)#\(format)-line\(line)", scratch: scratch, domains: domains)
            case .text(let text):
                interchangeScanner?.feed(Array(text.utf8))
            case .end(let bytes):
                interchangeSpans.append(bytes)
                if let interchangeScanner { interchangeFindings += interchangeScanner.finish(); overflow.merge(interchangeScanner.overflow) }
                interchangeScanner = nil
            }
        }
    }

    private func handle(_ events: [TextTableFinder.Event]) {
        for event in events {
            switch event {
            case .start(let line):
                tableScanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter,
                                       part: "\(part)#table-line\(line)", scratch: scratch, domains: domains)
            case .rows(let text):
                tableScanner?.feed(Array(text.utf8))
            case .end:
                if let tableScanner { tableFindings += tableScanner.finish(); overflow.merge(tableScanner.overflow) }
                tableScanner = nil
            }
        }
    }
}
