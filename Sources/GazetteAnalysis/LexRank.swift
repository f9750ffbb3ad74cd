/// Sentence centrality by power iteration over the TF-IDF cosine graph (continuous LexRank).
enum LexRank {
    /// Stationary scores of a damped random walk on the similarity graph, one per vector, scaled so
    /// the largest is 1. Zero vectors get only the teleport share. Complexity: O(n²) per article
    /// for the graph (n = sentence count) plus 40 passes over its non-zero entries.
    static func scores(_ vectors: [SparseVector], damping: Double = 0.85) -> [Double] {
        var scratch = DenseSum(dimension: DenseSum.dimension(of: vectors))
        return scores(vectors, damping: damping, scratch: &scratch)
    }

    /// `scores(_:damping:)` with a reusable dense sum as long as the vectors' ids need (left
    /// cleared). Sentence `i` is spread out in it once, and each later sentence's similarity is
    /// then its entries' look-ups there: `SparseVector.dot`'s products, added in the same order.
    static func scores(_ vectors: [SparseVector], damping: Double = 0.85, scratch dense: inout DenseSum) -> [Double] {
        let n = vectors.count
        guard n > 1 else { return Array(repeating: 1, count: n) }
        var sim = Array(repeating: 0.0, count: n * n)
        var rowSum = Array(repeating: 0.0, count: n)
        for i in 0..<n {
            dense.add(vectors[i])
            defer { dense.clear() }
            for j in (i + 1)..<n {
                let s = dense.dot(vectors[j])
                guard s > 0.02 else { continue }
                sim[i * n + j] = s
                sim[j * n + i] = s
                rowSum[i] += s
                rowSum[j] += s
            }
        }
        // Each row's non-zero entries: the walk visits only these. Every score still gets one
        // addition per row, rows in order, as when the walk went through every entry.
        var columns: [Int32] = [], weights: [Double] = [], rowStart = [0]
        for i in 0..<n {
            for j in 0..<n where sim[i * n + j] > 0 {
                columns.append(Int32(j))
                weights.append(sim[i * n + j])
            }
            rowStart.append(columns.count)
        }
        sim = []
        var rank = Array(repeating: 1.0 / Double(n), count: n)
        for _ in 0..<40 {
            var next = Array(repeating: (1 - damping) / Double(n), count: n)
            var dangling = 0.0
            for i in 0..<n {
                guard rowSum[i] > 0 else { dangling += rank[i]; continue }
                let share = damping * rank[i] / rowSum[i]
                for k in rowStart[i]..<rowStart[i + 1] { next[Int(columns[k])] += share * weights[k] }
            }
            for j in 0..<n { next[j] += damping * dangling / Double(n) }
            rank = next
        }
        let top = rank.max() ?? 1
        return top > 0 ? rank.map { $0 / top } : rank
    }
}
