import FuzzSupport
@testable import PHIExtract

/// RTF to text: groups, destinations, control words and their numeric parameters, `\'hh`, `\uN`.
/// Input: the document.
@_cdecl("LLVMFuzzerTestOneInput")
public func rtfFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    _ = RTFText.text(of: input.rest())
    return 0
}
