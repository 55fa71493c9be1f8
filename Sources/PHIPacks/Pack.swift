public import PHIDetect

/// One rule example: a text that must (or must not) produce a finding of the rule.
public struct PackExample: Sendable, Equatable {
    public var rule: String
    public var text: String
    public var shouldMatch: Bool
    /// The level expected, when the example names one.
    public var level: Level?
    public var file: String
    public var line: Int
}

/// A parsed pack file (schema `phi-pack/1`).
public struct Pack: Sendable {
    public var id: String
    public var version: String
    public var description: String
    public var file: String
    /// Data set name → file paths (resolved against the pack's directory); their lines make one set.
    public var dataFiles: [String: [String]]
    /// Keyword list name → inline terms; file-backed lists are read by ``PackLibrary``.
    public var keywordLists: [String: [String]]
    /// Keyword list name → file path for lists kept in data files.
    public var keywordFiles: [String: String]
    public var rules: [RuleDefinition]
    public var ruleLines: [String: Int]
    public var examples: [PackExample]
}
