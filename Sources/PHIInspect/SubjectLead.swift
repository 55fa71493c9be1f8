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

    /// The findings of the Subject read before the opening: those inside the Subject as part
    /// `subject` (offsets in the Subject), those in the opening as part `subject+body` (offsets in
    /// the two read together). A patient named only in the Subject makes the care words of the
    /// body's first lines care given to someone ("Lindqvist, Anna - echo read" / "read is done").
    func findings(engine: InspectionEngine, scratch: MatchScratch) -> [Finding] {
        let scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter, part: "subject", scratch: scratch)
        scanner.feed(subject + [0x0A, 0x0A] + opening)
        return scanner.finish().map { f in
            var f = f
            if f.end > subject.count { f.part = "subject+body" }
            return f
        }
    }
}
