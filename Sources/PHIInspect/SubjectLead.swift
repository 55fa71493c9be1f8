import PHIDetect
import PHIRegex

/// The Subject line followed by the opening of the first text part, for scanning the Subject with
/// the body's first words as context. Keeps at most ``openingBytes`` of the body.
struct SubjectLead {
    /// Bytes of the body read after the Subject: enough for the first paragraph or two.
    static let openingBytes = 2_048

    let subject: [UInt8]
    private(set) var opening: [UInt8] = []

    init(subject: String) {
        self.subject = Array(subject.utf8)
    }

    mutating func feed(_ bytes: [UInt8]) {
        let room = Self.openingBytes - opening.count
        guard room > 0 else { return }
        opening += bytes.prefix(room)
    }

    /// Findings that lie inside the Subject, part `subject`, offsets in the Subject's text.
    func findings(engine: InspectionEngine, scratch: MatchScratch) -> [Finding] {
        let scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter, part: "subject", scratch: scratch)
        scanner.feed(subject + [0x0A, 0x0A] + opening)
        return scanner.finish().filter { $0.end <= subject.count }
    }
}
