/// A sum of sparse vectors in a dense array, for centroids and cohesion: adding a vector costs its
/// entries, with no hashing. Entries are added in the order the vectors come, so every id's sum is
/// the same as a dictionary's would be; `drain` reads them by ascending id and clears them.
struct DenseSum {
    private var values: [Double]
    private var touched: [Int32] = []
    /// One bit per id, all clear between uses: a long list of touched ids is put in order by
    /// marking them here and reading the marks back, instead of by sorting.
    private var marks: [UInt64]

    /// - Parameter dimension: one more than the largest term id any added vector may hold.
    init(dimension: Int) {
        values = Array(repeating: 0, count: dimension)
        marks = Array(repeating: 0, count: (dimension + 63) / 64)
    }

    /// The dimension the vectors of `documents` need.
    static func dimension(of documents: [SparseVector]) -> Int {
        documents.reduce(0) { max($0, Int($1.ids.last ?? -1) + 1) }
    }

    mutating func add(_ vector: SparseVector) {
        values.withUnsafeMutableBufferPointer { v in
            for (k, id) in vector.ids.enumerated() {
                if v[Int(id)] == 0 { touched.append(id) }
                v[Int(id)] += vector.weights[k]
            }
        }
    }

    /// Scales the sums to unit length (squares summed by ascending id), keeping them for `dot`.
    mutating func normalize() {
        sortTouched()
        var norm2 = 0.0
        for id in touched { norm2 += values[Int(id)] * values[Int(id)] }
        let norm = norm2.squareRoot()
        guard norm > 0 else { return }
        for id in touched { values[Int(id)] /= norm }
    }

    /// The dot product of `vector` with the sums: the products of `vector`'s entries, by
    /// ascending id, as `SparseVector.dot` adds them.
    ///
    /// Every entry's product is added, without a branch on whether the sum is zero there (a
    /// branch the processor mispredicts about half the time, in topic expansion's inner loop).
    /// The total is the same: it starts at +0 and, with finite weights, never becomes -0, and
    /// adding a product of zero (+0 or -0) to anything but -0 leaves it unchanged.
    func dot(_ vector: SparseVector) -> Double {
        var total = 0.0
        values.withUnsafeBufferPointer { v in
            for (k, id) in vector.ids.enumerated() where Int(id) < v.count {
                total += vector.weights[k] * v[Int(id)]
            }
        }
        return total
    }

    /// `(dot(a), dot(b))`, worked out in one loop: each total still adds its own products in its
    /// own order (so both equal `dot`'s), but the two chains of additions and the two vectors'
    /// loads overlap, where one dot product waits on each addition in turn.
    func dot(_ a: SparseVector, _ b: SparseVector) -> (Double, Double) {
        var totalA = 0.0, totalB = 0.0
        values.withUnsafeBufferPointer { v in
            a.ids.withUnsafeBufferPointer { ai in
                a.weights.withUnsafeBufferPointer { aw in
                    b.ids.withUnsafeBufferPointer { bi in
                        b.weights.withUnsafeBufferPointer { bw in
                            precondition(ai.count == aw.count && bi.count == bw.count)
                            let shared = min(ai.count, bi.count)
                            for k in 0..<shared {
                                let x = Int(ai[k]), y = Int(bi[k])
                                if x < v.count { totalA += aw[k] * v[x] }
                                if y < v.count { totalB += bw[k] * v[y] }
                            }
                            for k in shared..<ai.count where Int(ai[k]) < v.count { totalA += aw[k] * v[Int(ai[k])] }
                            for k in shared..<bi.count where Int(bi[k]) < v.count { totalB += bw[k] * v[Int(bi[k])] }
                        }
                    }
                }
            }
        }
        return (totalA, totalB)
    }

    /// Resets every sum to zero.
    mutating func clear() {
        for id in touched { values[Int(id)] = 0 }
        touched.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with each non-zero id and its sum, by ascending id, then resets to zero.
    mutating func drain(_ body: (Int32, Double) -> Void) {
        sortTouched()
        for id in touched {
            body(id, values[Int(id)])
            values[Int(id)] = 0
        }
        touched.removeAll(keepingCapacity: true)
    }

    /// Sorts the touched ids and drops repeats (an id whose sum came back to zero is touched again).
    /// Sorting `n` ids costs about `n log n` steps and reading the marks back `dimension / 64 + n`,
    /// so long lists (the centroid of a large topic) are ordered through the marks.
    private mutating func sortTouched() {
        let n = touched.count
        guard n > 1 else { return }
        if n * (Int.bitWidth - n.leadingZeroBitCount) < marks.count {
            touched.sortRemovingRepeats()
            return
        }
        marks.withUnsafeMutableBufferPointer { marks in
            for id in touched { marks[Int(id) >> 6] |= 1 << UInt64(id & 63) }
            touched.removeAll(keepingCapacity: true)
            for w in marks.indices where marks[w] != 0 {
                var word = marks[w]
                marks[w] = 0
                while word != 0 {
                    touched.append(Int32(w << 6 | word.trailingZeroBitCount))
                    word &= word - 1
                }
            }
        }
    }
}

extension Array where Element == Int32 {
    /// Sorts in place and keeps one of each run of equal elements.
    mutating func sortRemovingRepeats() {
        sortIDs()
        var kept = 0
        for k in indices where k == 0 || self[k] != self[k - 1] {
            self[kept] = self[k]
            kept += 1
        }
        removeLast(count - kept)
    }
}
