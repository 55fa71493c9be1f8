/// An exact-data-match error: a stable code, the file, the line when there is one, and what is
/// wrong. Never carries a roster value or message text.
public struct EDMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `schema`, `csv`, `key`, `index`, `io`.
    public var code: String
    public var file: String
    /// 1-based line of the file (CSV row, schema line), when the problem has one.
    public var line: Int?
    public var problem: String

    public init(code: String, file: String, line: Int? = nil, problem: String) {
        self.code = code
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        if let line { return "\(file):\(line): \(problem)" }
        return "\(file): \(problem)"
    }
}
