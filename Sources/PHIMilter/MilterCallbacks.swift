internal import CMilter
import Foundation
import Logging
import PHIMetrics
import PHIPolicy

/// One connection's session, kept in libmilter's private pointer.
final class SessionBox {
    var session: Session
    /// Protocol flags negotiated with the MTA (`SMFIP_*`), deciding where no reply is sent.
    var protocolFlags: UInt = 0
    var inMessage = false
    /// The TCP connection to re-arm TCP_QUICKACK on in each callback; -1 when not used.
    var tcpFD: Int32 = -1

    init(session: Session) { self.session = session }
}

/// libmilter callbacks: each translates its arguments into a ``Session`` call and the answer back.
enum MilterCallbacks {
    /// Macros asked for per stage with `smfi_setsymlist`, and read at every callback.
    static let macroNames = ["i", "{auth_authen}", "{client_addr}", "{daemon_name}"]
    /// Callbacks that always continue and may therefore skip their reply. Connect and MAIL keep
    /// theirs: a draining milter refuses new connections and messages there with a tempfail.
    static let noReplyFlags = UInt(SMFIP_NR_HELO | SMFIP_NR_RCPT | SMFIP_NR_HDR | SMFIP_NR_EOH | SMFIP_NR_BODY)
    /// Actions the milter needs.
    static let actionFlags = UInt(SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE | SMFIF_SETSYMLIST)

    /// The description handed to `smfi_register`; `name` must outlive the process.
    static func description(name: UnsafeMutablePointer<CChar>) -> smfiDesc {
        smfiDesc(
            xxfi_name: name, xxfi_version: SMFI_VERSION, xxfi_flags: UInt(actionFlags),
            xxfi_connect: { ctx, host, addr in MilterCallbacks.connect(ctx, host, addr) },
            xxfi_helo: { ctx, name in MilterCallbacks.helo(ctx, name) },
            xxfi_envfrom: { ctx, argv in MilterCallbacks.envfrom(ctx, argv) },
            xxfi_envrcpt: { ctx, argv in MilterCallbacks.envrcpt(ctx, argv) },
            xxfi_header: { ctx, name, value in MilterCallbacks.header(ctx, name, value) },
            xxfi_eoh: { ctx in MilterCallbacks.step(ctx, flag: SMFIP_NR_EOH) { $0.endOfHeaders() } },
            xxfi_body: { ctx, bytes, length in MilterCallbacks.body(ctx, bytes, length) },
            xxfi_eom: { ctx in MilterCallbacks.eom(ctx) },
            xxfi_abort: { ctx in MilterCallbacks.abort(ctx) },
            xxfi_close: { ctx in MilterCallbacks.close(ctx) },
            xxfi_unknown: nil, xxfi_data: nil,
            xxfi_negotiate: { ctx, f0, f1, _, _, pf0, pf1, pf2, pf3 in
                MilterCallbacks.negotiate(ctx, f0, f1, pf0, pf1, pf2, pf3) })
    }

