extension Sequence {
    /// `sorted(by:).prefix(count)` as an array, without sorting the rest: each element is
    /// compared with the worst one kept and, when better, inserted in place. Stable like
    /// `sorted(by:)`: of equal elements, the earlier comes first, and a later one never displaces it.
    /// Worth it when `count` is small next to the sequence.
    @inlinable
    public func sortedPrefix(_ count: Int, by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element] {
        guard count > 0 else { return [] }
        var kept: [Element] = []
        kept.reserveCapacity(Swift.min(count, underestimatedCount) + 1)
        for element in self {
            if kept.count == count {
                guard try areInIncreasingOrder(element, kept[count - 1]) else { continue }
                kept.removeLast()
            }
            // After every kept element it is not better than (equal ones stay first).
            var place = kept.count
            while place > 0, try areInIncreasingOrder(element, kept[place - 1]) { place -= 1 }
            kept.insert(element, at: place)
        }
        return kept
    }
}
