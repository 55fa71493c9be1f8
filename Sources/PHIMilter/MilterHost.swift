import Foundation
import Logging
import PHIPolicy
import PHIMetrics

/// State shared by every connection: the current snapshot, the scan gate, messages in flight.
final class MilterHost: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot: MilterSnapshot
    private var inFlight = 0
    let gate: any ScanGate
    let logger: Logger
    /// Test-only trigger literal from `PHI_MILTER_TEST_TRIGGER`; empty when unset.
    let trigger: String
    /// Re-arm TCP_QUICKACK on MTA connections (`listen.tcp_quickack`).
    var quickAck = false
    /// Set TCP_NODELAY on MTA connections (`listen.tcp_nodelay`).
    var noDelay = false
    /// The TCP port the milter listens on; 0 for a unix socket.
    var tcpPort = 0
    /// The process's metrics; they outlive reloads.
    let metrics: MilterMetrics
    /// This host's name, for audit records.
    let hostName = MilterHost.localHostName()

    init(snapshot: MilterSnapshot, gate: any ScanGate, logger: Logger, trigger: String,
         metrics: MilterMetrics = MilterMetrics(version: Policy.version)) {
        self.snapshot = snapshot
        self.gate = gate
        self.logger = logger
        self.trigger = trigger
        self.metrics = metrics
    }

    /// The recorder of the current snapshot's audit sink.
    func recorder() -> DecisionRecorder {
        let snap = current
        return DecisionRecorder(audit: snap.audit, metrics: metrics, hostName: hostName, packs: snap.packs, logger: logger)
    }

    /// `gethostname(2)`, empty when it fails.
    static func localHostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The metrics text with the in-flight gauges read now.
    func exposition() -> [UInt8] {
        metrics.exposition(scansInFlight: gate.inUse, messagesInFlight: messagesInFlight)
    }

    var current: MilterSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return snapshot
    }

    func replace(_ new: MilterSnapshot) {
        lock.lock()
        snapshot = new
        lock.unlock()
    }

    /// The session context of the current snapshot.
    func context() -> SessionContext {
        let snap = current
        let make = snap.makeScanner
        let literal = trigger
        if literal.isEmpty {
            return SessionContext(policy: snap.policy, makeScanner: make, gate: gate)
        }
        let factory: ScannerFactory = { TriggerScanner(wrapping: make(), literal: literal) }
        return SessionContext(policy: snap.policy, makeScanner: factory, gate: gate)
    }

    func messageStarted() {
        lock.lock()
        inFlight += 1
        lock.unlock()
    }

    func messageEnded() {
        lock.lock()
        inFlight = max(0, inFlight - 1)
        lock.unlock()
    }

    private var draining = false

    /// From now on new connections and messages are refused with a tempfail.
    func startDraining() {
        lock.lock()
        draining = true
        lock.unlock()
    }

    var isDraining: Bool {
        lock.lock()
        defer { lock.unlock() }
        return draining
    }

    var messagesInFlight: Int {
        lock.lock()
        defer { lock.unlock() }
        return inFlight
    }
}

/// The one host of this process; libmilter's C callbacks cannot carry context, so they read it here.
/// Set once before `smfi_main` and never changed afterwards.
nonisolated(unsafe) var milterHost: MilterHost?
