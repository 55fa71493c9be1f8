import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where audit records are written. Thread-safe; shared by every session.
public protocol AuditSink: Sendable {
    /// Writes one record (one line); throws when it did not reach its destination, so that the
    /// caller can apply `audit.on_failure` instead of losing the record silently.
    func write(_ record: AuditRecord) throws(AuditError)
    /// Reopens the destination (after log rotation, on SIGHUP/SIGUSR1).
    func reopen()
}

/// Makes the sink an ``AuditConfig`` describes, with its syslog copy when one is configured.
/// `version` is the product version CEF lines carry.
public func makeAuditSink(_ config: AuditConfig, version: String = Policy.version) throws(AuditError) -> any AuditSink {
    let render = AuditRenderer(format: config.format, version: version)
    let sink: any AuditSink = switch config.sink {
    case .file: try FileAuditSink(path: config.path, renderer: render, fsync: config.fsync)
    case .stderr: StreamAuditSink(fd: 2, renderer: render)
    case .syslog: SyslogAuditSink(facility: config.syslogFacility, renderer: render)
    case .none: NullAuditSink()
    }
    guard config.syslogCopy != .none, let format = AuditConfig.Format(rawValue: config.syslogCopy.rawValue) else {
        return sink
    }
    let copy = SyslogAuditSink(facility: config.syslogFacility, renderer: AuditRenderer(format: format, version: version))
    return TeeAuditSink(primary: sink, copy: copy)
}

/// Turns a record into its line in one format.
public struct AuditRenderer: Sendable {
    public var format: AuditConfig.Format
    public var version: String

    public init(format: AuditConfig.Format = .json, version: String = Policy.version) {
        self.format = format
        self.version = version
    }

    public func line(_ record: AuditRecord) -> String {
        switch format {
        case .json: record.jsonLine()
        case .kv: record.summary()
        case .cef: record.cefLine(version: version)
        }
    }
}

/// Writes all of `bytes` with `write(2)`, retrying short writes and EINTR; the errno of a failure.
func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> (written: Int, errno: Int32) {
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, bytes.count - offset) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return (offset, n < 0 ? errno : EIO) }
        offset += n
    }
    return (offset, 0)
}

/// Appends lines to a file opened `O_APPEND` (one `write` per line, so lines never interleave),
/// flushed with `fdatasync` before `write` returns when `fsync` is on (regular files only).
///
/// Flushes are shared (group commit): while one thread waits for the disk, others append, and the
/// next `fdatasync` covers all of them, so concurrent sessions do not queue one disk flush each.
/// A failed flush fails every record it was to cover (after a failed `fdatasync` Linux may have
/// dropped the data, and a later success does not vouch for it).
///
/// `reopen` opens the path again after log rotation; when that fails the sink keeps the old
/// descriptor (its records land in the rotated file) and tries again at each write, but refuses
/// to write once the old file has been deleted, since such records would be lost unseen.
/// A record cut short by an error is followed by a newline before the next one.
public final class FileAuditSink: AuditSink, @unchecked Sendable {
    private let path: String
    private let renderer: AuditRenderer
    private let fsync: Bool
    private let cond = NSCondition()
    private var fd: Int32
    private var regular: Bool
    private var stale = false
    private var torn = false
    /// Records appended, records known flushed, records whose flush failed (sequence numbers).
    private var written = 0, synced = 0, failedThrough = 0
    private var failedErrno: Int32 = 0
    private var syncing = false

    public init(path: String, renderer: AuditRenderer = AuditRenderer(), fsync: Bool = true) throws(AuditError) {
        self.path = path
        self.renderer = renderer
        self.fsync = fsync
        (fd, regular) = try FileAuditSink.openFile(path)
    }

    /// Convenience: a sink writing `format`.
    public convenience init(path: String, format: AuditConfig.Format) throws(AuditError) {
        try self.init(path: path, renderer: AuditRenderer(format: format))
    }

    deinit { if fd >= 0 { close(fd) } }

