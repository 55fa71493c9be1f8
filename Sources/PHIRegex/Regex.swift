internal import CPCRE2

/// A PCRE2 pattern, compiled and JIT-compiled once; immutable and safe to share across threads.
///
/// Patterns are compiled in UTF mode with `PCRE2_MATCH_INVALID_UTF`, so any byte sequence is a
/// valid subject. Matching goes through a per-thread ``MatchScratch``.
public final class Regex: @unchecked Sendable {
    let code: OpaquePointer
    /// The pattern text, as given.
    public let pattern: String
    /// Number of capture groups.
    public let captureCount: Int
    /// Whether PCRE2's JIT compiled this pattern.
    public let isJIT: Bool
    /// Whether the pattern was compiled to match only at the start offset.
    public let isAnchored: Bool
    /// Capture group numbers by name.
    public let groupNames: [String: Int]

    /// Compiles `pattern`; throws ``RegexError`` with the PCRE2 message and offset. An `anchored`
    /// pattern matches only at the start offset, and keeps JIT speed (PCRE2's JIT does not take
    /// anchoring as a match-time option: such matches fall back to the interpreter). With
    /// `dollarEndOnly`, `$` matches only at the subject's end, not also before a final newline.
    public init(_ pattern: String, caseless: Bool = false, anchored: Bool = false, dollarEndOnly: Bool = false,
                jit: Bool = true) throws(RegexError) {
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        var options = UInt32(PCRE2_UTF) | UInt32(PCRE2_MATCH_INVALID_UTF)
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        if anchored { options |= UInt32(PCRE2_ANCHORED) }
        if dollarEndOnly { options |= UInt32(PCRE2_DOLLAR_ENDONLY) }
        let compiled = pattern.withCString { ptr in
            ptr.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count) { p in
                pcre2_compile_8(p, pattern.utf8.count, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw RegexError(code: Int(errorCode), offset: errorOffset, message: Regex.message(for: errorCode))
        }
        self.code = compiled
        self.pattern = pattern
        self.isAnchored = anchored
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        self.captureCount = Int(count)
        self.isJIT = jit && pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        self.groupNames = Regex.readGroupNames(compiled)
    }

    deinit { pcre2_code_free_8(self.code) }

    /// A handle for hot loops (copying it retains nothing); valid only while this `Regex` lives.
    public var handle: RegexHandle { RegexHandle(code: code, isJIT: isJIT) }

    private static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return n > 0 ? String(decoding: buffer.prefix(Int(n)), as: UTF8.self) : "error \(code)"
    }

    private static func readGroupNames(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>? = nil
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard count > 0, let table else { return [:] }
        var names: [String: Int] = [:]
        for i in 0..<Int(count) {
            let entry = table + i * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            let nameStart = entry + 2
            var len = 0
            while len < Int(entrySize) - 2 && nameStart[len] != 0 { len += 1 }
            names[String(decoding: UnsafeBufferPointer(start: nameStart, count: len), as: UTF8.self)] = number
        }
        return names
    }
}

/// A compiled pattern without ownership, for loops that test many patterns per candidate: copying
/// a ``Regex`` reference retains and releases it, a handle does not. Whoever makes one keeps the
/// ``Regex`` alive for as long as the handle is used.
public struct RegexHandle: @unchecked Sendable {
    let code: OpaquePointer
    let isJIT: Bool
}

/// A compile error: PCRE2's code, the offset in the pattern and PCRE2's message (no subject text).
public struct RegexError: Error, Hashable, CustomStringConvertible, Sendable {
    public let code: Int
    public let offset: Int
    public let message: String
    public var description: String { "regex error at offset \(offset): \(message)" }
}
