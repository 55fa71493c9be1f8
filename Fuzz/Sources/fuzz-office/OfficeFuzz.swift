import FuzzSupport
@testable import PHIExtract

/// Office files through the Extractor: OOXML (docx, xlsx, pptx) and OpenDocument zips, their XML
/// parts, shared strings, styles, sheets and embedded documents. Input: a kind byte (bits 0-2 the
/// file name; bit 7 set: the rest is the file's raw bytes, else an `ArchiveRecipe` of zip entries),
/// a limits byte (`FuzzLimits.extract`), then the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func officeFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let kind = input.byte()
    let limits = FuzzLimits.extract(input.byte())
    let names: [String?] = ["a.docx", "a.xlsx", "a.pptx", "a.odt", "a.ods", "a.odp", "a.zip", nil]
    let filename = names[Int(kind & 7)]
    let bytes = kind & 0x80 != 0 ? input.rest() : ArchiveRecipe.build(&input, format: .zip).bytes
    _ = Extractor.extract(bytes, contentType: filename == nil ? "application/octet-stream" : "", filename: filename,
                          limits: limits)
    return 0
}
