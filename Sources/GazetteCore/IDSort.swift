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

/// A stable sort of 64-bit keys with a value moved along with each: a counting pass per key
/// byte, least significant first, skipping a byte that every key shares. Equal keys keep the
/// order their values came in.
public enum KeyedSort {
    public static func sort(keys: inout [UInt64], values: inout [Int32]) {
        precondition(keys.count == values.count, "one value per key")
        let n = keys.count
        guard n >= 64 else {
            let order = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
            (keys, values) = (order.map { keys[$0] }, order.map { values[$0] })
            return
        }
        var spareKeys = [UInt64](repeating: 0, count: n)
        var spareValues = [Int32](repeating: 0, count: n)
        var inSpare = false
        keys.withUnsafeMutableBufferPointer { ownKeys in
            values.withUnsafeMutableBufferPointer { ownValues in
                spareKeys.withUnsafeMutableBufferPointer { otherKeys in
                    spareValues.withUnsafeMutableBufferPointer { otherValues in
                        // Each pass reads one pair of buffers and fills the other.
                        var (sourceKeys, sourceValues) = (ownKeys, ownValues)
                        var (targetKeys, targetValues) = (otherKeys, otherValues)
                        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { starts in
                            for shift: UInt64 in stride(from: 0, to: 64, by: 8) {
                                starts.initialize(repeating: 0)
                                for key in sourceKeys { starts[Int(key >> shift & 0xFF)] += 1 }
                                if starts[Int(sourceKeys[0] >> shift & 0xFF)] == n { continue }
                                var total = 0
                                for digit in 0..<256 {
                                    let count = starts[digit]
                                    starts[digit] = total
                                    total += count
                                }
                                for i in 0..<n {
                                    let digit = Int(sourceKeys[i] >> shift & 0xFF)
                                    targetKeys[starts[digit]] = sourceKeys[i]
                                    targetValues[starts[digit]] = sourceValues[i]
                                    starts[digit] += 1
                                }
                                swap(&sourceKeys, &targetKeys)
                                swap(&sourceValues, &targetValues)
                                inSpare.toggle()
                            }
                        }
                    }
                }
            }
        }
        if inSpare { (keys, values) = (spareKeys, spareValues) }
    }
}
