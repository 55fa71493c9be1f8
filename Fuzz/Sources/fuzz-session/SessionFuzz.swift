import Foundation
import FuzzSupport
import PHIInspect
@testable import PHIMilter
@testable import PHIPolicy

/// The milter `Session` driven as libmilter would drive it, with a real `Inspector` and `Policy`.
///
/// Input: a policy byte (subject tag, internal domains, size skip, client-network skip,
/// authenticated skip, quarantine or reject of PHI), a scan-gate byte (bit i: whether the i-th
/// request for a scan slot, cyclically, gets one), then commands. Each command is a byte whose
/// value modulo 12 picks the callback, followed by its data (`FuzzReader` fields):
/// 0 connect(host, address) · 1 helo(name) · 2 macro(name byte, value) · 3 MAIL(args) ·
/// 4 RCPT(args) · 5 header(name, 16-bit-length value) · 6 end of headers · 7 body(field) ·
/// 8 body(16-bit-length chunk) · 9 end of message · 10 abort · 11 close (the next command starts a
/// new connection, as libmilter drops the session at close). Arguments are split at spaces.
/// Invariants at end of message: the audit record renders as one line in both formats, replies
/// and header changes are well-formed.
@_cdecl("LLVMFuzzerTestOneInput")
public func sessionFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let policy = Policy(config: config(input.byte()))
    let gate = PatternGate(pattern: input.byte())
    let context = SessionContext(policy: policy, makeScanner: { Inspector(engine: FuzzEngine.shared) }, gate: gate)
    var session = Session(context: context)
    var commands = 0
    while !input.isAtEnd && commands < 4096 {
        commands += 1
        switch input.byte() % 12 {
        case 0: _ = session.connect(host: input.string(), address: input.string())
        case 1: _ = session.helo(input.string())
        case 2:
            let name = input.pick(["i", "{auth_authen}", "{client_addr}", "{daemon_name}", "j", ""])
            session.macros([name: input.string()])
        case 3: _ = session.mailFrom(arguments(input.string()))
        case 4: _ = session.recipient(arguments(input.string()))
        case 5:
            let name = input.string()
            _ = session.header(name: name, value: String(decoding: input.take(input.uint16()), as: UTF8.self))
        case 6: _ = session.endOfHeaders()
        case 7: _ = input.field().withUnsafeBytes { session.body($0) }
        case 8: _ = input.take(input.uint16()).withUnsafeBytes { session.body($0) }
        case 9: check(session.endOfMessage(), policy)
        case 10: _ = session.abort()
        default:
            _ = session.close()
            session = Session(context: context)
        }
    }
    check(session.endOfMessage(), policy)
    return 0
}

/// ESMTP arguments as libmilter splits them: the path, then parameters.
private func arguments(_ text: String) -> [String] {
    text.split(separator: " ", omittingEmptySubsequences: false).prefix(64).map(String.init)
}

private func config(_ bits: UInt8) -> PolicyConfig {
    var config = PolicyConfig()
    if bits & 0x01 != 0 { config.actions.subjectTag = "[secure]"; config.actions.sensitivity = "Company-Confidential" }
    if bits & 0x02 != 0 { config.site.internalDomains = ["example.org", ".example.net"] }
    if bits & 0x04 != 0 { config.policy.skip.maxSize = 200 }
    if bits & 0x08 != 0 { config.policy.skip.clientNetworks = ["192.0.2.0/24", "2001:db8::/32"] }
    if bits & 0x10 != 0 { config.policy.skip.authenticated = true }
    if bits & 0x20 != 0 { config.policy.external.phi = [.quarantine, .tag] }
    if bits & 0x40 != 0 { config.policy.external.phi = [.reject]; config.policy.internal.unscannable = [.tempfail] }
    return config
}

private func check(_ end: EndOfMessage, _ policy: Policy) {
    for mod in end.modifications {
        switch mod {
        case .changeHeader(let name, let index, _):
            if name.isEmpty || index < 1 { FuzzCheck.fail("header change \(name) at index \(index)") }
        case .insertHeader(let index, let name, let value):
            if name.isEmpty || index != 0 || value.utf8.contains(where: { $0 < 0x20 }) {
                FuzzCheck.fail("header insert \(name) at index \(index)")
            }
        case .addHeader(let name, _):
            if name.isEmpty { FuzzCheck.fail("header add without a name") }
        case .quarantine(let reason):
            if reason != Policy.replySafe(reason) { FuzzCheck.fail("quarantine reason not reply-safe") }
        }
    }
    switch end.reply {
    case .reject(let r), .tempfail(let r):
        if r.text != Policy.replySafe(r.text) { FuzzCheck.fail("reply text not reply-safe") }
    default:
        break
    }
    guard let decision = end.decision else { return }
    if AuditRenderer(format: .json).line(decision.auditRecord).utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
        FuzzCheck.fail("a JSON audit record spans lines")
    }
    if AuditRenderer(format: .kv).line(decision.auditRecord).utf8.contains(where: { $0 < 0x20 }) {
        FuzzCheck.fail("a key=value audit record holds a control character")
    }
    if AuditRenderer(format: .cef).line(decision.auditRecord).utf8.contains(where: { $0 < 0x20 }) {
        FuzzCheck.fail("a CEF audit record holds a control character")
    }
}

/// A scan gate that grants slots by a repeating 8-bit pattern, so overload can strike mid-message.
private final class PatternGate: ScanGate, @unchecked Sendable {
    private let pattern: UInt8
    private var count = 0

    init(pattern: UInt8) { self.pattern = pattern }

    func enter() -> Bool {
        defer { count += 1 }
        return pattern & (1 << UInt8(count % 8)) != 0
    }

    func leave() {}
}
