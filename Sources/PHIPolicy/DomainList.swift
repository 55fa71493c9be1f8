/// A list of mail domains and addresses as the config writes them, matched case-insensitively.
///
/// `example.org` matches that domain only; `.example.org` matches it and every subdomain; an entry
/// with `@` (`billing@example.org`) matches that one address. The one place domains are matched.
public struct DomainList: Sendable, Equatable {
    let entries: [String]

    public init(_ entries: [String]) {
        self.entries = entries.map { $0.lowercased() }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Whether `address` (or a bare domain) is in the list.
    public func contains(_ address: String) -> Bool {
        let lower = address.lowercased()
        let domain = lower.contains("@") ? Envelope.domain(of: lower) : lower
        guard !domain.isEmpty else { return false }
        return entries.contains { e in
            if e.contains("@") { return e == lower }
            return e.hasPrefix(".") ? domain.hasSuffix(e) || domain == String(e.dropFirst()) : domain == e
        }
    }
}
