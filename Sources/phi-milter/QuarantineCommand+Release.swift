import ArgumentParser
import Foundation
import PHIPolicy

extension QuarantineCommand {
    /// `quarantine release`: back to the active queue through postsuper -H, keeping the encrypt route.
    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Release held messages (postsuper -H); PHI keeps its encrypt route. Audited with --reason.")
        @OptionGroup var common: Common
        @Argument(help: "Queue ids.") var queueIDs: [String]
        @Option(help: "Why (goes into the audit record; required).") var reason: String
        @Flag(help: "Release a PHI message that has no encrypt route anyway (it leaves unencrypted).")
        var allowUnencrypted = false

        func validate() throws { try QuarantineCommand.validate(queueIDs, reason) }

        func run() throws {
            let ctx = try Context(common)
            try QuarantineCommand.act(ctx, queueIDs, reason: reason, kind: .release) { m in
                let route = ctx.route(m, allowUnencrypted: allowUnencrypted)
                if case .refused = route { return (false, route.explanation) }
                let (_, err) = try ctx.tool { try ctx.queue.runWithErrors("postsuper", ["-H", m.queueID]) }
                let done = err.contains("\(m.queueID): released from hold")
                let name: String
                if case .encrypted = route { name = "encrypted" } else { name = "plain" }
                return (done, done ? name : "postsuper did not release it")
            }
        }
    }

    /// `quarantine delete`: removes held messages (postsuper -d ID hold: only from the hold queue).
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete held messages (postsuper -d, hold queue only). Audited with --reason.")
        @OptionGroup var common: Common
        @Argument(help: "Queue ids.") var queueIDs: [String]
        @Option(help: "Why (goes into the audit record; required).") var reason: String

        func validate() throws { try QuarantineCommand.validate(queueIDs, reason) }

        func run() throws {
            let ctx = try Context(common)
            try QuarantineCommand.act(ctx, queueIDs, reason: reason, kind: .delete) { m in
                let (_, err) = try ctx.tool { try ctx.queue.runWithErrors("postsuper", ["-d", m.queueID, "hold"]) }
                let done = err.contains("\(m.queueID): removed")
                return (done, done ? "" : "postsuper did not remove it")
            }
        }
    }

    static func validate(_ ids: [String], _ reason: String) throws {
        if ids.isEmpty { throw ValidationError("name at least one queue id") }
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason must say why") }
    }

    /// Applies `body` to each held message of `ids`; after each success writes the operator's
    /// audit record (its `route` is what `body` returned). Exit 1 when any id was not handled.
    static func act(_ ctx: Context, _ ids: [String], reason: String, kind: AuditRecord.Operation.Kind,
                    _ body: (HeldMessage) throws -> (done: Bool, note: String)) throws {
        let (found, missing) = try ctx.held(ids)
        warnMissing(missing)
        let records = ctx.scanRecords(found)
        let user = InvokingUser.current()
        var failed = !missing.isEmpty
        for m in found {
            let (done, note) = try body(m)
            guard done else {
                FileHandle.standardError.write(Data("phi-milter: \(m.queueID): \(note)\n".utf8))
                failed = true
                continue
            }
            let op = AuditRecord.Operation(kind: kind, by: user.name, uid: user.uid, reason: reason,
                                           route: kind == .release ? note : "")
            try ctx.audit(AuditRecord(operation: op, message: m, scanned: records[m.queueID]))
            print("\(m.queueID): \(kind == .release ? "released (\(note) route)" : "deleted")")
        }
        if failed { throw ExitCode(1) }
    }
}
