/// A problem in a pack file: what, where (file:line) and a detail naming keys or rule ids, never sample text.
public struct PackError: Error, Hashable, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable {
        case unreadable, badYAML, badSchema, unknownKey, missingKey, wrongType, badValue, duplicateRule,
             duplicateList, noExamples, badPattern, nestedQuantifier, ungatedLevel, unknownData, compile
    }
    public let code: Code
    public let file: String
    public let line: Int
    public let detail: String

    public init(_ code: Code, file: String, line: Int, _ detail: String) {
        self.code = code
        self.file = file
        self.line = line
        self.detail = detail
    }

    public var description: String { "\(file):\(line): \(code.rawValue): \(detail)" }
}
