public import PHIDetect

/// Scoping and escalation: which actions each recipient's verdict gets, and what raises them.
extension Policy {
    /// The findings policy classifies: without allow-listed fingerprints and ignored types.
    /// Returns the screened report and the audit labels of what was dropped (`allowed:N`, `ignored:N`).
    func screen(_ report: ScanReport) -> (report: ScanReport, labels: [String]) {
        guard !allowed.isEmpty || !ignoredTypes.isEmpty else { return (report, []) }
        var r = report
        var allowedCount = 0, ignoredCount = 0
        r.findings.removeAll { f in
            if ignoredTypes.contains(f.type) { ignoredCount += 1; return true }
            if allowed.contains(f.fingerprint) { allowedCount += 1; return true }
            return false
        }
        return (r, (allowedCount > 0 ? ["allowed:\(allowedCount)"] : []) + (ignoredCount > 0 ? ["ignored:\(ignoredCount)"] : []))
    }

    /// Where one recipient stands: a scoping rule (by index), a partner, internal or external.
    enum Scope: Equatable {
        case rule(Int), partner, `internal`, external
    }

    /// The scope of mail from `sender` to `recipient`, in the documented order: the first
    /// matching `policy.rules` entry, then partner domains, then internal domains, else external.
    func scope(sender: String, recipient: String) -> Scope {
        if let i = config.policy.rules.firstIndex(where: { $0.matches(sender: sender, recipient: recipient) }) {
            return .rule(i)
        }
        if partnerDomains.contains(recipient) { return .partner }
        if internalDomains.contains(recipient) { return .internal }
        return .external
    }

    /// A recipient's usual actions (ignoring rules): partner, internal or external.
    func base(_ recipient: String) -> VerdictActions {
        if partnerDomains.contains(recipient) { return config.policy.partners.actions(internal: config.policy.internal) }
        if internalDomains.contains(recipient) { return config.policy.internal }
        return config.policy.external
    }

    /// The actions of `verdict` for the whole message: every recipient's actions joined, so a
    /// message routed as one gets the strictest treatment any recipient needs (mixed internal and
    /// external recipients: the whole message is encrypted). Also the scope labels for the audit.
    func scopedActions(_ verdict: Verdict, _ envelope: Envelope) -> (actions: [Action], labels: [String]) {
        let recipients = envelope.recipients.isEmpty ? [""] : envelope.recipients
        var lists: [[Action]] = []
        var labels: [String] = []
        for rcpt in recipients {
            let scope = scope(sender: envelope.sender, recipient: rcpt)
            switch scope {
            case .rule(let i):
                let rule = config.policy.rules[i]
                lists.append(rule.actions[verdict] ?? base(rcpt).actions(for: verdict))
                labels.append("scope:rule:\(Policy.token(rule.name))")
            case .partner:
                lists.append(base(rcpt).actions(for: verdict))
                labels.append("scope:partner")
            case .internal, .external:
                lists.append(base(rcpt).actions(for: verdict))
            }
        }
        let joined = lists.sorted { Policy.strength($0) > Policy.strength($1) }.reduce([], Policy.join)
        return (joined, Array(Set(labels)).sorted())
    }

    /// `a` followed by the actions of `b` it lacks; `accept` only when nothing else is left.
    static func join(_ a: [Action], _ b: [Action]) -> [Action] {
        var out = a
        for x in b where !out.contains(x) { out.append(x) }
        if out.count > 1 { out.removeAll { $0 == .accept } }
        return out
    }

    /// How strongly a list of actions treats a message (its strongest action).
    static func strength(_ actions: [Action]) -> Int {
        actions.map { a -> Int in
            switch a {
            case .accept: 0
            case .tag: 1
            case .encrypt: 2
            case .quarantine: 3
            case .tempfail: 4
            case .reject: 5
            }
        }.max() ?? 0
    }

    /// Escalations of a PHI message: per-type actions for the types that counted, and the bulk
    /// actions when the message carries more patient records than `policy.bulk.over`.
    func escalate(_ actions: [Action], verdict: Verdict, classification: Classification,
                  envelope: Envelope) -> (actions: [Action], labels: [String]) {
        guard verdict == .phi || verdict == .violation else { return (actions, []) }
        var out = actions
        var labels: [String] = []
        for type in classification.types {
            if case .actions(let extra)? = config.policy.types[type] {
                out = Policy.join(out, extra)
                labels.append("type:\(type)")
            }
        }
        let bulk = config.policy.bulk
        if bulk.over > 0, classification.records > bulk.over, bulk.internal || !isInternal(envelope) {
            out = Policy.join(out, bulk.actions)
            labels.append("bulk:\(classification.records)")
        }
        return (out, labels)
    }

    /// A config-given name made safe for the audit record: letters, digits, `.`, `-`, `_`.
    static func token(_ name: String) -> String {
        String(name.unicodeScalars.map { s -> Character in
            (s.properties.isAlphabetic && s.isASCII) || ("0"..."9").contains(s) || s == "." || s == "-" || s == "_"
                ? Character(s) : "_"
        }.prefix(64))
    }
}
