import Foundation
import PHIDetect

/// Scans one input's bytes: plain text through the scanner (messages go through the Inspector).
enum TextScan {
    static func run(_ data: [UInt8], rules: RuleSet, fingerprinter: Fingerprinter, asMessage: Bool?) -> ScanReport {
        let clock = ContinuousClock()
        let start = clock.now
        let scanner = Scanner(rules: rules, fingerprinter: fingerprinter)
        var offset = 0
        while offset < data.count {
            let end = min(data.count, offset + 65_536)
            scanner.feed(data[offset..<end])
            offset = end
        }
        let findings = scanner.finish()
        let elapsed = clock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return ScanReport(findings: findings, bytes: data.count, elapsedMs: ms)
    }
}
