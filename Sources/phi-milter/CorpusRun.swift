import Foundation
import PHIDetect
import PHIInspect
import PHIPolicy

/// One labelled corpus message (a line of `labels.jsonl`).
struct CorpusLabel: Decodable {
    var file: String
    var phi: Bool
    var types: [String]
    var category: String
    var unscannable: [String]?
}

/// The outcome of one message: its label, verdict and what was found (types, rule ids, reasons).
struct CorpusOutcome {
    var label: CorpusLabel
    var predictedPHI: Bool
    var foundTypes: Set<String>
    var rules: [String]
    var reasons: [String]
    var unscannable: Set<String>
    var report: ScanReport
}

/// Scores a labelled corpus: message-level precision/recall/F1, per-type recall, per category.
struct CorpusMetrics: Codable, Equatable {
    var messages: Int
    var precision: Double
    var recall: Double
    var f1: Double
    var accuracy: Double
    /// Of the expected unscannable reasons, the share reported.
    var unscannableRecall: Double
    var typeRecall: [String: Double]
    var categoryAccuracy: [String: Double]

    enum CodingKeys: String, CodingKey {
        case messages, precision, recall, f1, accuracy
        case unscannableRecall = "unscannable_recall", typeRecall = "type_recall", categoryAccuracy = "category_accuracy"
    }

    init(_ outcomes: [CorpusOutcome]) {
        var tp = 0, fp = 0, fn = 0, correct = 0
        var typeHits: [String: (Int, Int)] = [:]
        var categories: [String: (Int, Int)] = [:]
        var expectedUnscannable = 0, seenUnscannable = 0
        for o in outcomes {
            let right = o.predictedPHI == o.label.phi
            if o.predictedPHI && o.label.phi { tp += 1 }
            if o.predictedPHI && !o.label.phi { fp += 1 }
            if !o.predictedPHI && o.label.phi { fn += 1 }
            if right { correct += 1 }
            var c = categories[o.label.category] ?? (0, 0)
            c.0 += right ? 1 : 0
            c.1 += 1
            categories[o.label.category] = c
            for t in o.label.types {
                var h = typeHits[t] ?? (0, 0)
                h.0 += o.foundTypes.contains(t) ? 1 : 0
                h.1 += 1
                typeHits[t] = h
            }
            for u in o.label.unscannable ?? [] {
                expectedUnscannable += 1
                if o.unscannable.contains(u) { seenUnscannable += 1 }
            }
        }
        messages = outcomes.count
        precision = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
        recall = tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        accuracy = outcomes.isEmpty ? 1 : Double(correct) / Double(outcomes.count)
        unscannableRecall = expectedUnscannable == 0 ? 1 : Double(seenUnscannable) / Double(expectedUnscannable)
        typeRecall = typeHits.mapValues { Double($0.0) / Double($0.1) }
        categoryAccuracy = categories.mapValues { Double($0.0) / Double($0.1) }
    }

    /// Names of the metrics that fell below `baseline` (beyond rounding).
    func regressions(against baseline: CorpusMetrics) -> [String] {
        var out: [String] = []
        let eps = 1e-9
        if precision < baseline.precision - eps { out.append("precision") }
        if recall < baseline.recall - eps { out.append("recall") }
        if f1 < baseline.f1 - eps { out.append("f1") }
        if unscannableRecall < baseline.unscannableRecall - eps { out.append("unscannable_recall") }
        for (t, r) in baseline.typeRecall where (typeRecall[t] ?? 0) < r - eps { out.append("type_recall.\(t)") }
        for (c, a) in baseline.categoryAccuracy where (categoryAccuracy[c] ?? 0) < a - eps { out.append("category.\(c)") }
        return out.sorted()
    }
}

/// Runs every labelled message of a corpus directory through the Inspector and the classifier.
enum CorpusRun {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func labels(in dir: String) throws -> [CorpusLabel] {
        guard let data = FileManager.default.contents(atPath: dir + "/labels.jsonl") else {
            throw Failure(description: "\(dir)/labels.jsonl: cannot read")
        }
        var out: [CorpusLabel] = []
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                out.append(try JSONDecoder().decode(CorpusLabel.self, from: Data(line.utf8)))
            } catch {
                throw Failure(description: "\(dir)/labels.jsonl:\(n + 1): not a label object")
            }
        }
        return out
    }

    static func run(dir: String, engine: InspectionEngine, classifier: Classifier) throws -> [CorpusOutcome] {
        try labels(in: dir).map { label in
            guard let bytes = FileManager.default.contents(atPath: dir + "/" + label.file) else {
                throw Failure(description: "\(dir)/\(label.file): cannot read")
            }
            let report = TextScan.run(Array(bytes), engine: engine, asMessage: true)
            let c = classifier.classify(report)
            return CorpusOutcome(label: label, predictedPHI: c.verdict == .phi, foundTypes: Set(report.findings.map(\.type)),
                                 rules: c.rules, reasons: c.reasons, unscannable: Set(report.unscannable.map(\.reason)),
                                 report: report)
        }
    }
}
