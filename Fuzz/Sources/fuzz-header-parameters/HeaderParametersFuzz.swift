import FuzzSupport
@testable import PHIMIME

/// Structured header values (Content-Type, Content-Disposition): parameters, quoting, comments,
/// RFC 2231 continuations, charsets and percent-encoding. Input: the raw header value.
@_cdecl("LLVMFuzzerTestOneInput")
public func headerParametersFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let raw = HeaderText.string(input.rest())
    let parsed = HeaderParameters(raw)
    // What the walker does next with the result: the file name's encoded words.
    if let name = parsed.parameters["filename"] ?? parsed.parameters["name"] {
        _ = HeaderText.decodeEncodedWords(name)
    }
    return 0
}
