@testable import PHIMilter
import PHIDetect
import Testing

@Suite("TriggerScanner")
struct MessageScannerTests {
    @Test("the trigger literal is found at every chunk size and split anywhere", arguments: [1, 7, 4096, 65535])
    func trigger(size: Int) throws {
        let body = Array((String(repeating: "x", count: 5000) + "SSN: 536-90-4399\r\n").utf8)
        let t = TriggerScanner(wrapping: FakeScanner(), literal: "536-90-4399")
        var i = 0
        while i < body.count {
            let end = min(body.count, i + size)
            body[i..<end].withUnsafeBytes { t.body($0) }
            i = end
        }
        let report = try t.finish()
        #expect(report.findings.map(\.type) == ["SSN"])
        #expect(report.findings.first?.level == .high)
    }

    @Test("no literal, no finding")
    func none() throws {
        let t = TriggerScanner(wrapping: FakeScanner(), literal: "536-90-4399")
        Array("536-90-439 9".utf8).withUnsafeBytes { t.body($0) }
        #expect(try t.finish().findings.isEmpty)
    }
}
