extension Array {
    /// The first index whose element does not satisfy `isBefore` (elements must be partitioned by it).
    @inline(__always)
    func lowerBound(where isBefore: (Element) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
