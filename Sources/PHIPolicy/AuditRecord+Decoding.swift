extension AuditRecord {
    /// Reads a record back (`quarantine show`, log tools). Keys added after the first release
    /// (`would`, `applied`, `host`, `direction`, `skip_reason`, `mode`, `packs`) may be absent: older logs stay readable.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        time = try c.decode(String.self, forKey: .time)
        queueID = try c.decode(String.self, forKey: .queueID)
        messageID = try c.decode(String.self, forKey: .messageID)
        client = try c.decode(String.self, forKey: .client)
        sender = try c.decode(String.self, forKey: .sender)
        recipients = try c.decode([String].self, forKey: .recipients)
        authUser = try c.decode(String.self, forKey: .authUser)
        verdict = try c.decode(Verdict.self, forKey: .verdict)
        actions = try c.decode([Action].self, forKey: .actions)
        score = try c.decode(Int.self, forKey: .score)
        reasons = try c.decode([String].self, forKey: .reasons)
        types = try c.decode([String].self, forKey: .types)
        rules = try c.decode([RuleCount].self, forKey: .rules)
        samples = try c.decode([Sample].self, forKey: .samples)
        unscannable = try c.decode([String].self, forKey: .unscannable)
        problems = try c.decode([String: Int].self, forKey: .problems)
        bytes = try c.decode(Int.self, forKey: .bytes)
        elapsedMs = try c.decode(Double.self, forKey: .elapsedMs)
        would = try c.decodeIfPresent([Action].self, forKey: .would)
        applied = try c.decodeIfPresent([String].self, forKey: .applied)
        host = try c.decodeIfPresent(String.self, forKey: .host) ?? ""
        direction = try c.decodeIfPresent(String.self, forKey: .direction) ?? ""
        skipReason = try c.decodeIfPresent(String.self, forKey: .skipReason) ?? ""
        mode = try c.decodeIfPresent(String.self, forKey: .mode) ?? "enforce"
        packs = try c.decodeIfPresent([String].self, forKey: .packs) ?? []
    }
}
