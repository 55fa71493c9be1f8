/// One entry of `policy.rules`: actions for mail from some senders and/or to some recipient domains.
///
/// Rules are tried in file order for each recipient; the first whose conditions all hold decides
/// that recipient's actions for the verdicts it names. Verdicts it does not name keep the
/// recipient's usual actions (partner, internal or external).
public struct ScopeRule: Sendable, Codable, Equatable {
    /// Shown in the audit record (`scope:rule:<name>`); default `rule<N>` (1-based).
    public var name: String
    /// Sender addresses or domains; empty matches any sender.
    public var senders: [String]
    /// Recipient domains (or addresses); empty matches any recipient.
    public var recipientDomains: [String]
    /// Actions by verdict; only the verdicts named.
    public var actions: [Verdict: [Action]]

    public init(name: String, senders: [String] = [], recipientDomains: [String] = [], actions: [Verdict: [Action]]) {
        self.name = name
        self.senders = senders
        self.recipientDomains = recipientDomains
        self.actions = actions
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, senders, recipientDomains = "recipient_domains", clean, phi, unscannable, violation
    }

    /// A key of the mapping, whatever it says (to name an unknown one).
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let any = try decoder.container(keyedBy: AnyKey.self)
        let known = Set(CodingKeys.allCases.map(\.stringValue))
        if let bad = any.allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(.init(codingPath: any.codingPath + [bad], debugDescription: "unknown key"))
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let index = c.codingPath.last?.intValue.map { $0 + 1 } ?? 1
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? "rule\(index)"
        senders = try c.decodeIfPresent([String].self, forKey: .senders) ?? []
        recipientDomains = try c.decodeIfPresent([String].self, forKey: .recipientDomains) ?? []
        var actions: [Verdict: [Action]] = [:]
        for (key, verdict) in [(CodingKeys.clean, Verdict.clean), (.phi, .phi), (.unscannable, .unscannable),
                               (.violation, .violation)] {
            if let list = try c.decodeIfPresent([Action].self, forKey: key) { actions[verdict] = list }
        }
        self.actions = actions
        if senders.isEmpty && recipientDomains.isEmpty {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.senders],
                                                    debugDescription: "a rule needs senders or recipient_domains"))
        }
        if actions.isEmpty {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.phi],
                                                    debugDescription: "a rule needs actions for at least one verdict"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(senders, forKey: .senders)
        try c.encode(recipientDomains, forKey: .recipientDomains)
        for (key, verdict) in [(CodingKeys.clean, Verdict.clean), (.phi, .phi), (.unscannable, .unscannable),
                               (.violation, .violation)] {
            if let list = actions[verdict] { try c.encode(list, forKey: key) }
        }
    }

    /// Whether the rule applies to mail from `sender` to `recipient`.
    func matches(sender: String, recipient: String) -> Bool {
        (senders.isEmpty || DomainList(senders).contains(sender))
            && (recipientDomains.isEmpty || DomainList(recipientDomains).contains(recipient))
    }
}
