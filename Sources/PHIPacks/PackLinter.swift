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
