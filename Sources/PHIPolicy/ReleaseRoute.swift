/// Whether a held message may leave the hold queue, and by which route.
///
/// A message that carries the encryption header must still have the encrypt transport in its
/// queue file (`milter_header_checks` set it at cleanup, before the hold); a PHI message with no
/// encrypt route is not released unless the operator says so explicitly.
public enum ReleaseRoute: Sendable, Equatable {
    /// Leaves through the content filter it names (the encrypt transport).
    case encrypted(String)
    /// Leaves through the normal route.
    case plain
    /// Must not leave; the code says why (`release.no_encrypt_route`, `release.phi_unencrypted`).
    case refused(String)

    /// Decides the route of `message` when `transport` is the name of the encrypt transport.
    public static func of(_ message: HeldMessage, transport: String, allowUnencrypted: Bool = false) -> ReleaseRoute {
        let filter = message.contentFilter
        if filter.hasPrefix(transport + ":") || filter == transport { return .encrypted(filter) }
        if allowUnencrypted { return .plain }
        if message.encryptHeader { return .refused("release.no_encrypt_route") }
        if let v = message.scan?.verdict, v == .phi || v == .violation { return .refused("release.phi_unencrypted") }
        return .plain
    }

    /// One line for the operator.
    public var explanation: String {
        switch self {
        case .encrypted(let f): return "encrypted route (\(f))"
        case .plain: return "normal route"
        case .refused("release.no_encrypt_route"):
            return "refused: the message carries the encryption header but its queue file names no encrypt transport; releasing it would send it unencrypted"
        case .refused(let code):
            return "refused (\(code)): a PHI message with no encrypt route; give --allow-unencrypted to send it unencrypted anyway"
        }
    }
}
