/// The free-text headers of one header block, gathered to be scanned as one part when the block
/// ends (one scan per block instead of one per header), within ``HeaderScanText/maxBlockBytes``.
struct HeaderTextBuffer {
    /// The part path of the block ("" for the message's own headers).
    var path = ""
    /// Free-text values, one per line.
    private(set) var text = ""
    /// Display names of address headers, one header per line.
    private(set) var names = ""

    var isEmpty: Bool { text.isEmpty && names.isEmpty }

    /// Adds one header's text (to `names` for address headers), unless the block is full.
    mutating func add(_ value: String, names isNames: Bool) {
        guard text.utf8.count + names.utf8.count + value.utf8.count < HeaderScanText.maxBlockBytes else { return }
        if isNames { names += value + "\n" } else { text += value + "\n" }
    }
}
