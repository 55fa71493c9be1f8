/// The `quarantine:` keys the quarantine commands read.
struct QuarantineSection: Codable, Sendable, Equatable {
    /// Name of the master.cf transport that encrypts (the `FILTER` target in milter_header_checks).
    /// A held message that carries the encryption header is released only when its queue file
    /// names this transport. Default: `encrypt`.
    var encryptTransport = "encrypt"
    /// Postfix configuration directory handed to postqueue/postsuper/postcat as `-c`; empty: the
    /// system default.
    var postfixConfig = ""

    enum CodingKeys: String, CodingKey { case encryptTransport = "encrypt_transport", postfixConfig = "postfix_config" }

    init() {}
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = QuarantineSection()
        encryptTransport = try c.decodeIfPresent(String.self, forKey: .encryptTransport) ?? d.encryptTransport
        postfixConfig = try c.decodeIfPresent(String.self, forKey: .postfixConfig) ?? d.postfixConfig
    }
}
