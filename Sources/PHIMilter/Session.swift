import PHIDetect
import PHIMIME
public import PHIPolicy
import Foundation

/// What a session needs from the current configuration: policy, a scanner per message, the scan gate.
public struct SessionContext: Sendable {
    public var policy: Policy
    public var makeScanner: ScannerFactory
    public var gate: any ScanGate

    public init(policy: Policy, makeScanner: @escaping ScannerFactory, gate: any ScanGate) {
        self.policy = policy
        self.makeScanner = makeScanner
        self.gate = gate
    }
}

/// The end of one message: changes to make, the reply, and the decision to audit.
public struct EndOfMessage: Sendable {
    public var modifications: [Modification]
    public var reply: MilterReply
    /// Nil only when end of message came without a message (a protocol oddity).
    public var decision: Decision?
}

/// The milter protocol of one connection as a value-type state machine.
///
/// libmilter callbacks translate their arguments into these methods and the returned replies and
/// modifications back into `smfi_*` calls; nothing here touches libmilter, so every path is testable.
/// Per-message state is dropped at end of message and on abort; connection state lives until close.
public struct Session {
    /// Where the connection is in the protocol.
    public enum Phase: Sendable, Equatable { case new, connected, message, closed }

    /// A header only the milter may write, seen in the message: its name as sent and its count.
    struct OwnedHeader { var name: String; var count: Int }

    public private(set) var phase = Phase.new
    public var context: SessionContext
    /// Connection facts kept across messages.
    var connection = Envelope()
    /// The current message's envelope.
    public private(set) var envelope = Envelope()
    var scanner: (any MessageScanner)?
    var skipReason: String?
    var errorCode: String?
    var overloaded = false
    var owned: [String: OwnedHeader] = [:]
    var ownedOrder: [String] = []
    var subject: String?
    /// Header and body bytes of the current message.
    public private(set) var messageBytes = 0
    /// Messages finished on this connection.
    public private(set) var messages = 0

    public init(context: SessionContext) {
        self.context = context
    }

    /// SMTP connect: the client's host name and address.
    public mutating func connect(host: String, address: String) -> MilterReply {
        phase = .connected
        connection.clientHost = host
        connection.clientAddress = address
        return .continue
    }

    /// HELO/EHLO.
    public mutating func helo(_ name: String) -> MilterReply {
        connection.helo = name
        return .continue
    }

    /// Macros from the MTA for the current stage; merged into the envelope.
    public mutating func macros(_ values: [String: String]) {
        for (name, value) in values where !value.isEmpty {
            switch name {
            case "i": envelope.queueID = value
            case "{auth_authen}": envelope.authUser = value; connection.authUser = value
            case "{client_addr}" where connection.clientAddress.isEmpty:
                connection.clientAddress = value; envelope.clientAddress = value
            default: break
            }
            envelope.macros[name] = value
        }
    }

    /// MAIL FROM: starts a message. `args[0]` is the path, the rest ESMTP parameters.
    public mutating func mailFrom(_ args: [String]) -> MilterReply {
        resetMessage()
        phase = .message
        let macros = envelope.macros
        envelope = connection
        envelope.macros.merge(macros) { _, new in new }
        envelope.queueID = macros["i"] ?? ""
        envelope.sender = Envelope.stripPath(args.first ?? "")
        // ESMTP SIZE= is the client's claim, not a fact: it never decides a skip (a client could
        // declare a huge size and send a short message with PHI). Size counts received bytes only.
        envelope.size = 0
        skipReason = context.policy.skipReason(envelope)
        if skipReason == nil { scanner = context.makeScanner() }
        return .continue
    }

    /// RCPT TO.
    public mutating func recipient(_ args: [String]) -> MilterReply {
        let rcpt = Envelope.stripPath(args.first ?? "")
        if !rcpt.isEmpty { envelope.recipients.append(rcpt) }
        return .continue
    }

