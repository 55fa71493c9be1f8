import Foundation

/// Bounds how many scan steps run at once; callers that cannot get a slot in time are refused.
public protocol ScanGate: Sendable {
    /// Takes a slot, waiting up to the gate's wait time; false when none was free.
    func enter() -> Bool
    /// Gives a slot back.
    func leave()
}

/// A counting gate with a bounded wait.
public final class CountingScanGate: ScanGate, @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private let wait: Double
    private var inUse = 0

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
        while inUse >= capacity {
            if !condition.wait(until: deadline), inUse >= capacity { return false }
        }
        inUse += 1
        return true
    }

    public func leave() {
        condition.lock()
        inUse = max(0, inUse - 1)
        condition.signal()
        condition.unlock()
    }
}
