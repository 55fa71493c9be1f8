/// An immutable, compiled set of rules, shared read-only by every scanner.
public final class RuleSet: Sendable {
    public init() {}
}