    static func openFile(_ path: String) throws(AuditError) -> (Int32, Bool) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        if fd < 0 { throw AuditError(code: "audit.open", path: path, errno: errno) }
        var st = stat()
        let regular = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
        return (fd, regular)
    }

    public func write(_ record: AuditRecord) throws(AuditError) {
        var bytes = Array(renderer.line(record).utf8)
        bytes.append(0x0a)
        cond.lock()
        defer { cond.unlock() }
        if stale { try retryOpen() }
        if torn { bytes.insert(0x0a, at: 0) }
        let (count, err) = writeAll(fd, bytes)
        if err != 0 {
            torn = torn || count > 0
            throw AuditError(code: "audit.write", path: path, errno: err)
        }
        torn = false
        guard fsync, regular else { return }
        written += 1
        let mine = written
        while synced < mine {
            if mine <= failedThrough { throw AuditError(code: "audit.fsync", path: path, errno: failedErrno) }
            if syncing {
                cond.wait()
                continue
            }
            syncing = true
            let target = written, d = fd
            cond.unlock()
            let rc = fdatasync(d)
            let e = errno
            cond.lock()
            syncing = false
            if rc == 0 { synced = max(synced, target) } else { (failedThrough, failedErrno) = (max(failedThrough, target), e) }
            cond.broadcast()
        }
    }

    /// Replaces the descriptor (lock held): waits for a flush in progress and flushes what the old
    /// file still owes, so a record is never counted as flushed on the wrong file.
    private func swap(to new: Int32, regular isRegular: Bool) {
        while syncing { cond.wait() }
        if written > synced {
            if fdatasync(fd) == 0 { synced = written } else { (failedThrough, failedErrno) = (written, errno) }
        }
        close(fd)
        (fd, regular, stale, torn) = (new, isRegular, false, false)
    }

    /// After a failed reopen: opens the path again, or refuses when the old file is gone.
    private func retryOpen() throws(AuditError) {
        if let (new, isRegular) = try? FileAuditSink.openFile(path) {
            swap(to: new, regular: isRegular)
            return
        }
        var st = stat()
        if fstat(fd, &st) != 0 || st.st_nlink == 0 {
            throw AuditError(code: "audit.deleted", path: path, errno: ENOENT)
        }
    }

    /// Opens the path again; on failure keeps the old descriptor and retries at each write.
    public func reopen() {
        cond.lock()
        defer { cond.unlock() }
        guard let (new, isRegular) = try? FileAuditSink.openFile(path) else {
            stale = true
            return
        }
        swap(to: new, regular: isRegular)
    }
}

/// Writes lines to an inherited descriptor (stderr).
public final class StreamAuditSink: AuditSink, @unchecked Sendable {
    private let fd: Int32
    private let renderer: AuditRenderer
    private let lock = NSLock()

    public init(fd: Int32, renderer: AuditRenderer = AuditRenderer()) {
        self.fd = fd
        self.renderer = renderer
    }

    public func write(_ record: AuditRecord) throws(AuditError) {
        var bytes = Array(renderer.line(record).utf8)
        bytes.append(0x0a)
        lock.lock()
        defer { lock.unlock() }
        let err = writeAll(fd, bytes).errno
        if err != 0 { throw AuditError(code: "audit.write", errno: err) }
    }

    public func reopen() {}
}

/// Sends each record to syslog at `info` under the configured facility. syslog(3) reports no
/// failure, so this sink never throws.
public final class SyslogAuditSink: AuditSink, Sendable {
    private let priority: Int32
    private let renderer: AuditRenderer

    public init(facility: String, renderer: AuditRenderer = AuditRenderer(format: .kv)) {
        priority = (SyslogFacility.code(facility) ?? LOG_MAIL) | LOG_INFO  // the config check refuses unknown names
        self.renderer = renderer
    }

    public func write(_ record: AuditRecord) throws(AuditError) {
        let line = renderer.line(record)
        line.withCString { text in
            withVaList([text]) { vsyslog(priority, "%s", $0) }
        }
    }

    public func reopen() {}
}

/// The sink plus a best-effort copy (`syslog_copy`); only the primary's failure counts.
public struct TeeAuditSink: AuditSink {
    public let primary: any AuditSink
    public let copy: any AuditSink

    public func write(_ record: AuditRecord) throws(AuditError) {
        try primary.write(record)
        try? copy.write(record)
    }

    public func reopen() {
        primary.reopen()
        copy.reopen()
    }
}

/// Discards records (`sink: none`).
public struct NullAuditSink: AuditSink {
    public init() {}
    public func write(_ record: AuditRecord) throws(AuditError) {}
    public func reopen() {}
}
