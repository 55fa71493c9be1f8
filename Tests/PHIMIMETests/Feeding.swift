@testable import PHIMIME

/// Test helpers: feed a message at a chunk size and normalize the event stream.
enum Feeding {
    static let chunkSizes = [1, 7, 4096, 65_535]

    /// Runs `decoder` over `input` fed in chunks of `chunk` bytes; the bytes and whether it saw bad input.
    static func decode(_ decoder: some TransferDecoder, _ input: String, chunk: Int) -> (bytes: [UInt8], bad: Bool) {
        var d = decoder
        var out: [UInt8] = []
        let bytes = Array(input.utf8)
        var i = 0
        while i < bytes.count {
            let end = min(bytes.count, i + chunk)
            bytes[i..<end].withUnsafeBufferPointer { d.decode($0, into: &out) }
            i = end
        }
        d.finish(into: &out)
        return (out, d.sawBadInput)
    }

    /// Feeds `message` in chunks of `size` and returns every event, text and data joined.
    static func events(_ message: [UInt8], chunk size: Int = 65_535, limits: MIMELimits = MIMELimits()) -> [MIMEEvent] {
        let parser = MIMEParser(limits: limits)
        var all: [MIMEEvent] = []
        var i = 0
        while i < message.count {
            let end = min(message.count, i + size)
            for e in parser.feed(message[i..<end]) { MIMEParser.append(e, to: &all) }
            i = end
        }
        for e in parser.finish() { MIMEParser.append(e, to: &all) }
        return all
    }

    static func events(_ message: String, chunk size: Int = 65_535, limits: MIMELimits = MIMELimits()) -> [MIMEEvent] {
        events(Array(message.utf8), chunk: size, limits: limits)
    }

    /// Leaf and container starts in order.
    static func parts(_ events: [MIMEEvent]) -> [PartInfo] {
        events.compactMap { if case .partStart(let p) = $0 { p } else { nil } }
    }

    /// Problem codes with paths, in order.
    static func problems(_ events: [MIMEEvent]) -> [MIMEProblem] {
        events.compactMap { if case .problem(let p) = $0 { p } else { nil } }
    }

    /// The text of each text part, keyed by path.
    static func texts(_ events: [MIMEEvent]) -> [String: String] {
        var current: String?
        var out: [String: String] = [:]
        for e in events {
            switch e {
            case .partStart(let p): current = p.path
            case .text(let t): out[current ?? "?", default: ""] += String(decoding: t, as: UTF8.self)
            default: break
            }
        }
        return out
    }

    /// The data of each data part, keyed by path.
    static func data(_ events: [MIMEEvent]) -> [String: [UInt8]] {
        var current: String?
        var out: [String: [UInt8]] = [:]
        for e in events {
            switch e {
            case .partStart(let p): current = p.path
            case .data(let d): out[current ?? "?", default: []] += d
            default: break
            }
        }
        return out
    }

    /// Headers as (name, value, path).
    static func headers(_ events: [MIMEEvent]) -> [(String, String, String)] {
        events.compactMap { if case .header(let n, let v, let p) = $0 { (n, v, p) } else { nil } }
    }

    /// A CRLF message from lines.
    static func crlf(_ lines: [String]) -> String { lines.joined(separator: "\r\n") }
}
