import Logging
@testable import PHIMilter
import Testing

@Suite("LogLine")
struct LogLineTests {
    @Test("the queue id leads, then the event, the verdict and actions, then the rest by name")
    func order() {
        let line = LogLine.render("milter.decision", [
            "phi.rules": "us.ssn", "milter.queue_id": "3F2A1C0B", "phi.actions": "encrypt",
            "phi.verdict": "phi", "phi.bytes": "10",
        ])
        #expect(line == "3F2A1C0B: milter.decision verdict=phi actions=encrypt bytes=10 rules=us.ssn")
    }

    @Test("a line without a queue id starts with its event")
    func noQueueID() {
        #expect(LogLine.render("milter.stopped", [:]) == "milter.stopped")
        #expect(LogLine.render("milter.workdir", ["milter.workdir": "/tmp/w"]) == "milter.workdir workdir=/tmp/w")
    }

    @Test("control characters cannot forge a second line")
    func controls() {
        let line = LogLine.render("milter.decision", ["milter.queue_id": "AB\nphi-milter[1]: fake", "phi.rules": "a\r\tb"])
        #expect(!line.contains("\n") && !line.contains("\r") && !line.contains("\t"))
        #expect(line.hasPrefix("AB?phi-milter[1]: fake: "))
    }
}
