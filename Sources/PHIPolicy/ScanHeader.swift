/// The `X-PHI-Scan` header read back: what phi-milter decided when the message passed.
///
/// Parses the value ``Policy/headerValue(verdict:score:types:rules:)`` writes:
/// `phi; score=92; types=SSN,ICD10; rules=us.ssn,icd10; scanner=phi-milter/0.1.0`.
public struct ScanHeader: Sendable, Codable, Equatable {
    public var verdict: Verdict
    public var score: Int
    public var types: [String]
    public var rules: [String]

    /// Reads a header value; nil when it does not start with a known verdict.
    public init?(parsing value: String) {
        let fields = value.split(separator: ";").map { $0.trimmingCharacters(in: " \t") }
        guard let first = fields.first, let v = Verdict(rawValue: first) else { return nil }
        verdict = v
        score = 0
        types = []
        rules = []
        for field in fields.dropFirst() {
            guard let eq = field.firstIndex(of: "=") else { continue }
            let key = field[..<eq], val = String(field[field.index(after: eq)...])
            let list = val == "none" ? [] : val.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
            switch key {
            case "score": score = Int(val) ?? 0
            case "types": types = list
            case "rules": rules = list
            default: continue
            }
        }
    }
}

extension Substring {
    /// The substring without leading and trailing characters of `set` (no Foundation needed).
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
