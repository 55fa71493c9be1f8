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
