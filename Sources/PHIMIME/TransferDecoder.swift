/// A streaming decoder for one Content-Transfer-Encoding (base64, quoted-printable).
protocol TransferDecoder {
    /// The problem code reported when the input was malformed.
    static var problemCode: String { get }
    /// True once malformed input was seen (decoding went on as far as it could).
    var sawBadInput: Bool { get }
    /// Decodes the next chunk, appending to `out`.
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8])
    /// Flushes what a truncated end left pending.
    mutating func finish(into out: inout [UInt8])
}

extension Base64Decoder: TransferDecoder {
    static let problemCode = "mime.bad_base64"
}

extension QuotedPrintableDecoder: TransferDecoder {
    static let problemCode = "mime.bad_quoted_printable"
}
