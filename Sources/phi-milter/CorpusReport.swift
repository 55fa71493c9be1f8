import Foundation

/// The corpus command's text report: metrics, per-type recall, categories, misses (no content).
enum CorpusReport {
    static func pct(_ d: Double) -> String { String(format: "%.3f", d) }

    static func render(_ outcomes: [CorpusOutcome], _ m: CorpusMetrics) -> String {
        var lines: [String] = []
        lines.append("messages \(m.messages)  precision \(pct(m.precision))  recall \(pct(m.recall))  f1 \(pct(m.f1))"
            + "  accuracy \(pct(m.accuracy))  unscannable_recall \(pct(m.unscannableRecall))")
        lines.append("")
        lines.append("type recall:")
        for (t, r) in m.typeRecall.sorted(by: { $0.key < $1.key }) {
            let n = outcomes.filter { $0.label.types.contains(t) }.count
            lines.append("  \(t.padding(toLength: 11, withPad: " ", startingAt: 0)) \(pct(r))  (\(n) messages)")
        }
        lines.append("")
        lines.append("category        messages  accuracy")
        var byCategory: [String: Int] = [:]
        for o in outcomes { byCategory[o.label.category, default: 0] += 1 }
        for (c, n) in byCategory.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(c.padding(toLength: 15, withPad: " ", startingAt: 0)) \(String(n).padding(toLength: 8, withPad: " ", startingAt: 0)) \(pct(m.categoryAccuracy[c] ?? 0))")
        }
        let fn = outcomes.filter { $0.label.phi && !$0.predictedPHI }
        let fp = outcomes.filter { !$0.label.phi && $0.predictedPHI }
        lines.append("")
        lines.append("false negatives (\(fn.count)):")
        for o in fn {
            let found = o.report.findings.map { "\($0.type)/\($0.level.rawValue)" }
            lines.append("  \(o.label.file) expected \(o.label.types.joined(separator: ",")) found \(Set(found).sorted().joined(separator: ","))")
        }
        lines.append("false positives (\(fp.count)):")
        for o in fp {
            let samples = o.report.findings.filter { o.rules.contains($0.rule) }.prefix(6).map { "\($0.rule):\($0.masked)" }
            lines.append("  \(o.label.file) reasons \(o.reasons.joined(separator: ",")) rules \(samples.joined(separator: " "))")
        }
        let missedUnscannable = outcomes.filter { o in (o.label.unscannable ?? []).contains { !o.unscannable.contains($0) } }
        if !missedUnscannable.isEmpty {
            lines.append("expected unscannable reasons not reported (\(missedUnscannable.count)):")
            for o in missedUnscannable {
                lines.append("  \(o.label.file) expected \((o.label.unscannable ?? []).joined(separator: ",")) got \(o.unscannable.sorted().joined(separator: ","))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
