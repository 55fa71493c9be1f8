import Foundation
import PHIDetect
import PHIEDM
import PHIInspect

/// Scans one input as it is read: a message through the Inspector, plain text straight through a
/// scanner. Input is read in 64 KiB chunks, so memory does not grow with the input's size.
enum TextScan {
    struct ReadError: Error {}

    /// Reads `handle` to its end in chunks, deciding message or text from the first chunk.
    /// Throws when the input cannot be read (a directory, an I/O error).
    /// A file that is neither a message nor text (a zip, an Office document, a PDF, an image) is
    /// recognised by its content and read as an attachment named `filename`.
    static func run(_ handle: FileHandle, engine: InspectionEngine, asMessage: Bool?,
                    filename: String? = nil) throws -> ScanReport {
        var failed = false
        func read() -> Data? {
            do {
                return try handle.read(upToCount: 65_536)
            } catch {
                failed = true
                return nil
            }
        }
        var first = read() ?? Data()
        if failed { throw ReadError() }
        if asMessage == nil, Inspector.isDocument(prefix: Array(first.prefix(1024)), filename: filename) {
            let inspector = Inspector(engine: engine)
            var bytes = Array(first)
            while let next = read(), !next.isEmpty { bytes += next }
            if failed { throw ReadError() }
            return inspector.document(bytes, filename: filename ?? "input")
        }
        let message = asMessage ?? looksLikeMessage(Array(first))
        let report = stream(engine: engine, asMessage: message) { () -> Data? in
            if !first.isEmpty {
                defer { first = Data() }
                return first
            }
            guard let next = read(), !next.isEmpty else { return nil }
            return next
        }
        if failed { throw ReadError() }
        return report
    }

    /// Scans bytes already in memory.
    static func run(_ data: [UInt8], engine: InspectionEngine, asMessage: Bool?) -> ScanReport {
        var offset = 0
        return stream(engine: engine, asMessage: asMessage ?? looksLikeMessage(data)) { () -> Data? in
            guard offset < data.count else { return nil }
            let end = min(data.count, offset + 65_536)
            defer { offset = end }
            return Data(data[offset..<end])
        }
    }

    private static func stream(engine: InspectionEngine, asMessage: Bool, next: () -> Data?) -> ScanReport {
        if asMessage {
            let inspector = Inspector(engine: engine)
            while let chunk = next() { inspector.raw(chunk) }
            return inspector.finish()
        }
        // The time reported is the scanner's own: reading the input is not counted.
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        let scanner = Scanner(rules: engine.rules, fingerprinter: engine.fingerprinter)
        let rosterMatchers = engine.rosterMatchers(part: "")
        var bytes = 0
        while let chunk = next() {
            bytes += chunk.count
            elapsed += clock.measure {
                scanner.feed(chunk)
                for m in rosterMatchers { m.feed(chunk) }
            }
        }
        var findings: [Finding] = []
        elapsed += clock.measure {
            findings = scanner.finish()
            for m in rosterMatchers { findings += m.finish() }
        }
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return ScanReport(findings: findings, bytes: bytes, elapsedMs: ms)
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
