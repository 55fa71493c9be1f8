import ArgumentParser
import Foundation
import PHIInspect
import PHIPolicy

/// `phi-milter corpus`: regression metrics over a labelled corpus.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Score the detector on a labelled corpus and compare with the baseline; exit 1 on a regression.",
        discussion: """
            Reads DIR/labels.jsonl ({file, phi, types, category[, unscannable]} per line), scans each
            message as the milter would, and prints message-level precision, recall and F1, per-type
            recall, a per-category table, and the false negatives and positives (file names, rule ids
            and reasons only). Compares with the baseline file and exits 1 when any metric drops.

            SECURITY
              Output names files, types and rule ids; it never prints message text or an identifier.

            DIAGNOSTICS
              Exit 0 when no metric fell below the baseline, 1 on a regression, 2 on an unreadable
              corpus or baseline, 78 on a configuration error.
            """)

    @Argument(help: "Corpus directory.") var dir: String = "Corpus"
    @Option(help: "Baseline file (default: DIR/baseline.json).") var baseline: String?
    @Flag(help: "Write the current metrics as the new baseline.") var updateBaseline = false
    @Option(help: "Configuration file.") var config: String?
    @Option(help: "Pack directory (overrides packs.dirs).") var packs: String?

    func run() throws {
        let engine: InspectionEngine
        let classifier: Classifier
        do {
            let cfg = try Configuration.load(config)
            engine = try EngineLoader(config: cfg, packsOverride: packs).engine()
            classifier = Classifier(config: cfg.policyConfig.policy.thresholds)
        } catch {
            FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
            throw ExitCode(78)
        }
        let outcomes: [CorpusOutcome]
        do {
            outcomes = try CorpusRun.run(dir: dir, engine: engine, classifier: classifier)
        } catch {
            FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let metrics = CorpusMetrics(outcomes)
        print(CorpusReport.render(outcomes, metrics))
        let path = baseline ?? dir + "/baseline.json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        if updateBaseline {
            let data = try encoder.encode(metrics)
            guard FileManager.default.createFile(atPath: path, contents: data + Data("\n".utf8)) else {
                FileHandle.standardError.write(Data("phi-milter: \(path): cannot write the baseline\n".utf8))
                throw ExitCode(2)
            }
            print("baseline written: \(path)")
            return
        }
        guard let data = FileManager.default.contents(atPath: path),
              let base = try? JSONDecoder().decode(CorpusMetrics.self, from: data) else {
            FileHandle.standardError.write(Data("phi-milter: \(path): no readable baseline (run with --update-baseline)\n".utf8))
            throw ExitCode(2)
        }
        let drops = metrics.regressions(against: base)
        if drops.isEmpty {
            print("corpus: no regression against \(path)")
        } else {
            print("corpus: REGRESSION in \(drops.joined(separator: ", "))")
            throw ExitCode(1)
        }
    }
}
