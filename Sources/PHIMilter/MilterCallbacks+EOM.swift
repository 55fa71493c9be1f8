internal import CMilter
import Foundation
import Logging
import PHIPolicy

extension MilterCallbacks {
    /// Messages above this size get `smfi_progress` before the scan finishes.
    static let progressBytes = 1 << 20

    /// End of message: decide, make the changes, audit, reply.
    static func eom(_ ctx: OpaquePointer?) -> sfsistat {
        guard let ctx, let b = ensureBox(ctx), let host = milterHost else { return SMFIS_TEMPFAIL }
        defer { endMessage(b) }
        b.session.macros(readMacros(ctx))
        if b.session.messageBytes >= progressBytes { _ = smfi_progress(ctx) }
        let end = b.session.endOfMessage()
        var reply = end.reply
        var failed = false
        for mod in end.modifications where !apply(mod, ctx) {
            failed = true
            break
        }
        guard let decision = end.decision else { return status(reply, b, flag: 0, ctx: ctx) }
        let outcome = host.recorder().record(decision, reply: reply, policy: b.session.context.policy,
                                             envelope: b.session.envelope, modifyFailed: failed)
        let record = outcome.record
        reply = outcome.reply
        host.current.notices?.notify(record)
        host.logger.info("milter.decision", metadata: [
            "milter.queue_id": "\(record.queueID)", "phi.verdict": "\(record.verdict.rawValue)",
            "phi.actions": "\(record.actions.map(\.rawValue).joined(separator: ","))",
            "phi.score": "\(record.score)", "phi.rules": "\(record.rules.map(\.rule).joined(separator: ","))",
            "phi.bytes": "\(record.bytes)",
        ])
        return status(reply, b, flag: 0, ctx: ctx)
    }

    /// Sends one modification; false when libmilter refused it.
    static func apply(_ mod: Modification, _ ctx: OpaquePointer) -> Bool {
        func c(_ s: String, _ f: (UnsafeMutablePointer<CChar>) -> Int32) -> Int32 {
            s.withCString { f(UnsafeMutablePointer(mutating: $0)) }
        }
        let rc: Int32
        switch mod {
        case .changeHeader(let name, let index, let value):
            if let value {
                rc = c(name) { n in c(value) { v in smfi_chgheader(ctx, n, Int32(index), v) } }
            } else {
                rc = c(name) { n in smfi_chgheader(ctx, n, Int32(index), nil) }
            }
        case .insertHeader(let index, let name, let value):
            rc = c(name) { n in c(value) { v in smfi_insheader(ctx, Int32(index), n, v) } }
        case .addHeader(let name, let value):
            rc = c(name) { n in c(value) { v in smfi_addheader(ctx, n, v) } }
        case .quarantine(let reason):
            rc = c(reason) { r in smfi_quarantine(ctx, r) }
        }
        return rc == MI_SUCCESS
    }
}

extension Session {
    /// The reply of an error disposition.
    static func errorReply(_ disposition: Action, actions: ActionsConfig) -> MilterReply {
        switch disposition {
        case .reject: .reject(SMTPReply(code: "550", xcode: "5.7.1", text: actions.rejectReply(types: [])))
        case .tempfail: .tempfail(SMTPReply(code: "451", xcode: "4.7.1", text: Policy.replySafe(actions.tempfailText)))
        default: .continue
        }
    }
}
