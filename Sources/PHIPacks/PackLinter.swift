import PHIDetect
import PHIRegex

/// Static checks of packs beyond parsing: examples, regex safety, duplicate ids, compilation.
public enum PackLinter {
    /// Lints parsed packs; `minExamples` is the least number of match and of no_match examples per rule.
    public static func lint(_ packs: [Pack], minExamples: Int = 4) -> [PackError] {
        var errors: [PackError] = []
        var ids: [String: String] = [:]
        for pack in packs {
            for rule in pack.rules {
                let line = pack.ruleLines[rule.id] ?? 0
                if let other = ids[rule.id] {
                    errors.append(PackError(.duplicateRule, file: pack.file, line: line, "\(rule.id) also in \(other)"))
                }
                ids[rule.id] = pack.file
                let examples = pack.examples.filter { $0.rule == rule.id }
                let matches = examples.filter(\.shouldMatch).count
                let nonMatches = examples.count - matches
                if matches < minExamples || nonMatches < minExamples {
                    errors.append(PackError(.noExamples, file: pack.file, line: line,
                                            "\(rule.id): \(matches) match and \(nonMatches) no_match examples, need \(minExamples) each"))
                }
                if let pattern = ungatedPatternLevel(rule) {
                    errors.append(PackError(.ungatedLevel, file: pack.file, line: line,
                                            "\(rule.id): the level for pattern \(pattern) needs no keyword, so the whole rule runs at every prefilter hit; give \(pattern) a rule of its own, make its level require a keyword list, or declare it by_shape: true"))
                }
                for (name, regex) in rule.patterns + rule.exclusions.map({ (name: "exclude", regex: $0.regex) }) {
                    do {
                        _ = try Regex(regex)
                    } catch {
                        errors.append(PackError(.badPattern, file: pack.file, line: line, "\(rule.id).\(name): \(error.description)"))
                        continue
                    }
                    if hasNestedUnboundedQuantifier(regex) {
                        errors.append(PackError(.nestedQuantifier, file: pack.file, line: line,
                                                "\(rule.id).\(name): a group with an unbounded quantifier is itself repeated without bound"))
                    }
                }
            }
        }
        if errors.isEmpty {
            do { _ = try PackLibrary.build(packs) } catch { errors.append(error) }
        }
        return errors
    }

    /// The pattern of a level that needs no keyword, not declared `by_shape`, in a digit-prefiltered
    /// rule whose other levels all need one: that one level makes the scanner run every pattern of the
    /// rule at every digit group its prefilter passes, not only where a keyword is near (a Korean birth
    /// date's level did that to `dob`, whose prefilter passes every two digits, and cost a quarter of
    /// the scan). A keyword-prefiltered rule runs only at its own hits anyway. Nil when none.
    public static func ungatedPatternLevel(_ rule: RuleDefinition) -> String? {
        guard case .digits = rule.prefilter else { return nil }
        let perLevel = rule.keywordsPerLevel
        guard rule.levels.indices.allSatisfy({ rule.levels[$0].pattern != nil || perLevel[$0] != nil }) else { return nil }
        return rule.levels.indices.first { perLevel[$0] == nil && !rule.levels[$0].byShape }.flatMap { rule.levels[$0].pattern }
    }

    /// True when a group that contains an unbounded quantifier (`*`, `+`, `{n,}`) is itself
    /// followed by an unbounded quantifier — the shape of catastrophic backtracking, e.g. `(a+)+`.
    public static func hasNestedUnboundedQuantifier(_ pattern: String) -> Bool {
        let c = Array(pattern.utf8)
        var stack: [Bool] = []  // per open group: does it contain an unbounded quantifier?
        var i = 0
        var lastGroupUnbounded = false
        func unboundedAt(_ j: Int) -> (Bool, Int) {
            guard j < c.count else { return (false, 0) }
            if c[j] == UInt8(ascii: "*") || c[j] == UInt8(ascii: "+") { return (true, 1) }
            if c[j] == UInt8(ascii: "{") {
                var k = j + 1
                while k < c.count, c[k] != UInt8(ascii: "}") { k += 1 }
                guard k < c.count else { return (false, 0) }
                let body = String(decoding: c[(j + 1)..<k], as: UTF8.self)
                return (body.hasSuffix(","), k - j + 1)
            }
            return (false, 0)
        }
        while i < c.count {
            let ch = c[i]
            if ch == UInt8(ascii: "\\") {
                i += 2
                lastGroupUnbounded = false
                let (u, n) = unboundedAt(i)
                if u, !stack.isEmpty { stack[stack.count - 1] = true }
                i += n
                continue
            }
            if ch == UInt8(ascii: "[") {
                i += 1
                if i < c.count, c[i] == UInt8(ascii: "^") { i += 1 }
                if i < c.count, c[i] == UInt8(ascii: "]") { i += 1 }
                while i < c.count, c[i] != UInt8(ascii: "]") { i += c[i] == UInt8(ascii: "\\") ? 2 : 1 }
                i += 1
                let (u, n) = unboundedAt(i)
                if u, !stack.isEmpty { stack[stack.count - 1] = true }
                i += n
                continue
            }
            if ch == UInt8(ascii: "(") {
                stack.append(false)
                i += 1
                continue
            }
            if ch == UInt8(ascii: ")") {
                lastGroupUnbounded = stack.popLast() ?? false
                i += 1
                let (u, n) = unboundedAt(i)
                if u && lastGroupUnbounded { return true }
                if (u || lastGroupUnbounded), !stack.isEmpty { stack[stack.count - 1] = true }
                i += n
                continue
            }
            i += 1
            let (u, n) = unboundedAt(i)
            if u, !stack.isEmpty { stack[stack.count - 1] = true }
            i += n
        }
        return false
    }
}
