import PHIDetect

/// A per-type setting (`policy.types`): `ignore` drops the type's findings before classification;
/// a list of actions is added when a PHI message's counted types include the type.
public enum TypeOverride: Sendable, Codable, Equatable {
    case ignore
    case actions([Action])

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
