import PHIDetect

/// `policy.thresholds`: the classifier's settings with snake_case keys, each one optional.
public struct ThresholdsConfig: Sendable, Codable, Equatable {
    /// The classifier configuration these keys describe.
    public var classifier: ClassifierConfig

    public init(_ classifier: ClassifierConfig = ClassifierConfig()) {
        self.classifier = classifier
    }

    enum CodingKeys: String, CodingKey {
        case strongTypes = "strong_types", strongLevel = "strong_level", personTypes = "person_types"
        case personLevel = "person_level", healthTypes = "health_types", healthLevel = "health_level"
        case bulkThreshold = "bulk_threshold", bulkTypes = "bulk_types", bulkLevel = "bulk_level"
        case identityPairs = "identity_pairs"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var k = ClassifierConfig()
        k.strongTypes = try c.decodeIfPresent([String].self, forKey: .strongTypes) ?? k.strongTypes
        k.strongLevel = try c.decodeIfPresent(Level.self, forKey: .strongLevel) ?? k.strongLevel
        k.personTypes = try c.decodeIfPresent([String].self, forKey: .personTypes) ?? k.personTypes
        k.personLevel = try c.decodeIfPresent(Level.self, forKey: .personLevel) ?? k.personLevel
        k.healthTypes = try c.decodeIfPresent([String].self, forKey: .healthTypes) ?? k.healthTypes
        k.healthLevel = try c.decodeIfPresent(Level.self, forKey: .healthLevel) ?? k.healthLevel
        k.bulkThreshold = try c.decodeIfPresent(Int.self, forKey: .bulkThreshold) ?? k.bulkThreshold
        k.bulkTypes = try c.decodeIfPresent([String].self, forKey: .bulkTypes) ?? k.bulkTypes
        k.bulkLevel = try c.decodeIfPresent(Level.self, forKey: .bulkLevel) ?? k.bulkLevel
        k.identityPairs = try c.decodeIfPresent([String].self, forKey: .identityPairs) ?? k.identityPairs
        classifier = k
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(classifier.strongTypes, forKey: .strongTypes)
        try c.encode(classifier.strongLevel, forKey: .strongLevel)
        try c.encode(classifier.personTypes, forKey: .personTypes)
        try c.encode(classifier.personLevel, forKey: .personLevel)
        try c.encode(classifier.healthTypes, forKey: .healthTypes)
        try c.encode(classifier.healthLevel, forKey: .healthLevel)
        try c.encode(classifier.bulkThreshold, forKey: .bulkThreshold)
        try c.encode(classifier.bulkTypes, forKey: .bulkTypes)
        try c.encode(classifier.bulkLevel, forKey: .bulkLevel)
        try c.encode(classifier.identityPairs, forKey: .identityPairs)
    }
}
