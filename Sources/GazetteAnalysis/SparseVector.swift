import Foundation

/// A sparse vector over term ids, entries sorted by ascending id with unique ids.
struct SparseVector: Sendable, Hashable {
    var ids: [Int32]
    var weights: [Double]

    static let empty = SparseVector(ids: [], weights: [])

    var isEmpty: Bool { ids.isEmpty }

    /// A TF-IDF vector, sublinear in term frequency and L2-normalised, from term ids in any order.
    init(terms: [Int32], idf: [Double]) {
        var sorted = terms.sorted()
        var ids: [Int32] = []
        var weights: [Double] = []
        var k = 0
        while k < sorted.count {
            var e = k
            while e < sorted.count, sorted[e] == sorted[k] { e += 1 }
            ids.append(sorted[k])
            weights.append((1 + Foundation.log(Double(e - k))) * idf[Int(sorted[k])])
            k = e
        }
        sorted.removeAll()
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

    /// Dot product by merging the two sorted id lists. Complexity: O(m + n).
    func dot(_ other: SparseVector) -> Double {
        var a = 0, b = 0, sum = 0.0
        while a < ids.count, b < other.ids.count {
            if ids[a] == other.ids[b] {
                sum += weights[a] * other.weights[b]
                a += 1; b += 1
            } else if ids[a] < other.ids[b] { a += 1 } else { b += 1 }
        }
        return sum
    }

    /// The `count` heaviest entries (ties broken by lower id), still sorted by id.
    func top(_ count: Int) -> SparseVector {
        guard ids.count > count else { return self }
        let order = ids.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : ids[$0] < ids[$1] }
        let kept = order.prefix(count).sorted()
        return SparseVector(ids: kept.map { ids[$0] }, weights: kept.map { weights[$0] })
    }
}
