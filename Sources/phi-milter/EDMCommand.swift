import ArgumentParser
import Foundation
import PHIDetect
import PHIEDM
import PHIInspect
import PHIPolicy
import Yams

/// `phi-milter edm build|stats|test`: exact data match rosters (hashed) of the site's patients.
struct EDMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edm", abstract: "Build, describe and try exact data match rosters (keyed hashes of the site's patients).",
        subcommands: [Build.self, Stats.self, Test.self])

    static func fail(_ error: any Error, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
        return ExitCode(code)
    }

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hash a CSV export of patients into a roster file.",
            discussion: """
                Streams ROSTER.csv (its header row names the columns; those the schema does not name
                are ignored), normalises each cell by its column's kind, and writes OUTPUT: keyed
                HMAC-SHA256 hashes, truncated, in tables memory-mapped at run time. The file is
                written beside OUTPUT and renamed into place when complete.

                SECURITY
                  No plain value is written to OUTPUT, printed or logged. The CSV holds PHI: build
                  on a trusted host, delete the export afterwards. Whoever has the key and the file
                  can test guesses against it: keep the key file mode 0600 and distinct from
                  site.hmac_key_file.

                DIAGNOSTICS
                  "FILE:LINE: PROBLEM" on standard error (the schema's key, the CSV's line and column,
                  never a value) and exit 1; exit 78 for an unusable schema or key file.
                """)
        @Option(help: "Schema file (YAML, schema: phi-edm/1).") var schema: String
        @Option(help: "Key file (32 bytes or more of random data).") var key: String
        @Option(name: [.short, .long], help: "Roster file to write.") var output: String
        @Argument(help: "CSV export of the roster.") var csv: String

        func run() throws {
            let parsed: EDMSchema
            let k: EDMKey
            do {
                parsed = try SchemaFile.load(schema)
                k = try EDMKey(file: key)
            } catch { throw EDMCommand.fail(error, code: 78) }
            let started = Date()
            do {
                let s = try EDMBuilder.build(schema: parsed, csv: csv, key: k, output: output)
                print("\(output): \(s.records) records, \(s.entries) indexed values, \(s.bytes) bytes, key id \(k.id), "
                      + String(format: "%.1f s", Date().timeIntervalSince(started)))
            } catch { throw EDMCommand.fail(error, code: 1) }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Describe a roster: records, fields, build date, key id. Never a value.",
            discussion: """
                SECURITY
                  Reads the roster only; needs no key; prints counts and names of columns.

                DIAGNOSTICS
                  "FILE: PROBLEM" for a truncated or damaged roster, exit 1.
                """)
        @Argument(help: "Roster file.") var file: String

        func run() throws {
            let index: EDMIndex
            do { index = try EDMIndex(path: file) } catch { throw EDMCommand.fail(error, code: 1) }
            let h = index.header
            print("roster: \(file)")
            print("schema: \(h.schema.name) (rule edm.\(h.schema.name)), corroborating types needed: \(h.schema.corroborating), window: \(h.schema.window)")
            print("records: \(h.records)")
            print("fields:")
            for c in h.schema.columns {
                print("  \(c.name) kind=\(c.kind.rawValue) role=\(c.role.rawValue) type=\(c.type)"
                      + (c.with.map { " with=\($0)" } ?? "") + " values=\(h.valuesPerColumn[c.name] ?? 0)")
            }
            print("built: \(h.built)")
            print("key id: \(h.keyId)")
            print("bytes: \(h.totalBytes) (indexed values \(h.entries), buckets 2^\(h.bucketBits))")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Inspect messages with a roster; show which fields of which records matched.",
            discussion: """
                Each MESSAGE (a file, or - for standard input) is inspected as `scan` would, with the
                roster loaded; the roster's findings are listed as `scan --explain` lists findings,
                their evidence naming the roster columns that matched and their distance. Exit 0
                when no roster value was found, 1 when one was, 2 on an error.

                SECURITY
                  Output is masked: types, column names, masked renderings and fingerprints only.

                DIAGNOSTICS
                  "FILE: PROBLEM" on standard error; a key that did not build the roster is refused
                  naming both key ids.
                """)
        @Option(help: "Key file the roster was built with.") var key: String
        @Option(help: "Configuration file (packs, limits; default: built-in defaults).") var config: String?
        @Option(help: "Pack directory (overrides packs.dirs).") var packs: String?
        @Argument(help: "Roster file.") var file: String
        @Argument(help: "Messages to inspect; - reads standard input.") var messages: [String] = []

        func run() throws {
            let engine: InspectionEngine
            let cfg: Configuration
            do {
                cfg = try Configuration.load(config)
                let roster = try EDMRoster(file: file, key: EDMKey(file: key))
                let base = try EngineLoader(config: cfg, packsOverride: packs).engine()
                engine = InspectionEngine(rules: base.rules, limits: base.limits, fingerprinter: base.fingerprinter,
                                          rosters: base.rosters + [roster])
            } catch { throw EDMCommand.fail(error, code: 2) }
            let policy = Policy(config: cfg.policyConfig)
            var found = false
            for path in messages.isEmpty ? ["-"] : messages {
                guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path),
                      let report = try? TextScan.run(handle, engine: engine, asMessage: nil, filename: nil)
                else { throw EDMCommand.fail(EDMError(code: "io", file: path, problem: "cannot read"), code: 2) }
                let c = policy.decide(report: report, envelope: Envelope()).classification
                let mine = report.findings.filter { $0.rule.hasPrefix("edm.") }
                let fields = Set(mine.flatMap { $0.validators.map { $0.dropFirst(4) } }).sorted()
                print("\(path): \(c.verdict.rawValue) edm_findings=\(mine.count) fields=\(fields.isEmpty ? "none" : fields.joined(separator: ","))"
                      + (c.reasons.isEmpty ? "" : " reasons=\(c.reasons.joined(separator: ","))"))
                for f in mine {
                    print("  \(f.type) \(f.rule) \(f.level.rawValue) \(f.score) \(f.masked) @\(f.part.isEmpty ? "" : f.part + ":")\(f.start)-\(f.end)")
                    print("    matched: \(f.evidence.map { "\($0.name)@\($0.distance)" }.joined(separator: ","))")
                    print("    fingerprint: \(f.fingerprint)")
                }
                if !mine.isEmpty { found = true }
            }
            if found { throw ExitCode(1) }
        }
    }
}

