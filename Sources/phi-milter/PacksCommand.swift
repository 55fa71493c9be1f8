import ArgumentParser
import Foundation
import PHIPacks

/// `phi-milter packs test|lint`: the pack author's checks.
struct PacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs", abstract: "Test and lint pattern packs.",
        subcommands: [Test.self, Lint.self])

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's embedded examples; exit 1 on any miss.",
            discussion: """
                Each example is scanned with all rules of the directory (so evidence from other rules
                counts, as in the milter). A miss prints FILE:LINE: RULE and what happened.

                SECURITY
                  Examples are fictitious by convention; output names rules and lines, not example text.

                DIAGNOSTICS
                  Exit 0 when every example behaves, 1 on any miss, 2 when a pack does not load.
                """)
        @Argument(help: "Pack directory (default: the installed packs, found as `scan` finds them).") var dir: String?

        func run() throws {
            let dir = try PacksCommand.directory(dir)
            let library: PackLibrary
            do {
                library = try PackLibrary.load(directory: dir)
            } catch {
                FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
                throw ExitCode(2)
            }
            let (passed, misses) = PackTester.run(library)
            for miss in misses { print(miss.description) }
            print("packs test: \(passed) passed, \(misses.count) failed")
            if !misses.isEmpty { throw ExitCode(1) }
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check pack schema, regex safety, duplicate ids and examples; exit 1 on any problem.",
            discussion: """
                Checks: the phi-pack/1 schema with line numbers (unknown keys refused; a type that is
                not one of the canonical types; an evidence, exclusion or window distance outside
                0 to 4096 bytes), duplicate rule
                ids, rules with fewer than --min-examples match and no_match examples, regexes that do
                not compile, and groups with an unbounded quantifier that are themselves repeated
                without bound (catastrophic backtracking).

                SECURITY
                  Reads pack files only.

                DIAGNOSTICS
                  One line per problem: FILE:LINE: CODE: DETAIL. Exit 0 clean, 1 with problems.
                """)
        @Argument(help: "Pack directory (default: the installed packs, found as `scan` finds them).") var dir: String?
        @Option(help: "Least number of match and of no_match examples per rule.") var minExamples = 4

        func run() throws {
            let dir = try PacksCommand.directory(dir)
            var errors: [PackError] = []
            var packs: [Pack] = []
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            if files.isEmpty { errors.append(PackError(.unreadable, file: dir, line: 0, "no pack files")) }
            for name in files {
                let path = "\(dir)/\(name)"
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    errors.append(PackError(.unreadable, file: path, line: 0, "cannot read"))
                    continue
                }
                do { packs.append(try PackParser.parse(text, file: path, directory: dir)) } catch { errors.append(error) }
            }
            if errors.isEmpty { errors = PackLinter.lint(packs, minExamples: minExamples) }
            for e in errors { print(e.description) }
            let rules = packs.reduce(0) { $0 + $1.rules.count }
            print("packs lint: \(packs.count) packs, \(rules) rules, \(errors.count) problems")
            if !errors.isEmpty { throw ExitCode(1) }
        }
    }

    /// `dir`, or the packs `scan` uses when none is named (PackLocator); exit 2 when none is found.
    static func directory(_ dir: String?) throws -> String {
        if let dir { return dir }
        guard let found = PackLocator.defaultDirectory() else {
            FileHandle.standardError.write(Data("phi-milter: no pack directory found (name one, or set PHI_MILTER_PACKS)\n".utf8))
            throw ExitCode(2)
        }
        return found
    }
}
