import Foundation

/// How each action is carried out: header names and values, subject tag, reply texts (`actions:`).
public struct ActionsConfig: Sendable, Codable, Equatable {
    /// Name of the verdict header inserted at the top of every scanned message; empty disables it.
    public var scanHeader = "X-PHI-Scan"
    /// Headers added by `encrypt`. Default: `X-PHI-Encrypt: required`.
    public var encryptHeaders = [HeaderField(name: "X-PHI-Encrypt", value: "required")]
    /// Subject prefix added by `encrypt` (e.g. `[secure]`); empty (default) leaves the subject alone.
    public var subjectTag = ""
    /// Value of a `Sensitivity:` header added by `tag` and `encrypt` (e.g. `Company-Confidential`); empty: none.
    public var sensitivity = ""
    /// Start of the quarantine reason; the verdict and rule ids are appended.
    public var quarantineReason = "phi-milter hold"
    /// Text of the `550 5.7.1` reply of `reject`; `{types}` becomes the type names found
    /// (`message contains PHI ({types}); send it encrypted`).
    public var rejectText = "Message refused by PHI policy; send it through the secure channel"
    /// Text of the `451 4.7.1` reply of `tempfail`.
    public var tempfailText = "Message could not be inspected now, try again later"

    public init() {}

    enum CodingKeys: String, CodingKey {
        case scanHeader = "scan_header", encryptHeaders = "encrypt_headers", subjectTag = "subject_tag"
        case sensitivity, quarantineReason = "quarantine_reason", rejectText = "reject_text"
        case tempfailText = "tempfail_text"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ActionsConfig.defaults
        scanHeader = try c.decodeIfPresent(String.self, forKey: .scanHeader) ?? d.scanHeader
        encryptHeaders = try c.decodeIfPresent([HeaderField].self, forKey: .encryptHeaders) ?? d.encryptHeaders
        subjectTag = try c.decodeIfPresent(String.self, forKey: .subjectTag) ?? d.subjectTag
        sensitivity = try c.decodeIfPresent(String.self, forKey: .sensitivity) ?? d.sensitivity
        quarantineReason = try c.decodeIfPresent(String.self, forKey: .quarantineReason) ?? d.quarantineReason
        rejectText = try c.decodeIfPresent(String.self, forKey: .rejectText) ?? d.rejectText
        tempfailText = try c.decodeIfPresent(String.self, forKey: .tempfailText) ?? d.tempfailText
    }

    static let defaults = ActionsConfig()

    /// The reject reply text with `{types}` filled in: canonical type names (letters, digits and
    /// `_` only) joined by `, `, or `none`; printable ASCII, at most 200 bytes.
    public func rejectReply(types: [String]) -> String {
        let names = types.map { String($0.unicodeScalars.filter { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }.map(Character.init)) }
            .filter { !$0.isEmpty }
        let list = names.isEmpty ? "none" : names.joined(separator: ", ")
        return Policy.replySafe(rejectText.replacingOccurrences(of: "{types}", with: list))
    }

    /// Whether an arriving header is one only the milter may write (any `X-PHI-*`, the scan header,
    /// an encryption header), so a copy from outside is forged and gets removed.
    public func isOwnedHeader(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasPrefix("x-phi-") || (!scanHeader.isEmpty && lower == scanHeader.lowercased()) { return true }
        // A sender's own Sensitivity: would stand next to ours (or claim one we did not add).
        if !sensitivity.isEmpty && lower == "sensitivity" { return true }
        return encryptHeaders.contains { $0.name.lowercased() == lower }
    }
}
