@testable import PHIMilter
import Testing

@Suite("CountingScanGate")
struct ScanGateTests {
    @Test("the gate admits up to its capacity and refuses after the wait")
    func capacity() {
        let gate = CountingScanGate(capacity: 2, waitSeconds: 0.01)
        #expect(gate.enter())
        #expect(gate.enter())
        #expect(!gate.enter())
        gate.leave()
        #expect(gate.enter())
    }

    @Test("a zero capacity refuses everything")
    func zero() {
        #expect(!CountingScanGate(capacity: 0, waitSeconds: 0).enter())
    }
}

@Suite("CountingScanGate in use")
struct CountingScanGateInUseTests {
    @Test("inUse counts the slots taken, for the scans-in-flight gauge")
    func inUse() {
        let g = CountingScanGate(capacity: 3, waitSeconds: 0)
        #expect(g.inUse == 0)
        #expect(g.enter() && g.enter())
        #expect(g.inUse == 2)
        g.leave()
        #expect(g.inUse == 1)
    }
}
