import ArgumentParser
import Foundation
import PHIDetect
import PHIInspect
import PHIPacks
import PHIPolicy

/// `phi-milter scan`: the detector over files or standard input, as the milter would run it.
struct ScanCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    enum InputKind: String, ExpressibleByArgument, CaseIterable { case message, text }

    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan files (or - for standard input) for PHI.",
        discussion: """
            Each input is scanned with the configured packs and classified by the message verdict
            rules. Exit status: 0 when every input is clean, 1 when any input has PHI (or could not
            be fully inspected), 2 on an error.

            SECURITY
              Output never contains a raw identifier: findings show a masked rendering and an
              HMAC-SHA256 fingerprint (keyed by site.hmac_key_file, else a random per-process key).
              Run it as an ordinary user; it needs read access to the inputs and the packs only.

            DIAGNOSTICS
              Problems go to standard error as one line each, naming the input and a reason code;
              configuration errors exit 78 naming the key.
            """)

    @Option(name: .long, help: "Configuration file (default: built-in defaults).") var config: String?
    @Option(name: .long, help: "Pack directory (overrides packs.dirs).") var packs: String?
    @Option(name: .long, help: "Output format.") var format: Format = .text
    @Flag(name: .long, help: "Print one line per input with counts per type.") var count = false
    @Flag(name: .long, help: "Show, per finding, its level, evidence and validators (masked).") var explain = false
    @Option(name: .customLong("as"), help: "Read inputs as a message (RFC 5322) or plain text; default: guess.")
    var inputKind: InputKind?
    @Argument(help: "Files to scan; - reads standard input.") var paths: [String] = []

    func run() throws {
        let engine: InspectionEngine
        let cfg: Configuration
        do {
            cfg = try Configuration.load(config)
            engine = try EngineLoader(config: cfg, packsOverride: packs, explainsExclusions: explain).engine()
        } catch let e as ConfigError {
            FileHandle.standardError.write(Data("phi-milter: \(e)\n".utf8))
            throw ExitCode(78)
        } catch let e as PackError {
            FileHandle.standardError.write(Data("phi-milter: \(e)\n".utf8))
            throw ExitCode(78)
        }
        let inputs = paths.isEmpty ? ["-"] : paths
        // The milter's own decision path: the same Policy, as for mail to an external recipient.
        let policy = Policy(config: cfg.policyConfig)
        var worst: Int32 = 0
        for path in inputs {
            guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
                FileHandle.standardError.write(Data("phi-milter: \(path): cannot read\n".utf8))
                worst = 2
                continue
            }
            let name = path == "-" ? nil : URL(fileURLWithPath: path).lastPathComponent
            guard let report = try? TextScan.run(handle, engine: engine, asMessage: inputKind.map { $0 == .message },
                                                 filename: name) else {
                FileHandle.standardError.write(Data("phi-milter: \(path): read error\n".utf8))
                worst = 2
                continue
            }
            let decision = policy.decide(report: report, envelope: Envelope())
            print(ScanOutput.render(path: path, report: report, decision: decision,
                                    format: format, count: count, explain: explain))
            if decision.classification.verdict != .clean && worst == 0 { worst = 1 }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
