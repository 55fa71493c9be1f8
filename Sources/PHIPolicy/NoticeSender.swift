import Foundation

/// Sends the notices of held or refused messages. Thread-safe; shared by every session.
public protocol NoticeSink: Sendable {
    /// Sends the notices `record` calls for (none when its disposition is not configured).
    func notify(_ record: AuditRecord)
}

/// Hands notices to sendmail(1) with a null envelope sender (`-f <>`, so a notice never bounces
/// back), one run per notice, on a background queue so the milter thread never waits for it.
///
/// At most ``maxPending`` notices wait; more are dropped and counted (a flood of held mail must
/// not become a flood of processes).
public final class SendmailNotifier: NoticeSink, @unchecked Sendable {
    public let config: NoticeConfig
    private let queue = DispatchQueue(label: "phi-milter.notice")
    private let lock = NSLock()
    private var pending = 0
    private var _dropped = 0
    private var _failed = 0
    /// Most notices waiting to be sent.
    public static let maxPending = 100

    public init(config: NoticeConfig) { self.config = config }

    /// Notices dropped because too many were waiting.
    public var dropped: Int { lock.withLock { _dropped } }
    /// Notices sendmail did not accept (non-zero exit, or could not be started).
    public var failed: Int { lock.withLock { _failed } }

    public func notify(_ record: AuditRecord) {
        for notice in Notice.make(for: record, config: config) {
            let admitted: Bool = lock.withLock {
                guard pending < Self.maxPending else { _dropped += 1; return false }
                pending += 1
                return true
            }
            guard admitted else { continue }
            queue.async { [self] in
                let ok = send(notice)
                lock.withLock {
                    pending -= 1
                    if !ok { _failed += 1 }
                }
            }
        }
    }

    /// Waits until every admitted notice has been handed over (tests, shutdown).
    public func drain() { queue.sync {} }

    /// Runs sendmail for one notice; true when it exited 0.
    func send(_ notice: Notice) -> Bool {
        guard let tool = config.sendmail.first else { return false }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = Array(config.sendmail.dropFirst()) + ["-i", "-f", "<>", "--"] + notice.recipients
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        input.fileHandleForWriting.write(Data(notice.text.utf8))
        try? input.fileHandleForWriting.close()
        p.waitUntilExit()
        return p.terminationStatus == 0
    }
}
