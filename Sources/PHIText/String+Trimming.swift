extension StringProtocol {
    /// This text without leading and trailing characters from `set` (no Foundation needed).
    public func trimming(_ set: String) -> String {
        let drop = Set(set)
        var s = Substring(self)
        while let f = s.first, drop.contains(f) { s.removeFirst() }
        while let l = s.last, drop.contains(l) { s.removeLast() }
        return String(s)
    }
}
