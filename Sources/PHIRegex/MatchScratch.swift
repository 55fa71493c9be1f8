internal import CPCRE2

/// One match result: the whole match and each capture group as byte ranges of the subject.
public struct RegexMatch: Sendable, Equatable {
    public let range: Range<Int>
    /// Capture groups 1...n; nil where a group did not take part.
    public let groups: [Range<Int>?]
}

/// Why a match attempt gave up.
public enum MatchFailure: Error, Sendable {
    /// The PCRE2 match or depth limit was hit (a pathological subject); treated as no match.
    case limitExceeded
    /// Any other PCRE2 error code.
    case error(Int)
}

/// Per-thread match state (PCRE2 match data and a match context with limits).
///
/// Not thread-safe: each scanner owns one. Every match runs under the match limit and the
/// depth limit, so no pattern can run away on a hostile subject.
public final class MatchScratch {
    private let matchData: OpaquePointer
    private let context: OpaquePointer
    private let jitStack: OpaquePointer?
    /// How many match attempts gave up at the match, depth or heap limit (pathological subjects).
    public private(set) var limitHits = 0

    /// Creates scratch space for patterns with up to `maxGroups` capture groups.
    public init(maxGroups: Int = 32, matchLimit: UInt32 = 100_000, depthLimit: UInt32 = 2_000) {
        // These allocate a few hundred bytes; failure means the process is out of memory.
        guard let data = pcre2_match_data_create_8(UInt32(maxGroups + 1), nil),
              let ctx = pcre2_match_context_create_8(nil) else {
            preconditionFailure("PCRE2 could not allocate match data")
        }
        pcre2_set_match_limit_8(ctx, matchLimit)
        pcre2_set_depth_limit_8(ctx, depthLimit)
        pcre2_set_heap_limit_8(ctx, 20_000)  // KiB
        self.jitStack = pcre2_jit_stack_create_8(32 * 1024, 512 * 1024, nil)
        if let stack = self.jitStack {
            pcre2_jit_stack_assign_8(ctx, nil, UnsafeMutableRawPointer(stack))
        }
        self.matchData = data
        self.context = ctx
    }

    deinit {
        pcre2_match_data_free_8(self.matchData)
        pcre2_match_context_free_8(self.context)
        if let stack = self.jitStack { pcre2_jit_stack_free_8(stack) }
    }

    /// Finds the first match of `regex` in `subject` starting at or after `start`.
    ///
    /// Lookbehinds see the bytes before `start`. With `anchored`, the match must begin at `start`.
    /// A hit limit counts as no match.
    public func firstMatch(_ regex: Regex, in subject: UnsafeBufferPointer<UInt8>, from start: Int,
                           anchored: Bool = false, notEmpty: Bool = true) -> RegexMatch? {
        guard let ovector = run(regex, subject, start, anchored, notEmpty) else { return nil }
        let whole = Int(ovector[0])..<Int(ovector[1])
        var groups: [Range<Int>?] = []
        let n = min(regex.captureCount, Int(pcre2_get_ovector_count_8(self.matchData)) - 1)
        if n > 0 {
            groups.reserveCapacity(n)
            for g in 1...n { groups.append(span(ovector, g)) }
        }
        return RegexMatch(range: whole, groups: groups)
    }

    /// Like ``firstMatch(_:in:from:anchored:notEmpty:)`` but returns only the whole match and
    /// capture group `group` (nil when the group did not take part), with no allocation.
    public func firstSpan(_ regex: Regex, in subject: UnsafeBufferPointer<UInt8>, from start: Int,
                          anchored: Bool = false, group: Int? = nil) -> (whole: Range<Int>, group: Range<Int>?)? {
        guard let ovector = run(regex, subject, start, anchored, true) else { return nil }
        let whole = Int(ovector[0])..<Int(ovector[1])
        guard let g = group, g >= 1, g <= regex.captureCount,
              g < Int(pcre2_get_ovector_count_8(self.matchData)) else { return (whole, nil) }
        return (whole, span(ovector, g))
    }

    /// Whether `regex` matches anywhere in `subject` (empty matches count), with no allocation:
    /// for context tests that need no position.
    public func matches(_ regex: RegexHandle, in subject: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = subject.baseAddress else { return false }
        return finish(regex.isJIT
            ? pcre2_jit_match_8(regex.code, base, subject.count, 0, 0, self.matchData, self.context)
            : pcre2_match_8(regex.code, base, subject.count, 0, 0, self.matchData, self.context)) != nil
    }

    /// Runs one match attempt; the ovector on success, nil on no match or a limit hit.
    @inline(__always)
    private func run(_ regex: Regex, _ subject: UnsafeBufferPointer<UInt8>, _ start: Int, _ anchored: Bool,
                     _ notEmpty: Bool) -> UnsafeMutablePointer<Int>? {
        guard let base = subject.baseAddress, start <= subject.count else { return nil }
        var options: UInt32 = 0
        if notEmpty { options |= UInt32(PCRE2_NOTEMPTY_ATSTART) }
        let rc: Int32
        if anchored && !regex.isAnchored {
            // Anchoring at match time: PCRE2 runs this in its interpreter, not the JIT.
            options |= UInt32(PCRE2_ANCHORED)
            rc = pcre2_match_8(regex.code, base, subject.count, start, options, self.matchData, self.context)
        } else if regex.isJIT {
            // The JIT entry point skips pcre2_match's option checks; the context's limits still apply.
            rc = pcre2_jit_match_8(regex.code, base, subject.count, start, options, self.matchData, self.context)
        } else {
            rc = pcre2_match_8(regex.code, base, subject.count, start, options, self.matchData, self.context)
        }
        return finish(rc)
    }

    /// The ovector after a match attempt that returned `rc`, nil on no match; counts limit hits.
    @inline(__always)
    private func finish(_ rc: Int32) -> UnsafeMutablePointer<Int>? {
        if rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT
            || rc == PCRE2_ERROR_JIT_STACKLIMIT {
            limitHits += 1
        }
        guard rc > 0 else { return nil }
        return pcre2_get_ovector_pointer_8(self.matchData)
    }

    @inline(__always)
    private func span(_ ovector: UnsafeMutablePointer<Int>, _ g: Int) -> Range<Int>? {
        let s = ovector[2 * g], e = ovector[2 * g + 1]
        return s == ~0 || e == ~0 ? nil : Int(s)..<Int(e)
    }

    /// Returns every non-overlapping match of `regex` in `subject[start..<end]`.
    public func allMatches(_ regex: Regex, in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                           limit: Int = 10_000) -> [RegexMatch] {
        var out: [RegexMatch] = []
        var pos = start
        while pos <= subject.count, out.count < limit,
              let m = firstMatch(regex, in: subject, from: pos) {
            out.append(m)
            pos = m.range.isEmpty ? m.range.upperBound + 1 : m.range.upperBound
        }
        return out
    }

    /// Convenience for tests and tools: matches over a Swift string's UTF-8 bytes.
    public func allMatches(_ regex: Regex, in text: String) -> [RegexMatch] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { allMatches(regex, in: $0) }
    }
}
