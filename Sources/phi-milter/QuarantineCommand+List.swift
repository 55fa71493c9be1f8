import ArgumentParser
import Foundation
import PHIPolicy

extension QuarantineCommand {
    /// `quarantine list`: one line per held message.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List held messages: queue id, arrival, size, verdict, score, types, release route, envelope.")
        @OptionGroup var common: Common
        @Option(help: "text (a table) or json (one object per line).") var format = OutputFormat.text

        enum OutputFormat: String, ExpressibleByArgument { case text, json }

        func run() throws {
            let ctx = try Context(common)
            let messages = try ctx.held([]).found
            let records = ctx.scanRecords(messages)
            if format == .json {
                for m in messages { print(QuarantineView.json(m, record: records[m.queueID], route: ctx.route(m))) }
                return
            }
            print("QUEUE-ID\tARRIVED\tSIZE\tVERDICT\tSCORE\tTYPES\tROUTE\tSENDER\tRECIPIENTS")
            for m in messages {
                print([m.queueID, QuarantineView.time(m.arrival), String(m.size), m.scan?.verdict.rawValue ?? "-",
                       m.scan.map { String($0.score) } ?? "-", QuarantineView.list(m.scan?.types ?? []),
                       QuarantineView.routeName(ctx.route(m), short: true),
                       m.sender.isEmpty ? "<>" : m.sender, m.recipients.joined(separator: ",")].joined(separator: "\t"))
            }
        }
    }

    /// `quarantine show`: one held message in full, without content unless --raw.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a held message: envelope, verdict, reasons, types, rules, masked samples and route (never content, unless --raw).")
        @OptionGroup var common: Common
        @Argument(help: "Queue id.") var queueID: String
        @Flag(help: "Also print the whole message (headers and body). Root only; audited; needs --reason.") var raw = false
        @Option(help: "Why the raw message is viewed (goes into the audit record).") var reason: String?
        @Option(help: "text or json.") var format = List.OutputFormat.text

        func validate() throws {
            if raw && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--raw needs --reason")
            }
        }

        func run() throws {
            if raw && !InvokingUser.isRoot {
                FileHandle.standardError.write(Data("phi-milter: show --raw: only root may view message content\n".utf8))
                throw ExitCode(77)
            }
            let ctx = try Context(common)
            let (found, missing) = try ctx.held([queueID])
            QuarantineCommand.warnMissing(missing)
            guard let m = found.first else { throw ExitCode(1) }
            let record = ctx.scanRecords([m])[m.queueID]
            if format == .json {
                print(QuarantineView.json(m, record: record, route: ctx.route(m)))
            } else {
                print(QuarantineView.text(m, record: record, route: ctx.route(m)), terminator: "")
            }
            guard raw, let reason else { return }
            let user = InvokingUser.current()
            try ctx.audit(AuditRecord(operation: .init(kind: .viewRaw, by: user.name, uid: user.uid, reason: reason),
                                      message: m, scanned: record))
            print("--- raw message ---")
            print(try ctx.tool { try ctx.queue.run("postcat", ["-h", "-b", "-q", m.queueID]) }, terminator: "")
        }
    }
}
