import FuzzSupport
@testable import PHIMIME

/// Header text: raw 8-bit bytes to text, RFC 2047 encoded words, charset names and conversion.
/// Input: a charset label field, then the header value.
@_cdecl("LLVMFuzzerTestOneInput")
public func headerTextFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let charset = input.string()
    let value = input.rest()
    let text = HeaderText.string(value)
    _ = HeaderText.decodeEncodedWords(text)
    _ = HeaderText.canonicalCharset(charset)
    _ = HeaderText.toUTF8(value, charset: charset)
    return 0
}
