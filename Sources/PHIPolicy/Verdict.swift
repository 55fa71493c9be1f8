/// The policy verdict of one message: the content verdict refined by the envelope.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// Nothing that counts as PHI.
    case clean
    /// PHI by the classifier's rules.
    case phi
    /// Some content could not be inspected.
    case unscannable
    /// PHI that the sender asked to send with relaxed TLS (`TLS-Required: No`).
    case violation
    /// Not scanned by a skip rule (client network, authenticated user, size).
    case skipped
}