    /// One header; values arrive without the leading space.
    public mutating func header(name: String, value: String) -> MilterReply {
        messageBytes += name.utf8.count + value.utf8.count + 4
        let lower = name.lowercased()
        if context.policy.config.actions.isOwnedHeader(name) {
            if var seen = owned[lower] {
                seen.count += 1
                owned[lower] = seen
            } else {
                owned[lower] = OwnedHeader(name: name, count: 1)
                ownedOrder.append(lower)
            }
        }
        switch lower {
        case "subject" where subject == nil: subject = value
        case "message-id" where envelope.messageID.isEmpty:
            envelope.messageID = value.trimmingCharacters(in: .whitespacesAndNewlines)
        default: break
        }
        scanner?.header(name: name, value: value)
        return .continue
    }

    /// End of headers.
    public mutating func endOfHeaders() -> MilterReply {
        messageBytes += 2
        scanner?.endOfHeaders()
        return .continue
    }

    /// A body chunk, streamed into the scanner when a scan slot is free.
    public mutating func body(_ chunk: UnsafeRawBufferPointer) -> MilterReply {
        messageBytes += chunk.count
        envelope.size = messageBytes
        if skipReason == nil, scanner != nil, let reason = context.policy.skipReason(envelope) {
            skipReason = reason
            scanner = nil
        }
        guard let scanner, !overloaded else { return .continue }
        guard context.gate.enter() else {
            overloaded = true
            return .continue
        }
        scanner.body(chunk)
        context.gate.leave()
        return .continue
    }

    /// End of message: finishes the scan, decides, and returns the changes and the reply.
    public mutating func endOfMessage(now: Date = Date()) -> EndOfMessage {
        defer { resetMessage(); messages += 1 }
        let policy = context.policy
        envelope.size = messageBytes
        let decision: Decision
        if overloaded {
            decision = policy.decideOverload(envelope: envelope, now: now)
        } else if let scanner {
            if context.gate.enter() {
                decision = Session.finish(scanner, policy: policy, envelope: envelope, subject: subjectText, now: now)
                context.gate.leave()
            } else {
                decision = policy.decideOverload(envelope: envelope, now: now)
            }
        } else if skipReason != nil || phase == .message {
            decision = policy.decide(report: ScanReport(bytes: messageBytes), envelope: envelope, subject: subjectText,
                                     now: now)
        } else {
            return EndOfMessage(modifications: [], reply: .continue, decision: nil)
        }
        return EndOfMessage(modifications: modifications(for: decision), reply: reply(for: decision),
                            decision: decision)
    }

    /// The Subject as a reader sees it (encoded words decoded), for the policy's trigger.
    var subjectText: String? {
        subject.map { $0.contains("=?") ? EncodedWords.decode($0) : $0 }
    }

    static func finish(_ scanner: any MessageScanner, policy: Policy, envelope: Envelope, subject: String?,
                       now: Date) -> Decision {
        do {
            return policy.decide(report: try scanner.finish(), envelope: envelope, subject: subject, now: now)
        } catch {
            let code = (error as? ScanFailure)?.code ?? "scan.failed"
            return policy.decideError(code: code, envelope: envelope, now: now)
        }
    }

    /// The message was aborted (RSET, QUIT, client gone): drop its state.
    public mutating func abort() -> MilterReply {
        resetMessage()
        if phase == .message { phase = .connected }
        return .continue
    }

    /// The connection closed; valid in any phase, including before connect.
    public mutating func close() -> MilterReply {
        resetMessage()
        phase = .closed
        return .continue
    }

    mutating func resetMessage() {
        scanner = nil
        skipReason = nil
        errorCode = nil
        overloaded = false
        owned = [:]
        ownedOrder = []
        subject = nil
        messageBytes = 0
        if phase == .message { phase = .connected }
        let keep = envelope.macros.filter { $0.key != "i" }
        envelope = connection
        envelope.macros = keep
    }
}
