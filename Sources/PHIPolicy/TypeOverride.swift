/// A per-type setting (`policy.types`): `ignore` drops the type's findings before classification;
/// a list of actions is added when a PHI message's counted types include the type.
public enum TypeOverride: Sendable, Codable, Equatable {
    case ignore
    case actions([Action])

    /// The canonical type names (DESIGN §5); a key outside them is a config error.
    public static let knownTypes: Set<String> = [
        "SSN", "MRN", "MBI", "HICN", "MEMBER_ID", "NPI", "DEA", "ICD10", "ICD9", "DOB", "DATE", "NAME", "PHONE",
        "FAX", "EMAIL", "ADDRESS", "ZIP", "ACCOUNT", "IP", "URL", "DEVICE_ID", "LICENSE", "DIAGNOSIS",
        "MEDICATION", "CARE",
    ]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let word = try? c.decode(String.self) {
            guard word == "ignore" else {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath,
                                                        debugDescription: "`ignore` or a list of actions"))
            }
            self = .ignore
        } else {
            self = .actions(try c.decode([Action].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .ignore: try c.encode("ignore")
        case .actions(let list): try c.encode(list)
        }
    }
}
