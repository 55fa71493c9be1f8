import ArgumentParser

/// The one executable: the milter daemon and the tools pack authors and administrators use.
@main
struct PHIMilterCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "phi-milter",
        abstract: "A milter that finds protected health information in mail and has it encrypted, held or rejected.",
        version: version,
        subcommands: [RunCommand.self, ScanCommand.self, PacksCommand.self, CorpusCommand.self, ConfigCommand.self,
                      FingerprintCommand.self, QuarantineCommand.self, EDMCommand.self]
    )
}
