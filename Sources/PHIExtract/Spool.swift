#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one part, kept in memory up to a threshold and then in a private temp file.
///
/// The temp file is created with mode 0600 in `$TMPDIR` (or `/tmp`) and unlinked when the
/// spool is released. Bytes past `maxBytes` are dropped and `overflowed` is set, so a caller can
/// keep appending without checking and the extractor reports `part.too_large`.
/// Not thread-safe: one spool per part.
public final class Spool {
    /// Bytes held in memory until the spool moves to a file.
    public let memoryLimit: Int
    /// Bytes kept at most; later bytes are dropped and counted as overflow.
    public let maxBytes: Int
    /// The number of bytes kept.
    public private(set) var count: Int = 0
    /// True when bytes past `maxBytes` were offered and dropped.
    public private(set) var overflowed = false
    /// The path of the temp file once the spool has moved to one, else nil.
    public private(set) var filePath: String?

    private var memory: UnsafeMutableRawPointer?
    private var capacity = 0
    private var fd: Int32 = -1

    /// Makes an empty spool that stays in memory up to `memoryLimit` bytes.
    public init(memoryLimit: Int, maxBytes: Int = Int.max) {
        self.memoryLimit = max(0, memoryLimit)
        self.maxBytes = max(0, maxBytes)
    }

    /// Makes a spool holding `bytes` (a convenience for callers and tests).
    public convenience init(_ bytes: some Collection<UInt8>, memoryLimit: Int = 8 << 20) throws {
        self.init(memoryLimit: memoryLimit)
        try self.append(bytes)
    }

    deinit {
        if let memory { free(memory) }
        if fd >= 0 { close(fd) }
        if let filePath { unlink(filePath) }
    }

    /// Appends bytes, moving to a temp file when the memory limit is passed.
    public func append(_ bytes: some Collection<UInt8>) throws {
        let room = maxBytes - count
        if room <= 0 {
            if !bytes.isEmpty { overflowed = true }
            return
        }
        let taken: [UInt8]
        if bytes.count > room {
            overflowed = true
            taken = Array(bytes.prefix(room))
        } else {
            taken = Array(bytes)
        }
        let n = taken.count
        guard n > 0 else { return }
        if fd < 0 && count + n > memoryLimit {
            try moveToFile()
        }
        if fd >= 0 {
            try taken.withUnsafeBytes { try writeAll(fd, $0) }
        } else {
            try reserve(count + n)
            guard let memory else { throw SpoolError(code: "spool.memory") }
            let at = count
            taken.withUnsafeBytes { src in
                if let base = src.baseAddress { (memory + at).copyMemory(from: base, byteCount: n) }
            }
        }
        count += n
    }

    /// Reads up to `length` bytes starting at `offset`.
    public func read(at offset: Int, length: Int) -> [UInt8] {
        let start = max(0, offset)
        let n = max(0, min(length, count - start))
        guard n > 0 else { return [] }
        if fd >= 0 {
            var out = [UInt8](repeating: 0, count: n)
            var got = 0
            let handle = fd
            out.withUnsafeMutableBytes { dst in
                while got < n, let base = dst.baseAddress {
                    let r = pread(handle, base + got, n - got, off_t(start + got))
                    if r <= 0 { break }
                    got += r
                }
            }
            return Array(out.prefix(got))
        }
        guard let memory else { return [] }
        return Array(UnsafeRawBufferPointer(start: memory + start, count: n))
    }

    /// The first `n` bytes (for magic-number checks).
    public func prefix(_ n: Int) -> [UInt8] { read(at: 0, length: n) }

    /// All bytes in one array.
    public func allBytes() -> [UInt8] { read(at: 0, length: count) }

    /// Calls `body` with the bytes in `chunkSize` pieces, in order.
    public func forEachChunk(_ chunkSize: Int = 65_536, _ body: ([UInt8]) -> Void) {
        var offset = 0
        let size = max(1, chunkSize)
        while offset < count {
            let chunk = read(at: offset, length: size)
            if chunk.isEmpty { break }
            body(chunk)
            offset += chunk.count
        }
    }

