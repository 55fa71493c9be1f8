public import PHIDetect

/// One example that did not behave as written.
public struct ExampleMiss: Sendable, CustomStringConvertible {
    public var example: PackExample
    /// What happened instead, e.g. `no finding` or `found at level low`.
    public var got: String
    public var description: String {
        "\(example.file):\(example.line): \(example.rule): \(example.shouldMatch ? "match" : "no_match") example: \(got)"
    }
}

/// Runs every rule's embedded examples through the whole compiled rule set.
public enum PackTester {
    public static func run(_ library: PackLibrary, fingerprinter: Fingerprinter = Fingerprinter(key: Array("packs-test".utf8)))
        -> (passed: Int, misses: [ExampleMiss]) {
        var passed = 0
        var misses: [ExampleMiss] = []
        for pack in library.packs {
            for ex in pack.examples {
                let found = Scanner.scan(ex.text, rules: library.ruleSet, fingerprinter: fingerprinter)
                    .filter { $0.rule == ex.rule }
                let best = found.max { $0.level < $1.level }
                if ex.shouldMatch {
                    if let best {
                        if let want = ex.level, want != best.level {
                            misses.append(ExampleMiss(example: ex, got: "found at level \(best.level.rawValue)"))
                        } else {
                            passed += 1
                        }
                    } else {
                        misses.append(ExampleMiss(example: ex, got: "no finding"))
                    }
                } else if let best {
                    misses.append(ExampleMiss(example: ex, got: "found at level \(best.level.rawValue)"))
                } else {
                    passed += 1
                }
            }
        }
        return (passed, misses)
    }
}
