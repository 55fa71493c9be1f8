import PHIDetect
import PHIPolicy

/// Renders one scan result as text, JSON Lines (DESIGN §4) or a count line. Never a raw value.
enum ScanOutput {
    /// One input's line(s); the action is the decision's disposition, as the milter would act.
    static func render(path: String, report: ScanReport, decision: Decision,
                       format: ScanCommand.Format, count: Bool, explain: Bool) -> String {
        let c = decision.classification
        if count {
            let body = report.countsByType.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            let mbps = report.elapsedMs > 0 ? Double(report.bytes) / 1000 / report.elapsedMs : 0
            return "\(path): \(c.verdict.rawValue) findings=\(report.findingCount)\(body.isEmpty ? "" : " " + body)"
                + " bytes=\(report.bytes) ms=\(JSONWriter.number(report.elapsedMs)) mb_per_s=\(JSONWriter.number(mbps))"
        }
        switch format {
        case .json: return json(path: path, report: report, c: c, action: decision.disposition.rawValue)
        case .text: return text(path: path, report: report, c: c, explain: explain)
        }
    }

    static func json(path: String, report: ScanReport, c: Classification, action: String) -> String {
        typealias J = JSONWriter
        let findings = report.findings.map { f in
            J.object([("type", J.quote(f.type)), ("rule", J.quote(f.rule)), ("level", J.quote(f.level.rawValue)),
                      ("score", String(f.score)), ("part", J.quote(f.part)), ("start", String(f.start)),
                      ("end", String(f.end)), ("masked", J.quote(f.masked)), ("fingerprint", J.quote(f.fingerprint))])
        }
        let unscannable = report.unscannable.map { u in
            J.object([("reason", J.quote(u.reason)), ("part", J.quote(u.part))])
        }
        return J.object([
            ("path", J.quote(path)), ("verdict", J.quote(c.verdict.rawValue)),
            ("action", J.quote(action)), ("score", String(c.score)),
            ("findings", J.array(findings)),
            ("tallied", J.array(report.tally.entries.map { e in
                J.object([("type", J.quote(e.type)), ("rule", J.quote(e.rule)), ("level", J.quote(e.level.rawValue)),
                          ("count", String(e.count)), ("distinct", String(e.distinct)), ("top_score", String(e.topScore))])
            })),
            ("unscannable", J.array(unscannable)),
            ("bytes", String(report.bytes)), ("elapsed_ms", J.number(report.elapsedMs)),
        ])
    }

    /// Why a name counts as a patient's, or does not: the evidence its level used, or the
    /// exclusion that kept it (a clinician's title, credentials, a signature, a correspondent).
    static func personReading(_ f: Finding) -> String {
        if let why = f.exclusionReason { return "not a patient: \(why)" }
        if f.level == .low { return "not counted: no care, health or patient context near it" }
        let why = f.evidence.map(\.name)
        return "a patient: " + (why.isEmpty ? "its rule's level" : why.joined(separator: ", "))
    }

    static func text(path: String, report: ScanReport, c: Classification, explain: Bool) -> String {
        var lines = ["\(path): \(c.verdict.rawValue) score=\(c.score) findings=\(report.findingCount)"
            + (c.reasons.isEmpty ? "" : " reasons=\(c.reasons.joined(separator: ","))")]
        for f in report.findings {
            var line = "  \(f.type) \(f.rule) \(f.level.rawValue) \(f.score) \(f.masked) @\(f.part.isEmpty ? "" : f.part + ":")\(f.start)-\(f.end)"
            if explain {
                let ev = f.evidence.map { "\($0.name)=\($0.source)@\($0.distance)" }.joined(separator: ",")
                line += "\n    evidence: \(ev.isEmpty ? "none" : ev)"
                line += "\n    validators: \(f.validators.isEmpty ? "none" : f.validators.map { "\($0)=pass" }.joined(separator: ","))"
                line += "\n    fingerprint: \(f.fingerprint)"
                if f.type == "NAME" { line += "\n    person: \(personReading(f))" }
            }
            lines.append(line)
        }
        if !report.tally.isEmpty {
            let byRule = report.tally.entries.map { "\($0.type) \($0.rule) \($0.level.rawValue) x\($0.count)" }
            lines.append("  and \(report.tally.count) more, counted only: " + byRule.joined(separator: ", "))
        }
        for u in report.unscannable { lines.append("  unscannable \(u.reason) @\(u.part)") }
        return lines.joined(separator: "\n")
    }
}