    /// True when `needle` occurs anywhere in the bytes.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        var found = false
        var carry: [UInt8] = []
        forEachChunk(1 << 20) { chunk in
            guard !found else { return }
            let window = carry + chunk
            found = bytesContain(window, needle)
            carry = Array(window.suffix(needle.count - 1))
        }
        return found
    }

    /// Calls `body` with the in-memory bytes, or with nil when the spool lives in a file.
    func withMemory<R>(_ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        if fd >= 0 { return try body(nil) }
        return try body(UnsafeRawBufferPointer(start: memory, count: memory == nil ? 0 : count))
    }

    /// A file that holds the bytes, for a helper program: the spool's own temp file, or a new
    /// private (0600) temp file named with `suffix`, which the caller owns (`owned`) and unlinks.
    func fileCopy(suffix: String) -> (path: String, owned: Bool)? {
        if let filePath { return (filePath, false) }
        guard let (fd, path) = try? Spool.makeTempFile(suffix: suffix) else { return nil }
        let written = (try? withMemory { memory -> Bool in
            guard let memory else { return false }
            try writeAll(fd, memory)
            return true
        }) ?? false
        close(fd)
        guard written else {
            unlink(path)
            return nil
        }
        return (path, true)
    }

    private func reserve(_ needed: Int) throws {
        guard needed > capacity else { return }
        let newCapacity = max(needed, min(memoryLimit, max(4096, capacity * 2)))
        guard let grown = realloc(memory, newCapacity) else { throw SpoolError(code: "spool.memory") }
        memory = grown
        capacity = newCapacity
    }

    private func moveToFile() throws {
        let (newFD, path) = try Spool.makeTempFile()
        fd = newFD
        filePath = path
        if let memory, count > 0 {
            try writeAll(fd, UnsafeRawBufferPointer(start: memory, count: count))
        }
        if let memory { free(memory) }
        memory = nil
        capacity = 0
    }

    /// Creates a private (0600) temp file and returns its descriptor and path.
    static func makeTempFile(suffix: String = "") throws -> (Int32, String) {
        var dir = "/tmp"
        if let env = getenv("TMPDIR") {
            let value = String(cString: env)
            if !value.isEmpty { dir = value }
        }
        var template = Array((dir + "/phi-extract-XXXXXX" + suffix).utf8CString)
        let suffixLength = Int32(suffix.utf8.count)
        let newFD = template.withUnsafeMutableBufferPointer { buf -> Int32 in
            guard let base = buf.baseAddress else { return -1 }
            return mkstemps(base, suffixLength)
        }
        guard newFD >= 0 else { throw SpoolError(code: "spool.tempfile") }
        fchmod(newFD, 0o600)
        let path = template.withUnsafeBufferPointer { buf -> String in
            guard let base = buf.baseAddress else { return "" }
            return String(cString: base)
        }
        return (newFD, path)
    }
}

/// True when `needle` occurs in `haystack` (memchr for the first byte, then memcmp).
func bytesContain(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    guard haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBytes { hay in
        needle.withUnsafeBytes { pin in
            guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
            var offset = 0
            let last = hay.count - pin.count
            while offset <= last {
                guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                let at = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + at, pinBase, pin.count) == 0 { return true }
                offset = at + 1
            }
            return false
        }
    }
}

/// Reads `fd` from offset 0 up to `limit` bytes (for a helper's output file).
func readAll(_ fd: Int32, limit: Int) -> [UInt8] {
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var offset: off_t = 0
    while out.count < limit {
        let want = min(buffer.count, limit - out.count)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, offset) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        out += buffer[0..<n]
        offset += off_t(n)
    }
    return out
}

/// Writes every byte of `buffer` to `fd`, retrying short writes.
func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) throws {
    var done = 0
    while done < buffer.count, let base = buffer.baseAddress {
        let w = write(fd, base + done, buffer.count - done)
        if w < 0 {
            if errno == EINTR { continue }
            throw SpoolError(code: "spool.write")
        }
        done += w
    }
}

/// A failure of the spool's memory or temp file; carries no content.
public struct SpoolError: Error, Sendable, Hashable {
    /// What failed: `spool.memory`, `spool.tempfile` or `spool.write`.
    public var code: String
}
