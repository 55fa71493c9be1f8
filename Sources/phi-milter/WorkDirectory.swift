import Foundation

/// The daemon's private directory for temporary files (spooled attachments, extractor output).
///
/// One per listening socket, `$TMPDIR/phi-milter-<socket>` (mode 0700, owned by `listen.user`),
/// emptied at start-up — what a killed predecessor on the same socket left is removed, so copies
/// of attachments never outlive the process that made them — and removed at exit. The daemon
/// points `TMPDIR` at it, so every temp file of PHIExtract lands inside.
struct WorkDirectory {
    let path: String

    /// Makes (or empties) the directory for `socket`; nil when it cannot be made.
    static func prepare(socket: String, user: String) -> WorkDirectory? {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let name = String(socket.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "_" }.prefix(80))
        let path = base + "/phi-milter-" + name
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            // A link or a file here is not ours: refuse rather than follow it.
            guard isDir.boolValue, (try? fm.destinationOfSymbolicLink(atPath: path)) == nil else { return nil }
            for entry in (try? fm.contentsOfDirectory(atPath: path)) ?? [] {
                try? fm.removeItem(atPath: path + "/" + entry)
            }
        } else if mkdir(path, 0o700) != 0 {
            return nil
        }
        chmod(path, 0o700)
        if geteuid() == 0, !user.isEmpty, let pw = getpwnam(user) {
            chown(path, pw.pointee.pw_uid, pw.pointee.pw_gid)
        }
        setenv("TMPDIR", path, 1)
        return WorkDirectory(path: path)
    }

    /// Removes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
