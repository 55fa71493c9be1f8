/// The header block being read: the header being unfolded and the fields that shape the part.
struct HeaderBlock {
    var context: EntityContext
    /// The current header ("Name: value" with folds joined), not yet complete.
    var current: [UInt8] = []
    /// Bytes of the block so far.
    var bytes = 0
    /// True once the block passed `maxHeaderBytes`: further lines are skipped.
    var overflow = false
    /// True once a line of this block was cut at `maxLineBytes`.
    var lineCut = false
    /// Lines seen so far.
    var lines = 0
    var contentType: String?
    var disposition: String?
    var transferEncoding: String?

    init(context: EntityContext) {
        self.context = context
    }

    /// True when `line` looks like "Name: value" (printable name, optional spaces before ":").
    static func isHeaderLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex else { return false }
        var end = colon
        while end > line.startIndex && (line[end - 1] == 0x20 || line[end - 1] == 0x09) { end -= 1 }
        guard end > line.startIndex else { return false }
        return line[line.startIndex..<end].allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }
}
