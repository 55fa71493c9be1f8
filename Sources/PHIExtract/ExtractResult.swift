/// What extraction of one part produced: text segments, plus what could not be inspected.
public struct ExtractResult: Sendable {
    /// The text found, in document order.
    public var segments: [TextSegment]
    /// Content that could not be inspected (makes a message's verdict `unscannable`).
    public var unscannable: [ExtractProblem]
    /// Recoverable oddities, recorded and counted.
    public var problems: [ExtractProblem]

    /// Makes a result.
    public init(segments: [TextSegment] = [], unscannable: [ExtractProblem] = [], problems: [ExtractProblem] = []) {
        self.segments = segments
        self.unscannable = unscannable
        self.problems = problems
    }
}
