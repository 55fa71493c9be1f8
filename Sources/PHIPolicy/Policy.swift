public import PHIDetect
public import Foundation

/// Turns a ``ScanReport`` and an ``Envelope`` into a ``Decision``. Immutable and shared.
public struct Policy: Sendable {
    public let config: PolicyConfig
    /// `phi-milter/<version>`, shown in the header.
    public let scanner: String
    let classifier: Classifier
    let networks: [CIDR]
    let internalDomains: DomainList
    let partnerDomains: DomainList
    let trigger: SubjectTrigger
    /// `policy.allow_fingerprints`.
    let allowed: Set<String>
    /// Types set to `ignore` in `policy.types`.
    let ignoredTypes: Set<String>

    /// The version shown in `scanner=` when none is given.
    public static let version = "0.1.0"

    public init(config: PolicyConfig = PolicyConfig(), version: String = Policy.version) {
        self.config = config
        scanner = "phi-milter/\(version)"
        classifier = Classifier(config: config.policy.thresholds)
        networks = config.policy.skip.clientNetworks.compactMap(CIDR.init)
        internalDomains = DomainList(config.site.internalDomains)
        partnerDomains = DomainList(config.policy.partners.domains)
        trigger = SubjectTrigger(config.policy.encryptTrigger)
        allowed = Set(config.policy.allowFingerprints)
        ignoredTypes = Set(config.policy.types.filter { $0.value == .ignore }.keys)
    }

    /// Why a message is not to be scanned (`client_network`, `authenticated`, `size`), or nil.
    ///
    /// The one place skipping is decided. The milter asks at MAIL FROM, after each body chunk (size
    /// is the bytes received so far, never the client's `SIZE=`), and `decide` asks at the end.
    public func skipReason(_ envelope: Envelope) -> String? {
        let skip = config.policy.skip
        if !envelope.clientAddress.isEmpty, networks.contains(where: { $0.contains(envelope.clientAddress) }) {
            return "client_network"
        }
        if !envelope.authUser.isEmpty, skip.authenticated || skip.authenticatedUsers.contains(envelope.authUser) {
            return "authenticated"
        }
        if skip.maxSize > 0, envelope.size > skip.maxSize { return "size" }
        return nil
    }

    /// Whether every recipient is in an internal domain (false when none are configured).
    public func isInternal(_ envelope: Envelope) -> Bool {
        guard !internalDomains.isEmpty, !envelope.recipients.isEmpty else { return false }
        return envelope.recipients.allSatisfy { internalDomains.contains($0) }
    }

    /// Decides a scanned message; `subject` is the Subject's text, encoded words decoded (for the
    /// encryption trigger; the stripped text comes back in `Decision.subject`).
    ///
    /// In order: allow-listed fingerprints and ignored types are dropped; the rest is classified;
    /// each recipient's actions are found by scope (rules, partner, internal, external) and joined;
    /// PHI escalates by type and bulk size; a Subject trigger adds `encrypt`. In `simulate` mode the
    /// result goes to the audit record as `would` and the message is only tagged with the scan header.
    ///
    /// A blown time budget with no PHI found in what was read is an internal failure (DESIGN §9):
    /// it takes `on_error` (tempfail by default, so Postfix keeps the message and retries), not the
    /// `unscannable` action meant for content that can never be read.
    public func decide(report scanned: ScanReport, envelope: Envelope, subject: String? = nil,
                       now: Date = Date()) -> Decision {
        let (report, screened) = screen(scanned)
        let classification = classifier.classify(report)
        if classification.verdict == .unscannable, skipReason(envelope) == nil,
           report.unscannable.contains(where: { $0.reason == "time.budget" }) {
            return decideError(code: "time.budget", report: report, envelope: envelope, now: now)
        }
        var verdict: Verdict
        switch classification.verdict {
        case .clean: verdict = .clean
        case .unscannable: verdict = .unscannable
        case .phi: verdict = report.hasTLSRequiredNo ? .violation : .phi
        }
        if skipReason(envelope) != nil { verdict = .skipped }
        var applied = screened
        var actions: [Action] = [.accept]
        if verdict != .skipped {
            let scoped = scopedActions(verdict, envelope)
            let raised = escalate(scoped.actions, verdict: verdict, classification: classification, envelope: envelope)
            actions = raised.actions
            applied += scoped.labels + raised.labels
        }
        if actions.isEmpty { actions = [.accept] }
        let stripped = subject.flatMap(trigger.strip)
        if stripped != nil {
            actions = Policy.join(actions, [.encrypt])
            applied.append("trigger:subject")
        }
        var decision = make(verdict: verdict, actions: actions, classification: classification, report: report,
                            envelope: envelope, now: now)
        decision.subject = stripped
        decision.auditRecord.applied = applied.isEmpty ? nil : applied
        if config.policy.mode == .simulate {
            decision.auditRecord.would = actions
            decision.auditRecord.mode = PolicyMode.simulate.rawValue
            decision.actions = [.accept]
            decision.auditRecord.actions = [.accept]
            decision.subject = nil
        }
        return decision
    }

