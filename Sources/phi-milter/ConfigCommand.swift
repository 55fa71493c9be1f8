import ArgumentParser
import Foundation
import Yams

/// `phi-milter config check|dump`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Validate a configuration file or print the effective configuration.",
        subcommands: [Check.self, Dump.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every check `run` runs on FILE; exit 78 with one line naming file, line and key on an error.",
            discussion: """
                The same code as `run` and a reload: the file's values (ranges, socket spec and mode,
                type names in policy.thresholds, CIDR networks, syslog facilities, site.mrn_patterns
                compile and pass the lint safety rule), then the host: listen.user and listen.group
                exist, site.hmac_key_file is readable and at least 16 bytes, the audit file can be
                written, the pack directories exist, every pack of packs.enabled is there and at
                least one rule loads. Without FILE it checks the file `run` would read. File access
                is checked as the invoking user: run it as the user that starts the daemon.

                SECURITY
                  Reads the file, the key file and the packs, and for each `edm` roster its file and
                  key file to check that they belong together (key ids compared; the key is never
                  printed). It opens no socket and writes nothing.

                DIAGNOSTICS
                  "FILE:LINE: KEY: PROBLEM" on standard error and exit 78 (EX_CONFIG) for every
                  refusal (where `run` would exit 67 for a missing user, this exits 78 too);
                  "FILE: ok" and 0 otherwise.
                """)
        @Argument(help: "Configuration file (default: the file `run` reads).") var file: String?

        func run() throws {
            let path = Configuration.resolve(file)
            do {
                let cfg = try Configuration.load(path)
                _ = try StartupCheck(config: cfg).run()
                print("\(path ?? "(built-in defaults)"): ok")
            } catch {
                FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
                throw ExitCode(78)
            }
        }
    }

    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the effective configuration (defaults merged with FILE) as YAML.",
            discussion: """
                SECURITY
                  Prints paths and settings, never the HMAC key itself.

                DIAGNOSTICS
                  Exit 78 naming the key when FILE is invalid.
                """)
        @Option(help: "Configuration file (default: the file `run` reads).") var config: String?

        func run() throws {
            do {
                let cfg = try Configuration.load(Configuration.resolve(config))
                print(try Yams.serialize(node: cfg.tree()), terminator: "")
            } catch let e as ConfigError {
                FileHandle.standardError.write(Data("phi-milter: \(e)\n".utf8))
                throw ExitCode(78)
            }
        }
    }
}
