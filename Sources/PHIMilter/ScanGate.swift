import Foundation

/// Bounds how many scan steps run at once; callers that cannot get a slot in time are refused.
public protocol ScanGate: Sendable {
    /// Takes a slot, waiting up to the gate's wait time; false when none was free.
    func enter() -> Bool
    /// Gives a slot back.
    func leave()
    /// Slots taken now (the `phi_milter_scans_in_flight` gauge).
    var inUse: Int { get }
}

extension ScanGate {
    public var inUse: Int { 0 }
}

/// A counting gate with a bounded wait.
public final class CountingScanGate: ScanGate, @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private let wait: Double
    private var taken = 0

    /// - Parameters:
    ///   - capacity: scan steps allowed at once; 0 refuses every scan.
    ///   - waitSeconds: how long a caller waits for a slot before it is refused.
    public init(capacity: Int, waitSeconds: Double) {
        self.capacity = max(0, capacity)
        wait = max(0, waitSeconds)
    }

    public func enter() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: wait)
        while taken >= capacity {
            if !condition.wait(until: deadline), taken >= capacity { return false }
        }
        taken += 1
        return true
    }

    public var inUse: Int {
        condition.lock()
        defer { condition.unlock() }
        return taken
    }

    public func leave() {
        condition.lock()
        taken = max(0, taken - 1)
        condition.signal()
        condition.unlock()
    }
}
