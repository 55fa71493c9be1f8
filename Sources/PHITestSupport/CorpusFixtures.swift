import Foundation
import PHIInspect

/// The labelled corpus, for tests: each message's file, bytes and expected outcome.
public enum CorpusFixtures {
    public struct Message: Sendable, CustomStringConvertible {
        public var file: String
        public var phi: Bool
        public var types: [String]
        public var category: String
        public var unscannable: [String]
        public var bytes: [UInt8]
        public var description: String { file }
    }

    /// Every message of `Corpus/labels.jsonl` (empty when the corpus is absent).
    public static let messages: [Message] = {
        guard let data = FileManager.default.contents(atPath: TestPaths.corpus + "/labels.jsonl") else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = obj["file"] as? String,
                  let bytes = FileManager.default.contents(atPath: TestPaths.corpus + "/" + file) else { return nil }
            return Message(file: file, phi: obj["phi"] as? Bool ?? false, types: obj["types"] as? [String] ?? [],
                           category: obj["category"] as? String ?? "", unscannable: obj["unscannable"] as? [String] ?? [],
                           bytes: Array(bytes))
        }
    }()

    /// An engine over the shipped packs with a fixed key.
    public static func engine(limits: InspectorLimits = InspectorLimits()) throws -> InspectionEngine {
        InspectionEngine(rules: try TestPacks.library().ruleSet, limits: limits, fingerprinter: TestPacks.fingerprinter)
    }

    /// Inspects `bytes` fed in chunks of `size`.
    public static func inspect(_ bytes: [UInt8], size: Int, engine: InspectionEngine) -> ScanReportSummary {
        let inspector = Inspector(engine: engine)
        for chunk in Chunking.chunks(bytes, size: size) { inspector.raw(chunk) }
        return ScanReportSummary(inspector.finish())
    }
}
