import ArgumentParser
import Foundation
import PHIPolicy

/// `phi-milter quarantine list|show|release|delete`: review and handle Postfix's hold queue.
struct QuarantineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine",
        abstract: "Review, release or delete messages held in Postfix's hold queue; every release and delete is audited.",
        discussion: """
            Works over postqueue -j, postcat and postsuper. Shows each held message's envelope, the
            verdict, score, types and rules of its X-PHI-Scan header, and, from the scan's audit
            record, the reasons and masked samples. A release goes through postsuper -H, which keeps
            the queue file and so the encrypt route milter_header_checks recorded in it at cleanup.

            SECURITY
              Message content is never printed except by `show --raw`, which only root may run and
              which is audited like a release. postcat and postsuper need root (or the postfix
              user), so run these commands with sudo; the audit record names the sudo caller.
              A message that carries the encryption header is released only when its queue file
              still names the encrypt transport (quarantine.encrypt_transport); a PHI message
              with no encrypt route only with --allow-unencrypted. The --reason text goes into the
              audit record as typed: write no PHI into it.

            DIAGNOSTICS
              Exit 0 when every message was handled; 1 when one was not in the hold queue or its
              release was refused; 2 when a Postfix tool failed; 77 for --raw by a non-root user;
              78 for a configuration error.
            """,
        subcommands: [List.self, Show.self, Release.self, Delete.self])

    /// Options every subcommand takes.
    struct Common: ParsableArguments {
        @Option(help: "Configuration file (default: /etc/phi-milter/phi-milter.yaml when present, else built-in defaults).")
        var config: String?
        @Option(name: .customLong("postfix-config"), help: "Postfix configuration directory (-c of postqueue, postcat, postsuper).")
        var postfixConfig: String?
        @Option(name: .customLong("audit-log"), help: "Audit log (JSON Lines) to read scan records from (default: audit.path when audit.sink is file).")
        var auditLog: String?
    }

    /// The loaded configuration and the tools, shared by the subcommands.
    struct Context {
        var config: Configuration
        var queue: PostfixQueue
        var auditLogPath: String?

        init(_ common: Common) throws {
            do {
                config = try Configuration.load(Configuration.resolve(common.config))
            } catch {
                FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
                throw ExitCode(78)
            }
            queue = PostfixQueue(configDir: common.postfixConfig ?? config.quarantine.postfixConfig)
            let audit = config.policyConfig.audit
            auditLogPath = common.auditLog ?? (audit.sink == .file && audit.format == .json ? audit.path : nil)
        }

        /// The held messages (all, or those of `ids`), each read from its queue file; ids not held are returned apart.
        func held(_ ids: [String]) throws -> (found: [HeldMessage], missing: [String]) {
            for id in ids where !HeldMessage.isQueueID(id) {
                throw ValidationError("\(id.prefix(64)): not a Postfix queue id")
            }
            let all = try tool { try queue.held() }
            let wanted = ids.isEmpty ? all : all.filter { ids.contains($0.queueID) }
            let missing = ids.filter { id in !all.contains { $0.queueID == id } }
            return (try wanted.map { m in try tool { try queue.inspect(m, actions: config.policyConfig.actions) } }, missing)
        }

        /// The scan records of `messages` from the audit log, by queue id.
        func scanRecords(_ messages: [HeldMessage]) -> [String: ScanRecordExcerpt] {
            guard let auditLogPath else { return [:] }
            return AuditLogReader.scanRecords(path: auditLogPath, queueIDs: Set(messages.map(\.queueID)))
        }

        func route(_ m: HeldMessage, allowUnencrypted: Bool = false) -> ReleaseRoute {
            ReleaseRoute.of(m, transport: config.quarantine.encryptTransport, allowUnencrypted: allowUnencrypted)
        }

        /// Writes an operator's record to the configured audit sink.
        func audit(_ record: AuditRecord) throws {
            let sink: any AuditSink
            do { sink = try makeAuditSink(config.policyConfig.audit, version: PHIMilterCommand.version) } catch {
                FileHandle.standardError.write(Data("phi-milter: cannot open the audit log: \(error)\n".utf8))
                throw ExitCode(2)
            }
            do { try sink.write(record) } catch {
                FileHandle.standardError.write(Data("phi-milter: the audit record could not be written: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }

        /// Runs a Postfix tool call; a failure prints one line and exits 2.
        func tool<T>(_ body: () throws -> T) throws -> T {
            do { return try body() } catch {
                FileHandle.standardError.write(Data("phi-milter: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }
    }

    static func warnMissing(_ ids: [String]) {
        for id in ids { FileHandle.standardError.write(Data("phi-milter: \(id): not in the hold queue\n".utf8)) }
    }
}
