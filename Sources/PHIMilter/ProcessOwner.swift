#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user and group `listen.user`/`listen.group` name, looked up on this host.
public struct ProcessOwner: Sendable, Equatable {
    /// nil when `listen.user` is empty.
    public var uid: uid_t?
    /// The group of `listen.group`; nil when it is empty.
    public var gid: gid_t?
    /// The primary group of `listen.user`.
    public var primaryGID: gid_t?

    /// Looks the names up; a name this host does not know is an error naming its key (exit 67).
    /// The one lookup `run` and `config check` both use.
    public static func lookUp(user: String, group: String) throws(MilterError) -> ProcessOwner {
        var owner = ProcessOwner()
        if !user.isEmpty {
            guard let pw = getpwnam(user) else {
                throw MilterError(code: "milter.user", detail: "listen.user: no such user \(user)", exitCode: Sysexits.noUser)
            }
            owner.uid = pw.pointee.pw_uid
            owner.primaryGID = pw.pointee.pw_gid
        }
        if !group.isEmpty {
            guard let gr = getgrnam(group) else {
                throw MilterError(code: "milter.group", detail: "listen.group: no such group \(group)", exitCode: Sysexits.noUser)
            }
            owner.gid = gr.pointee.gr_gid
        }
        return owner
    }
}
