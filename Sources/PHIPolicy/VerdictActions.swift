/// What to do for each verdict in one direction (`policy.internal`, `policy.external`).
public struct VerdictActions: Sendable, Codable, Equatable {
    public var clean: [Action]
    public var phi: [Action]
    public var unscannable: [Action]
    public var violation: [Action]

    public init(clean: [Action], phi: [Action], unscannable: [Action], violation: [Action]) {
        self.clean = clean
        self.phi = phi
        self.unscannable = unscannable
        self.violation = violation
    }

    /// Defaults for mail leaving the site: encrypt PHI, hold what could not be read, refuse violations.
    public static let external = VerdictActions(clean: [.accept], phi: [.encrypt, .tag],
                                                unscannable: [.quarantine], violation: [.reject])
    /// Defaults for mail that stays inside: mark only.
    public static let `internal` = VerdictActions(clean: [.accept], phi: [.tag],
                                                  unscannable: [.tag], violation: [.reject])

    enum CodingKeys: String, CodingKey { case clean, phi, unscannable, violation }

    /// Decodes with every missing verdict taken from `defaults`.
    init(from decoder: any Decoder, defaults: VerdictActions) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        clean = try c.decodeIfPresent([Action].self, forKey: .clean) ?? defaults.clean
        phi = try c.decodeIfPresent([Action].self, forKey: .phi) ?? defaults.phi
        unscannable = try c.decodeIfPresent([Action].self, forKey: .unscannable) ?? defaults.unscannable
        violation = try c.decodeIfPresent([Action].self, forKey: .violation) ?? defaults.violation
    }

    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder, defaults: .external)
    }

    /// The actions of a verdict; `skipped` is always `[accept]`.
    public func actions(for verdict: Verdict) -> [Action] {
        switch verdict {
        case .clean: clean
        case .phi: phi
        case .unscannable: unscannable
        case .violation: violation
        case .skipped: [.accept]
        }
    }
}
