#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private (0700) temp directory for a helper program's output, removed with all it holds
/// when released.
///
/// Made in `$TMPDIR` (or `/tmp`) as `phi-extract-XXXXXX`. Removal does not follow symbolic
/// links and goes at most 16 directories deep. Not thread-safe.
final class TempDirectory {
    /// The directory's path.
    let path: String

    /// Makes the directory, or nil when it cannot be made.
    init?() {
        var dir = "/tmp"
        if let env = getenv("TMPDIR") {
            let value = String(cString: env)
            if !value.isEmpty { dir = value }
        }
        var template = Array((dir + "/phi-extract-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buf -> String? in
            guard let base = buf.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
        guard let made else { return nil }
        path = made
    }

    deinit { Self.remove(Self.cPath(path), depth: 0) }

    /// A regular file directly inside: its name for display (invalid UTF-8 repaired) and its exact path.
    struct File {
        var name: String
        var path: [CChar]
    }

    /// The regular files directly inside (not links, not directories), sorted by name.
    func files() -> [File] {
        Self.entries(Self.cPath(path)).compactMap { raw -> File? in
            let full = Self.join(Self.cPath(path), raw)
            guard Self.type(full) == S_IFREG else { return nil }
            return File(name: String(decoding: raw.map { UInt8(bitPattern: $0) }, as: UTF8.self), path: full)
        }.sorted { $0.name < $1.name }
    }

    /// The bytes of `file` in a spool (at most `maxBytes`; more sets `overflowed`), or nil when unreadable.
    func spool(of file: File, memoryLimit: Int, maxBytes: Int) -> Spool? {
        let fd = open(file.path, O_RDONLY | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let spool = Spool(memoryLimit: memoryLimit, maxBytes: maxBytes)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return spool }
            guard (try? spool.append(buffer[0..<n])) != nil else { return nil }
            if spool.overflowed { return spool }
        }
    }

    private static func cPath(_ path: String) -> [CChar] { Array(path.utf8CString.dropLast()) }

    /// `dir` + "/" + `name`, NUL-terminated.
    private static func join(_ dir: [CChar], _ name: [CChar]) -> [CChar] {
        dir + [CChar(bitPattern: 0x2F)] + name + [0]
    }

    /// The entry names of `dir` (without "." and ".."), as raw bytes without NUL.
    private static func entries(_ dir: [CChar]) -> [[CChar]] {
        guard let handle = opendir(dir + [0]) else { return [] }
        defer { closedir(handle) }
        var names: [[CChar]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.prefix(while: { $0 != 0 }).map { CChar(bitPattern: $0) }
            }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    private static func type(_ path: [CChar]) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    private static func remove(_ dir: [CChar], depth: Int) {
        guard depth < 16 else { return }
        for name in entries(dir) {
            let child = join(dir, name)
            if type(child) == S_IFDIR {
                remove(Array(child.dropLast()), depth: depth + 1)
            } else {
                unlink(child)
            }
        }
        rmdir(dir + [0])
    }
}
