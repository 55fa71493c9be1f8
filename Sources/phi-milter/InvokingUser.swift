import Foundation

/// Who runs a command, for the audit record: the login name behind `sudo` when there is one.
struct InvokingUser {
    var name: String
    var uid: Int

    /// The current user. Under sudo (uid 0 with `SUDO_USER` set) the caller's name, marked `(sudo)`.
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> InvokingUser {
        let uid = getuid()
        var name = "uid\(uid)"
        if let pw = getpwuid(uid), let n = pw.pointee.pw_name { name = String(cString: n) }
        if uid == 0, let sudo = environment["SUDO_USER"], !sudo.isEmpty { name = "\(sudo) (sudo)" }
        return InvokingUser(name: name, uid: Int(uid))
    }

    static var isRoot: Bool { geteuid() == 0 }
}