    static func string(_ p: UnsafeMutablePointer<CChar>?) -> String {
        guard let p else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: p, count: strlen(p)), as: UTF8.self)
    }

    static func strings(_ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String] {
        guard let argv else { return [] }
        var out: [String] = []
        var i = 0
        while let p = argv[i], i < 64 {
            out.append(string(p))
            i += 1
        }
        return out
    }

    static func box(_ ctx: OpaquePointer?) -> SessionBox? {
        guard let ctx, let raw = smfi_getpriv(ctx) else { return nil }
        return Unmanaged<SessionBox>.fromOpaque(raw).takeUnretainedValue()
    }

    /// The session box of a connection, made on first use when negotiate did not run.
    static func ensureBox(_ ctx: OpaquePointer?) -> SessionBox? {
        if let b = box(ctx) { return b }
        guard let ctx, let host = milterHost else { return nil }
        let b = SessionBox(session: Session(context: host.context()))
        smfi_setpriv(ctx, Unmanaged.passRetained(b).toOpaque())
        return b
    }

    static func readMacros(_ ctx: OpaquePointer?) -> [String: String] {
        guard let ctx else { return [:] }
        var out: [String: String] = [:]
        for name in macroNames {
            let value = name.withCString { smfi_getsymval(ctx, UnsafeMutablePointer(mutating: $0)) }
            if let value { out[name] = string(value) }
        }
        return out
    }

    static func status(_ reply: MilterReply, _ box: SessionBox, flag: Int, ctx: OpaquePointer?) -> sfsistat {
        switch reply {
        case .continue:
            return box.protocolFlags & UInt(flag) != 0 ? SMFIS_NOREPLY : SMFIS_CONTINUE
        case .accept: return SMFIS_ACCEPT
        case .reject(let r): setReply(ctx, r); return SMFIS_REJECT
        case .tempfail(let r): setReply(ctx, r); return SMFIS_TEMPFAIL
        }
    }

    static func setReply(_ ctx: OpaquePointer?, _ r: SMTPReply) {
        guard let ctx else { return }
        let text = Policy.replySafe(r.text)
        r.code.withCString { c in r.xcode.withCString { x in text.withCString { t in
            _ = smfi_setreply(ctx, UnsafeMutablePointer(mutating: c), UnsafeMutablePointer(mutating: x),
                              UnsafeMutablePointer(mutating: t))
        } } }
    }

    /// Runs one session step that cannot fail the message.
    static func step(_ ctx: OpaquePointer?, flag: Int, _ body: (inout Session) -> MilterReply) -> sfsistat {
        guard let b = ensureBox(ctx) else { return SMFIS_TEMPFAIL }
        if b.tcpFD >= 0 { _ = phi_quickack(b.tcpFD) }
        b.session.macros(readMacros(ctx))
        return status(body(&b.session), b, flag: flag, ctx: ctx)
    }

    static func negotiate(_ ctx: OpaquePointer?, _ f0: UInt, _ f1: UInt,
                          _ pf0: UnsafeMutablePointer<UInt>?, _ pf1: UnsafeMutablePointer<UInt>?,
                          _ pf2: UnsafeMutablePointer<UInt>?, _ pf3: UnsafeMutablePointer<UInt>?) -> sfsistat {
        guard let b = ensureBox(ctx) else { return SMFIS_REJECT }
        let actions = actionFlags & f0
        let wanted = (noReplyFlags | UInt(SMFIP_NOUNKNOWN | SMFIP_NODATA)) & f1
        b.protocolFlags = wanted
        if let host = milterHost, host.tcpPort > 0, host.quickAck || host.noDelay {
            let fd = phi_connection_fd(ctx, Int32(host.tcpPort))
            if fd >= 0 {
                if host.noDelay { _ = phi_nodelay(fd) }
                if host.quickAck, phi_quickack(fd) == 1 { b.tcpFD = fd }
            }
        }
        pf0?.pointee = actions
        pf1?.pointee = wanted
        pf2?.pointee = 0
        pf3?.pointee = 0
        if actions & UInt(SMFIF_SETSYMLIST) != 0, let ctx {
            for (stage, list) in [(SMFIM_CONNECT, "{client_addr} {daemon_name}"), (SMFIM_ENVFROM, "i {auth_authen}"),
                                  (SMFIM_EOM, "i")] {
                _ = list.withCString { smfi_setsymlist(ctx, stage, UnsafeMutablePointer(mutating: $0)) }
            }
        }
        return SMFIS_CONTINUE
    }

    static func helo(_ ctx: OpaquePointer?, _ name: UnsafeMutablePointer<CChar>?) -> sfsistat {
        let text = string(name)
        return step(ctx, flag: SMFIP_NR_HELO) { $0.helo(text) }
    }

    static func envrcpt(_ ctx: OpaquePointer?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> sfsistat {
        let args = strings(argv)
        return step(ctx, flag: SMFIP_NR_RCPT) { $0.recipient(args) }
    }

    static func header(_ ctx: OpaquePointer?, _ name: UnsafeMutablePointer<CChar>?,
                       _ value: UnsafeMutablePointer<CChar>?) -> sfsistat {
        let n = string(name), v = string(value)
        return step(ctx, flag: SMFIP_NR_HDR) { $0.header(name: n, value: v) }
    }

    static func body(_ ctx: OpaquePointer?, _ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) -> sfsistat {
        let chunk = UnsafeRawBufferPointer(start: bytes.map { UnsafeRawPointer($0) }, count: bytes == nil ? 0 : length)
        guard let b = ensureBox(ctx) else { return SMFIS_TEMPFAIL }
        if b.tcpFD >= 0 { _ = phi_quickack(b.tcpFD) }
        return status(b.session.body(chunk), b, flag: SMFIP_NR_BODY, ctx: ctx)
    }

    static func connect(_ ctx: OpaquePointer?, _ host: UnsafeMutablePointer<CChar>?,
                        _ addr: UnsafeMutablePointer<sockaddr>?) -> sfsistat {
        let h = string(host), a = address(addr)
        if let host = milterHost, host.isDraining {
            host.metrics.tempfail(.draining)
            setReply(ctx, SMTPReply(code: "451", xcode: "4.7.1", text: "phi-milter is restarting, try again later"))
            return SMFIS_TEMPFAIL
        }
        return step(ctx, flag: SMFIP_NR_CONN) { $0.connect(host: h, address: a) }
    }

    static func address(_ addr: UnsafeMutablePointer<sockaddr>?) -> String {
        guard let addr else { return "" }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        switch Int32(addr.pointee.sa_family) {
        case AF_INET:
            var a = addr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            guard inet_ntop(AF_INET, &a, &buffer, socklen_t(buffer.count)) != nil else { return "" }
        case AF_INET6:
            var a = addr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
            guard inet_ntop(AF_INET6, &a, &buffer, socklen_t(buffer.count)) != nil else { return "" }
        default:
            return ""
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func envfrom(_ ctx: OpaquePointer?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> sfsistat {
        guard let b = ensureBox(ctx), let host = milterHost else { return SMFIS_TEMPFAIL }
        if b.inMessage { host.messageEnded() }
        b.inMessage = false
        if host.isDraining {
            host.metrics.tempfail(.draining)
            setReply(ctx, SMTPReply(code: "451", xcode: "4.7.1", text: "phi-milter is restarting, try again later"))
            return SMFIS_TEMPFAIL
        }
        b.session.context = host.context()
        b.session.macros(readMacros(ctx))
        let reply = b.session.mailFrom(strings(argv))
        b.inMessage = true
        host.messageStarted()
        return status(reply, b, flag: SMFIP_NR_MAIL, ctx: ctx)
    }

    static func endMessage(_ b: SessionBox) {
        if b.inMessage { milterHost?.messageEnded() }
        b.inMessage = false
    }

    static func abort(_ ctx: OpaquePointer?) -> sfsistat {
        guard let b = box(ctx) else { return SMFIS_CONTINUE }
        _ = b.session.abort()
        endMessage(b)
        return SMFIS_CONTINUE
    }

    static func close(_ ctx: OpaquePointer?) -> sfsistat {
        guard let ctx, let raw = smfi_getpriv(ctx) else { return SMFIS_CONTINUE }
        let b = Unmanaged<SessionBox>.fromOpaque(raw)
        smfi_setpriv(ctx, nil)
        _ = b.takeUnretainedValue().session.close()
        endMessage(b.takeUnretainedValue())
        b.release()
        return SMFIS_CONTINUE
    }
}
