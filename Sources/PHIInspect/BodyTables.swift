import PHIDetect
import PHIExtract
import PHIRegex

/// Scans the tables pasted into one text part, with their column headers as context, as a CSV/TSV
/// attachment is scanned.
///
/// The part's text is scanned as it is elsewhere; this reads the same text again through a
/// `TextTableFinder`, and each table it finds is scanned as a part of its own named
/// `<part>#table-line<N>`, N being the header's line in the part's text (after HTML conversion),
/// so offsets are those of the rendered table. Only findings that add to the part's own are kept.
final class BodyTables {
    private let engine: InspectionEngine
    private let part: String
    private let scratch: MatchScratch
    private var finder = TextTableFinder()
    private var scanner: Scanner? = nil
    private var findings: [Finding] = []

    init(engine: InspectionEngine, part: String, scratch: MatchScratch) {
        self.engine = engine
        self.part = part
        self.scratch = scratch
    }

    /// Feeds the next chunk of the part's text, as it goes to the part's scanner.
    func feed(_ bytes: [UInt8]) {
        handle(finder.feed(bytes))
    }

    /// Ends the part; returns the tables' findings that `partFindings` lack: a value not found
    /// there with its type, or found only at a lower level.
    func finish(adding partFindings: [Finding]) -> [Finding] {
        handle(finder.finish())
        guard !findings.isEmpty else { return [] }
        var known: [String: Level] = [:]
        for f in partFindings {
            let key = f.type + "|" + f.fingerprint
            known[key] = max(known[key] ?? f.level, f.level)
        }
        return findings.filter { f in known[f.type + "|" + f.fingerprint].map { $0 < f.level } ?? true }
    }

    private func handle(_ events: [TextTableFinder.Event]) {
        for event in events {
            switch event {
            case .start(let line):
                scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter,
                                  part: "\(part)#table-line\(line)", scratch: scratch)
            case .rows(let text):
                scanner?.feed(Array(text.utf8))
            case .end:
                if let scanner { findings += scanner.finish() }
                scanner = nil
            }
        }
    }
}
