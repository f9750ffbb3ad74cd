import Foundation
import GazetteCore

/// A sparse vector over term ids, entries sorted by ascending id with unique ids.
struct SparseVector: Sendable, Hashable {
    var ids: [Int32]
    var weights: [Double]

    static let empty = SparseVector(ids: [], weights: [])

    var isEmpty: Bool { ids.isEmpty }

    /// A TF-IDF vector, sublinear in term frequency and L2-normalised, from term ids in any order.
    init(terms: [Int32], idf: [Double]) {
        var sorted = terms
        sorted.sortIDs()
        var ids: [Int32] = []
        var weights: [Double] = []
        var k = 0
        while k < sorted.count {
            var e = k
            while e < sorted.count, sorted[e] == sorted[k] { e += 1 }
            ids.append(sorted[k])
            weights.append(Self.weight(count: e - k, idf: idf[Int(sorted[k])]))
            k = e
        }
        sorted.removeAll()
        self.init(ids: ids, weights: weights)
        normalize()
    }

    /// A term's weight before normalising: sublinear in how often the text uses it.
    @inline(__always)
    static func weight(count: Int, idf: Double) -> Double {
        (1 + Foundation.log(Double(count))) * idf
    }

    /// `init(terms:idf:)` counting each id in `counts` (as long as `idf`, all zero, and left so)
    /// instead of sorting every use: only the distinct ids are sorted. The same vector.
    init(terms: [Int32], idf: [Double], counts: inout [Int32]) {
        var ids: [Int32] = []
        for id in terms {
            if counts[Int(id)] == 0 { ids.append(id) }
            counts[Int(id)] += 1
        }
        ids.sortIDs()
        var weights: [Double] = []
        weights.reserveCapacity(ids.count)
        for id in ids {
            weights.append(Self.weight(count: Int(counts[Int(id)]), idf: idf[Int(id)]))
            counts[Int(id)] = 0
        }
        self.init(ids: ids, weights: weights)
        normalize()
    }

    init(ids: [Int32], weights: [Double]) {
        self.ids = ids
        self.weights = weights
    }

    mutating func normalize() {
        let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return }
        for k in weights.indices { weights[k] /= norm }
    }

    /// Dot product over the common ids in ascending id order. Lists of similar length are
    /// merged, O(m + n); when one is far longer (a topic centroid against an article), each id
    /// of the shorter one is found by galloping search in the longer, O(m log(n / m)). Both add
    /// the same products in the same order, so the sums are identical.
    func dot(_ other: SparseVector) -> Double {
        let m = ids.count, n = other.ids.count
        guard m > 0, n > 0 else { return 0 }
        return ids.withUnsafeBufferPointer { ai in
            weights.withUnsafeBufferPointer { aw in
                other.ids.withUnsafeBufferPointer { bi in
                    other.weights.withUnsafeBufferPointer { bw in
                        if m * 8 < n { return Self.skewed(short: ai, aw, long: bi, bw, shortFirst: true) }
                        if n * 8 < m { return Self.skewed(short: bi, bw, long: ai, aw, shortFirst: false) }
                        var a = 0, b = 0, sum = 0.0
                        while a < m, b < n {
                            let x = ai[a], y = bi[b]
                            if x == y {
                                sum += aw[a] * bw[b]
                                a += 1; b += 1
                            } else if x < y { a += 1 } else { b += 1 }
                        }
                        return sum
                    }
                }
            }
        }
    }

    /// The common-id products of a short and a long list, found by galloping search.
    /// `shortFirst` keeps the factors in `self`-then-`other` order.
    @inline(__always)
    private static func skewed(
        short si: UnsafeBufferPointer<Int32>, _ sw: UnsafeBufferPointer<Double>,
        long li: UnsafeBufferPointer<Int32>, _ lw: UnsafeBufferPointer<Double>, shortFirst: Bool
    ) -> Double {
        var sum = 0.0
        var lo = 0
        let n = li.count
        for k in 0..<si.count {
            let id = si[k]
            // Gallop to a window [lo, hi) whose end is past `id`, then binary search in it.
            var step = 1, hi = lo
            while hi < n, li[hi] < id { lo = hi + 1; hi += step; step <<= 1 }
            hi = min(hi + 1, n)
            while lo < hi {
                let mid = (lo + hi) >> 1
                if li[mid] < id { lo = mid + 1 } else { hi = mid }
            }
            if lo == n { break }
            if li[lo] == id {
                sum += shortFirst ? sw[k] * lw[lo] : lw[lo] * sw[k]
                lo += 1
            }
        }
        return sum
    }

    /// The `count` heaviest entries (ties broken by lower id), still sorted by id.
    ///
    /// The `count`-th heaviest weight is found by selection, in time linear in the entries; every
    /// heavier entry is kept, and of those exactly that heavy the first by id, until `count`.
    /// Ids ascend, so one pass in order keeps them sorted.
    func top(_ count: Int) -> SparseVector {
        guard ids.count > count else { return self }
        guard count > 0 else { return SparseVector(ids: [], weights: []) }
        var scratch = weights
        let threshold = scratch.withUnsafeMutableBufferPointer { Self.select(count - 1, heaviestIn: $0) }
        // NaN orders with nothing: such a vector keeps the comparison's order (never met in
        // practice), and so does one whose weights keep the selection from narrowing quickly.
        guard let threshold else { return topBySorting(count) }
        var ties = count - weights.count(where: { $0 > threshold })
        var keptIDs: [Int32] = [], keptWeights: [Double] = []
        keptIDs.reserveCapacity(count)
        keptWeights.reserveCapacity(count)
        for (k, weight) in weights.enumerated() where weight >= threshold {
            if weight == threshold {
                guard ties > 0 else { continue }
                ties -= 1
            }
            keptIDs.append(ids[k])
            keptWeights.append(weight)
        }
        return SparseVector(ids: keptIDs, weights: keptWeights)
    }

    /// `top(_:)` by comparing entries (weight, then id), for vectors with a NaN weight; also
    /// what tests check `top(_:)` against.
    func topBySorting(_ count: Int) -> SparseVector {
        guard ids.count > count else { return self }
        let kept = ids.indices.sortedPrefix(count) { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : ids[$0] < ids[$1] }
            .sorted()
        return SparseVector(ids: kept.map { ids[$0] }, weights: kept.map { weights[$0] })
    }

    /// The value at position `k` of `values` sorted heaviest first (Hoare's selection; `values`
    /// is reordered), or `nil` when a value is NaN or after `rounds` partitions. By default that
    /// is 4 log2 n + 16, well past the about 2.4 log2 n that weights in any plain order need, so
    /// a crafted article cannot make the selection quadratic: `top` then compares entries
    /// instead, in time linear in them.
    static func select(_ k: Int, heaviestIn values: UnsafeMutableBufferPointer<Double>, rounds: Int? = nil) -> Double? {
        guard !values.contains(where: \.isNaN) else { return nil }
        var low = 0, high = values.count - 1
        var left = rounds ?? 4 * (Int.bitWidth - values.count.leadingZeroBitCount) + 16
        while low < high {
            guard left > 0 else { return nil }
            left -= 1
            let pivot = values[low + (high - low) / 2]
            var i = low, j = high
            while i <= j {
                while values[i] > pivot { i += 1 }
                while values[j] < pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Now values[low...j] >= pivot >= values[i...high], and values[j+1..<i] == pivot.
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return values[k]
            }
        }
        return values[k]
    }
}
