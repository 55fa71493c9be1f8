/// Which way a message goes, for the audit record and its readers.
public enum Direction: String, Sendable, Codable, CaseIterable {
    /// From outside to us (or passing through).
    case inbound
    /// From us to at least one outside recipient.
    case outbound
    /// From us to us only.
    case `internal`
}

extension Policy {
    /// Whether the message comes from us: an authenticated client, a client in
    /// `site.internal_networks`, or, only when no internal networks are configured, a sender address
    /// in an internal domain (a sender address alone is easy to forge; networks are not).
    public func senderIsInternal(_ envelope: Envelope) -> Bool {
        if !envelope.authUser.isEmpty { return true }
        let networks = config.site.internalNetworks.compactMap(CIDR.init)
        if !networks.isEmpty {
            return !envelope.clientAddress.isEmpty && networks.contains { $0.contains(envelope.clientAddress) }
        }
        return internalDomains.contains(envelope.sender)
    }

    /// The direction of a message: internal sender and only internal recipients is `internal`,
    /// internal sender otherwise `outbound`, any other sender `inbound`.
    public func direction(_ envelope: Envelope) -> Direction {
        guard senderIsInternal(envelope) else { return .inbound }
        return isInternal(envelope) ? .internal : .outbound
    }
}
