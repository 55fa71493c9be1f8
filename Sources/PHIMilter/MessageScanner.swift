public import PHIDetect
public import PHIInspect

/// Scans one message as the milter receives it; production uses ``Inspector``.
public protocol MessageScanner: AnyObject {
    /// One top-level header as the MTA sent it.
    func header(name: String, value: String)
    /// The end of the top-level headers.
    func endOfHeaders()
    /// A chunk of the raw body; valid only during the call.
    func body(_ chunk: UnsafeRawBufferPointer)
    /// Ends the message; throws when the scan failed (the policy's `on_error` applies).
    func finish() throws -> ScanReport
}

extension Inspector: MessageScanner {}

/// Makes one scanner per message.
public typealias ScannerFactory = @Sendable () -> any MessageScanner

/// Test-only wrapper: adds a synthetic high-confidence SSN finding when the raw body contains a
/// literal (set by the `PHI_MILTER_TEST_TRIGGER` environment variable, never by the config file),
/// so end-to-end tests can run before the real detector is wired.
public final class TriggerScanner: MessageScanner {
    private let inner: any MessageScanner
    private let needle: [UInt8]
    private var tail: [UInt8] = []
    private var hit = false

    public init(wrapping inner: any MessageScanner, literal: String) {
        self.inner = inner
        needle = Array(literal.utf8)
    }

    public func header(name: String, value: String) { inner.header(name: name, value: value) }
    public func endOfHeaders() { inner.endOfHeaders() }

    public func body(_ chunk: UnsafeRawBufferPointer) {
        inner.body(chunk)
        guard !hit, !needle.isEmpty else { return }
        let window = tail + chunk
        if TriggerScanner.contains(window, needle) { hit = true; return }
        tail = Array(window.suffix(needle.count - 1))
    }

    public func finish() throws -> ScanReport {
        var report = try inner.finish()
        if hit {
            report.findings.append(Finding(type: "SSN", rule: "test.trigger", level: .high, score: 90, start: 0,
                                           end: needle.count, masked: "***-**-****", fingerprint: "hmac-sha256:test"))
        }
        return report
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
