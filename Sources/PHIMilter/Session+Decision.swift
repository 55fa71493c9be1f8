import PHIMIME
import PHIPolicy

extension Session {
    /// The changes a decision makes, in the order they must be sent: deletions of forged headers
    /// (highest index first, per name), the scan header at the top, then action headers and quarantine.
    func modifications(for decision: Decision) -> [Modification] {
        let actions = context.policy.config.actions
        var mods: [Modification] = []
        for key in ownedOrder {
            guard let seen = owned[key], seen.count > 0 else { continue }
            for index in stride(from: seen.count, through: 1, by: -1) {
                mods.append(.changeHeader(name: seen.name, index: index, value: nil))
            }
        }
        let disposition = decision.disposition
        if disposition == .reject || disposition == .tempfail { return mods }
        if !actions.scanHeader.isEmpty {
            mods.append(.insertHeader(index: 0, name: actions.scanHeader, value: decision.headerValue))
        }
        let encrypt = decision.actions.contains(.encrypt)
        // The Subject as it will stand: without the sender's encryption trigger, then with the tag.
        // A Subject sent in encoded words is written back encoded (the trigger was found in its text).
        var newSubject = decision.subject.map { subject?.contains("=?") == true ? EncodedWords.encode($0) : $0 }
        if encrypt {
            for h in actions.encryptHeaders where !h.name.isEmpty {
                mods.append(.addHeader(name: h.name, value: h.value))
            }
            let tag = Policy.replySafe(actions.subjectTag).trimmingCharacters(in: .whitespaces)
            if !tag.isEmpty {
                if let current = newSubject ?? subject {
                    let clean = current.replacingOccurrences(of: "\r", with: "")
                    if !clean.trimmingCharacters(in: .whitespaces).hasPrefix(tag) {
                        newSubject = clean.isEmpty ? tag : "\(tag) \(clean)"
                    }
                } else {
                    mods.append(.addHeader(name: "Subject", value: tag))
                }
            }
        }
        if let newSubject, subject != nil {
            mods.append(.changeHeader(name: "Subject", index: 1, value: newSubject))
        }
        if (encrypt || decision.actions.contains(.tag)), !actions.sensitivity.isEmpty {
            mods.append(.addHeader(name: "Sensitivity", value: Policy.replySafe(actions.sensitivity)))
        }
        if decision.actions.contains(.quarantine) {
            mods.append(.quarantine(reason: context.policy.quarantineReason(decision)))
        }
        return mods
    }

    /// The SMTP reply of a decision: `550 5.7.1` for reject, `451 4.7.1` for tempfail, else continue.
    func reply(for decision: Decision) -> MilterReply {
        let actions = context.policy.config.actions
        switch decision.disposition {
        case .reject:
            return .reject(SMTPReply(code: "550", xcode: "5.7.1", text: context.policy.rejectText(decision)))
        case .tempfail:
            return .tempfail(SMTPReply(code: "451", xcode: "4.7.1", text: Policy.replySafe(actions.tempfailText)))
        default:
            return .continue
        }
    }
}
