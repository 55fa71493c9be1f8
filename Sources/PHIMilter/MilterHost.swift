import Foundation
import Logging

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

    init(snapshot: MilterSnapshot, gate: any ScanGate, logger: Logger, trigger: String) {
        self.snapshot = snapshot
        self.gate = gate
        self.logger = logger
        self.trigger = trigger
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
