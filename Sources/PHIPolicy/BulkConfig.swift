/// Escalation by the size of a patient list (`policy.bulk`).
public struct BulkConfig: Sendable, Codable, Equatable {
    /// More patient records than this escalate a PHI message; 0 (default) turns escalation off.
    /// Records are the classifier's count: distinct values of the most frequent bulk type.
    public var over = 0
    /// Actions added to the message's own. Default: reject.
    public var actions: [Action] = [.reject]
    /// Whether mail to internal recipients only escalates too. Default: false.
    public var `internal` = false

    public init() {}

    enum CodingKeys: String, CodingKey { case over, actions, `internal` }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = BulkConfig()
        over = try c.decodeIfPresent(Int.self, forKey: .over) ?? d.over
        actions = try c.decodeIfPresent([Action].self, forKey: .actions) ?? d.actions
        `internal` = try c.decodeIfPresent(Bool.self, forKey: .internal) ?? d.internal
        if over < 0 {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.over],
                                                    debugDescription: "must be 0 or more"))
        }
    }
}
