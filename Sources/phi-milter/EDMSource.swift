/// One `edm:` entry of the configuration: a roster built by `edm build` and its key file.
struct EDMSource: Codable, Sendable, Equatable {
    var file: String
    var keyFile: String

    enum CodingKeys: String, CodingKey { case file, keyFile = "key_file" }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(file: String, keyFile: String) {
        self.file = file
        self.keyFile = keyFile
    }

    init(from decoder: any Decoder) throws {
        // An unknown key (a typo of key_file) is refused, naming it.
        let any = try decoder.container(keyedBy: AnyKey.self)
        if let unknown = any.allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil }) {
            throw DecodingError.dataCorrupted(.init(codingPath: any.codingPath + [unknown], debugDescription: "unknown key"))
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        keyFile = try c.decode(String.self, forKey: .keyFile)
    }
}
