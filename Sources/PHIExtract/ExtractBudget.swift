/// Counters shared by all parts of one message, so archive limits hold per message.
///
/// Pass the same budget to each `Extractor.extract` call of a message. Not thread-safe.
public final class ExtractBudget {
    /// Archive entries seen so far.
    public internal(set) var files = 0
    /// Bytes expanded from archives and Office containers so far.
    public internal(set) var expandedBytes = 0

    /// Makes an empty budget.
    public init() {}
}
