import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where audit records are written. Thread-safe; shared by every session.
public protocol AuditSink: Sendable {
    /// Writes one record (one line).
    func write(_ record: AuditRecord)
    /// Reopens the destination (after log rotation, on SIGUSR1).
    func reopen()
}

/// Makes the sink an ``AuditConfig`` describes.
public func makeAuditSink(_ config: AuditConfig) throws -> any AuditSink {
    switch config.sink {
    case .file: return try FileAuditSink(path: config.path, format: config.format)
    case .stderr: return StreamAuditSink(fd: 2, format: config.format)
    case .syslog: return SyslogAuditSink(facility: config.syslogFacility, format: config.format)
    case .none: return NullAuditSink()
    }
}

func renderAudit(_ record: AuditRecord, _ format: AuditConfig.Format) -> String {
    format == .json ? record.jsonLine() : record.summary()
}

/// Writes all of a line with `write(2)`, retrying short writes.
func writeAll(_ fd: Int32, _ line: String) {
    var bytes = Array(line.utf8)
    bytes.append(0x0a)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, bytes.count - offset) }
        if n <= 0 {
            if n < 0 && errno == EINTR { continue }
            return
        }
        offset += n
    }
}

/// Appends lines to a file opened `O_APPEND` (one `write` per line, so lines never interleave).
public final class FileAuditSink: AuditSink, @unchecked Sendable {
    private let path: String
    private let format: AuditConfig.Format
    private let lock = NSLock()
    private var fd: Int32

    public init(path: String, format: AuditConfig.Format = .json) throws {
        self.path = path
        self.format = format
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        if fd < 0 { throw AuditError(code: "audit.open") }
    }

    deinit { if fd >= 0 { close(fd) } }

    public func write(_ record: AuditRecord) {
        let line = renderAudit(record, format)
        lock.lock()
        defer { lock.unlock() }
        writeAll(fd, line)
    }

    /// Opens the path again; on failure keeps writing to the old descriptor.
    public func reopen() {
        let new = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard new >= 0 else { return }
        lock.lock()
        let old = fd
        fd = new
        lock.unlock()
        close(old)
    }
}

/// Writes lines to an inherited descriptor (stderr).
public final class StreamAuditSink: AuditSink, @unchecked Sendable {
    private let fd: Int32
    private let format: AuditConfig.Format
    private let lock = NSLock()

    public init(fd: Int32, format: AuditConfig.Format = .json) {
        self.fd = fd
        self.format = format
    }

    public func write(_ record: AuditRecord) {
        let line = renderAudit(record, format)
        lock.lock()
        defer { lock.unlock() }
        writeAll(fd, line)
    }

    public func reopen() {}
}

/// Sends each record to syslog at `info` under the configured facility.
public final class SyslogAuditSink: AuditSink, Sendable {
    private let priority: Int32
    private let format: AuditConfig.Format

    public init(facility: String, format: AuditConfig.Format = .kv) {
        priority = (SyslogFacility.code(facility) ?? LOG_MAIL) | LOG_INFO  // the config check refuses unknown names
        self.format = format
    }

    public func write(_ record: AuditRecord) {
        let line = renderAudit(record, format)
        line.withCString { text in
            withVaList([text]) { vsyslog(priority, "%s", $0) }
        }
    }

    public func reopen() {}
}

/// Discards records (`sink: none`).
public struct NullAuditSink: AuditSink {
    public init() {}
    public func write(_ record: AuditRecord) {}
    public func reopen() {}
}