    /// The decision when scanning failed: verdict `unscannable`, the `on_error` action.
    public func decideError(code: String, report: ScanReport = ScanReport(), envelope: Envelope,
                            now: Date = Date()) -> Decision {
        let classification = Classification(verdict: .unscannable, score: 0, reasons: ["error:\(code)"],
                                            types: [], rules: [])
        let action: Action = switch config.onError {
        case .tempfail: .tempfail
        case .accept: .accept
        case .reject: .reject
        }
        return make(verdict: .unscannable, actions: [action], classification: classification, report: report,
                    envelope: envelope, now: now)
    }

    /// The decision when no scan slot was free: tempfail (Postfix retries later), whatever
    /// `on_error` says, and the audit record says so too.
    public func decideOverload(envelope: Envelope, now: Date = Date()) -> Decision {
        let classification = Classification(verdict: .unscannable, score: 0, reasons: ["error:overload"],
                                            types: [], rules: [])
        return make(verdict: .unscannable, actions: [.tempfail], classification: classification,
                    report: ScanReport(), envelope: envelope, now: now)
    }

    func make(verdict: Verdict, actions: [Action], classification: Classification, report: ScanReport,
              envelope: Envelope, now: Date) -> Decision {
        let types = classification.types.isEmpty ? report.types : classification.types
        let rules = classification.rules.isEmpty ? report.rules : classification.rules
        let header = headerValue(verdict: verdict, score: classification.score, types: types, rules: rules)
        var record = AuditRecord(time: now, envelope: envelope, verdict: verdict, actions: actions,
                                 classification: classification, report: report)
        (record.direction, record.skipReason) = (direction(envelope).rawValue, skipReason(envelope) ?? "")
        return Decision(verdict: verdict, actions: actions, classification: classification,
                        headerValue: header, auditRecord: record, types: types)
    }

    /// The `X-PHI-Scan` value; lists are capped so the header line stays well under 998 bytes.
    public func headerValue(verdict: Verdict, score: Int, types: [String], rules: [String]) -> String {
        func list(_ items: [String]) -> String {
            let safe = items.map { String($0.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7f && $0 != ";" && $0 != "," }.map(Character.init)) }
                .filter { !$0.isEmpty }
            var out: [String] = []
            var length = 0
            for s in safe {
                if length + s.count > 300 { out.append("..."); break }
                out.append(s)
                length += s.count + 1
            }
            return out.isEmpty ? "none" : out.joined(separator: ",")
        }
        return "\(verdict.rawValue); score=\(score); types=\(list(types)); rules=\(list(rules)); scanner=\(scanner)"
    }

    /// Text safe for an SMTP reply or quarantine reason: printable ASCII, no `%`, CR or LF, at most 200 bytes.
    public static func replySafe(_ text: String) -> String {
        let kept = text.unicodeScalars.map { s -> Character in
            (s.value >= 0x20 && s.value < 0x7f && s != "%") ? Character(s) : " "
        }
        return String(String(kept).prefix(200))
    }

    /// The `550 5.7.1` text: `actions.reject_text` with `{types}` replaced by the decision's type
    /// names (canonical names only, never values), made reply-safe.
    public func rejectText(_ decision: Decision) -> String {
        config.actions.rejectReply(types: decision.types)
    }

    /// The quarantine reason: the configured start, the verdict and rule ids only.
    public func quarantineReason(_ decision: Decision) -> String {
        let rules = decision.classification.rules.isEmpty ? "none" : decision.classification.rules.joined(separator: ",")
        return Policy.replySafe("\(config.actions.quarantineReason) verdict=\(decision.verdict.rawValue) rules=\(rules)")
    }
}
