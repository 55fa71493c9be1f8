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
            abstract: "Validate FILE; exit 78 with one line naming the key on an error.",
            discussion: """
                SECURITY
                  Reads the file, and for each `edm` roster its file and key file to check that
                  they belong together (key ids compared; the key is never printed). It opens no
                  socket.

                DIAGNOSTICS
                  "config: KEY: PROBLEM" on standard error and exit 78 (EX_CONFIG); "ok" and 0 otherwise.
                """)
        @Argument(help: "Configuration file.") var file: String

        func run() throws {
            do {
                let cfg = try Configuration.load(file)
                _ = try EngineLoader(config: cfg).rosters()
                print("\(file): ok")
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
        @Option(help: "Configuration file (default: built-in defaults).") var config: String?

        func run() throws {
            do {
                let cfg = try Configuration.load(config)
                print(try Yams.serialize(node: cfg.tree()), terminator: "")
            } catch let e as ConfigError {
                FileHandle.standardError.write(Data("phi-milter: \(e)\n".utf8))
                throw ExitCode(78)
            }
        }
    }
}
