import ArgumentParser
import Foundation
import PHIDetect
import PHIPacks

/// `phi-milter fingerprint`: HMAC fingerprints of known values, for `policy.allow_fingerprints`.
struct FingerprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fingerprint",
        abstract: "Print the fingerprints of values read on standard input, one per line, for allow-lists.",
        discussion: """
            Reads one value per line (surrounding blanks and CR are dropped; empty lines are
            skipped) and prints its fingerprint, one per line in input order, exactly as a finding
            of that value gets it: the text is NFKC-normalized as the scanner does, then normalized
            as the rules of --type (or the rule --rule) do (an NPI or SSN by its digits, a member
            id by its letters and digits in capitals, an email address in lower case), then keyed
            with site.hmac_key_file. Paste the output under policy.allow_fingerprints.

              phi-milter fingerprint --config /etc/phi-milter/phi-milter.yaml --type NPI < our-npis.txt

            SECURITY
              The values are read from standard input only and never printed, logged or kept;
              the output is fingerprints, useless without the key. The command refuses to run
              without site.hmac_key_file: a random key would make fingerprints no scan can match.

            DIAGNOSTICS
              Configuration errors (no key file, unreadable key, packs that do not load) exit 78
              naming the key; an unknown type or rule, or rules of one type that normalize
              differently, exit 64 naming it. Errors never show an input value.
            """)

    @Option(name: .long, help: "Configuration file (its site.hmac_key_file keys the fingerprints).") var config: String?
    @Option(name: .long, help: "Pack directory (overrides packs.dirs).") var packs: String?
    @Option(name: .long, help: "Canonical type of the values (NPI, SSN, MRN, ...).") var type: String?
    @Option(name: .long, help: "Rule id whose normalization to use (instead of --type).") var rule: String?

    func run() throws {
        guard (type == nil) != (rule == nil) else {
            FileHandle.standardError.write(Data("phi-milter: fingerprint: give --type TYPE or --rule ID\n".utf8))
            throw ExitCode(64)
        }
        let fingerprinter: Fingerprinter
        let definitions: [RuleDefinition]
        do {
            let cfg = try Configuration.load(config)
            let loader = EngineLoader(config: cfg, packsOverride: packs)
            guard case .file = try loader.keySource() else {
                throw ConfigError(key: "site.hmac_key_file",
                                  problem: "no key file at \"\(cfg.site.hmacKeyFile)\" (fingerprints need the site's key)")
            }
            fingerprinter = try loader.fingerprinter()
            definitions = try loader.library().ruleSet.definitions
        } catch let e as ConfigError {
            FileHandle.standardError.write(Data("phi-milter: \(e)\n".utf8))
            throw ExitCode(78)
        } catch {
            FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
            throw ExitCode(78)
        }
        let chosen = definitions.filter { d in rule.map { d.id == $0 } ?? (d.type == type) }
        let normalizers = Set(chosen.map(\.normalizer))
        guard let normalizer = normalizers.first, normalizers.count == 1 else {
            let what = rule.map { "rule \($0)" } ?? "type \(type ?? "")"
            let problem = normalizers.isEmpty ? "no loaded rule has \(what)"
                : "the rules of \(what) normalize differently (\(chosen.map(\.id).sorted().joined(separator: ", "))); use --rule"
            FileHandle.standardError.write(Data("phi-milter: fingerprint: \(problem)\n".utf8))
            throw ExitCode(64)
        }
        var out = ""
        while let line = readLine(strippingNewline: true) {
            let value = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { continue }
            out += fingerprinter.fingerprint(value: value, normalizer: normalizer) + "\n"
            if out.utf8.count >= 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