/// Reads an EDM schema file (YAML), refusing unknown keys with their line.
enum SchemaFile {
    static func load(_ path: String) throws(EDMError) -> EDMSchema {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw EDMError(code: "schema", file: path, problem: "cannot read the schema file")
        }
        let node: Node
        do {
            guard let n = try Yams.compose(yaml: text), n.mapping != nil else {
                throw EDMError(code: "schema", file: path, line: 1, problem: "not a mapping")
            }
            node = n
        } catch let e as EDMError {
            throw e
        } catch {
            let place = Configuration.yamlLine(error).map { " at line \($0.line): \($0.problem)" } ?? ""
            throw EDMError(code: "schema", file: path, problem: "not valid YAML\(place)")
        }
        func unknown(_ map: Node.Mapping, _ known: Set<String>, _ prefix: String) throws(EDMError) {
            for (k, _) in map where !known.contains(k.scalar?.string ?? "") {
                throw EDMError(code: "schema", file: path, line: k.mark.map { $0.line },
                               problem: "\(prefix)\(k.scalar?.string ?? "?"): unknown key")
            }
        }
        if let map = node.mapping { try unknown(map, EDMSchema.topKeys, "") }
        for (i, col) in (node.mapping?["columns"]?.sequence ?? []).enumerated() {
            if let m = col.mapping { try unknown(m, EDMSchema.columnKeys, "columns[\(i)].") }
        }
        let schema: EDMSchema
        do {
            schema = try YAMLDecoder().decode(EDMSchema.self, from: node)
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.dataCorrupted(ctx) {
            throw EDMError(code: "schema", file: path, problem: "\(ctx.codingPath.map(\.stringValue).joined(separator: ".")): wrong type or value")
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw EDMError(code: "schema", file: path, problem: "\((ctx.codingPath + [key]).map(\.stringValue).joined(separator: ".")): missing")
        } catch {
            throw EDMError(code: "schema", file: path, problem: "cannot be decoded")
        }
        try schema.validate(file: path)
        return schema
    }
}
