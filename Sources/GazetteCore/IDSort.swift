extension Array where Element == Int32 {
    /// Sorts ascending, like `sort()`, by radix when the list is long enough to gain: a counting
    /// pass per byte, least significant first, and only as many bytes as the largest value has.
    /// Term ids (never negative) of a document come a few hundred at a time, and `sort()` took
    /// half the time of building the corpus's document vectors. A list holding a negative value,
    /// or a short one, is left to `sort()`.
    public mutating func sortIDs() {
        guard count >= 64 else {
            sort()
            return
        }
        var largest: Int32 = 0
        for value in self {
            if value < 0 {
                sort()
                return
            }
            largest = Swift.max(largest, value)
        }
        let n = count
        var spare = [Int32](repeating: 0, count: n)
        var inSpare = false
        withUnsafeMutableBufferPointer { own in
            spare.withUnsafeMutableBufferPointer { other in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { starts in
                    var shift: Int32 = 0
                    repeat {
                        let source = inSpare ? other : own, target = inSpare ? own : other
                        starts.initialize(repeating: 0)
                        for value in source { starts[Int(value >> shift & 0xFF)] += 1 }
                        var total = 0
                        for digit in 0..<256 {
                            let count = starts[digit]
                            starts[digit] = total
                            total += count
                        }
                        for value in source {
                            let digit = Int(value >> shift & 0xFF)
                            target[starts[digit]] = value
                            starts[digit] += 1
                        }
                        inSpare.toggle()
                        shift += 8
                    } while shift < 32 && largest >> shift > 0
                }
            }
        }
        if inSpare { self = spare }
    }
}
