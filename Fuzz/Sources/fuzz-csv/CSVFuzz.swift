import FuzzSupport
@testable import PHIExtract

/// CSV/TSV: delimiter sniffing, RFC 4180 quoting, and the rendering of rows with their header
/// (`TableText`). Input: a delimiter byte (sniffed, `,` `;` TAB `|`, or the byte after it), a
/// row-limit byte (0: none), then the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let choice = input.byte()
    let delimiter: UInt8? = switch choice % 6 {
    case 0: nil
    case 1: UInt8(ascii: ",")
    case 2: UInt8(ascii: ";")
    case 3: 0x09
    case 4: UInt8(ascii: "|")
    default: input.byte()
    }
    let limit = Int(input.byte())
    let text = String(decoding: input.rest(), as: UTF8.self)
    let rows = DelimitedText.parse(text, delimiter: delimiter, maxRows: limit == 0 ? 1_000_000 : limit)
    if limit > 0 && rows.count > limit { FuzzCheck.fail("CSV rows past maxRows") }
    _ = TableText.render(rows)
    for row in rows.prefix(4) { _ = TableText.looksLikeHeader(row) }
    return 0
}
