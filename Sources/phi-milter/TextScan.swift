import Foundation
import PHIDetect
import PHIInspect

/// Scans one input's bytes: a message through the Inspector, plain text straight through a scanner.
enum TextScan {
    static func run(_ data: [UInt8], engine: InspectionEngine, asMessage: Bool?) -> ScanReport {
        if asMessage ?? looksLikeMessage(data) {
            let inspector = Inspector(engine: engine)
            var offset = 0
            while offset < data.count {
                let end = min(data.count, offset + 65_536)
                inspector.raw(data[offset..<end])
                offset = end
            }
            return inspector.finish()
        }
        let clock = ContinuousClock()
        let start = clock.now
        let scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter)
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

    /// An RFC 5322 message starts with header fields (an mbox `From ` line may precede them):
    /// at least two `Name: value` lines before the first blank line, one of them a common field.
    static func looksLikeMessage(_ data: [UInt8]) -> Bool {
        // Split on LF bytes (a String would treat CR LF as one character and never split it).
        var lines = data.prefix(16_384).split(separator: 10, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 13 ? line.dropLast() : line, as: UTF8.self)
        }
        if let first = lines.first, first.hasPrefix("From ") { lines.removeFirst() }
        let common: Set<String> = ["from", "to", "subject", "date", "received", "mime-version", "message-id",
                                   "return-path", "delivered-to", "content-type", "cc", "reply-to", "x-mailer"]
        var fields = 0, known = 0
        for line in lines {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
            let name = line[..<colon]
            guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return false }
            fields += 1
            if common.contains(name.lowercased()) { known += 1 }
        }
        return fields >= 2 && known >= 1
    }
}
