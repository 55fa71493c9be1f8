import PHIRegex

/// Compiles a user-supplied regex once to check it (config validation).
enum PHIRegexCheck {
    static func compile(_ pattern: String) throws -> Regex { try Regex(pattern) }
}
