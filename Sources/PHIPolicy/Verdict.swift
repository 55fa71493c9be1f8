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

/// What to do with a message; a verdict maps to a list of these.
public enum Action: String, Sendable, Codable, CaseIterable {
    /// Mark only: the `X-PHI-Scan` header, and the `Sensitivity` header when configured.
    case tag
    /// Add the encryption headers (and the subject tag when configured) for the downstream relay.
    case encrypt
    /// Hold the message (Postfix hold queue) with a reason naming rule ids only.
    case quarantine
    /// Refuse with `550 5.7.1`.
    case reject
    /// Refuse for now with `451 4.7.1`; the client retries.
    case tempfail
    /// Deliver unchanged apart from the `X-PHI-Scan` header.
    case accept
}
