/// Whether policy acts (`enforce`) or only records what it would have done (`simulate`).
public enum PolicyMode: String, Sendable, Codable, CaseIterable {
    /// Carry out the actions.
    case enforce
    /// Add only the scan header; the audit record's `would` lists the actions not taken.
    case simulate
}
