/// Sentence centrality by power iteration over the TF-IDF cosine graph (continuous LexRank).
enum LexRank {
    /// Stationary scores of a damped random walk on the similarity graph, one per vector, scaled so
    /// the largest is 1. Zero vectors get only the teleport share. Complexity: O(n²) per article
    /// for the graph (n = sentence count) plus 40 iterations.
    static func scores(_ vectors: [SparseVector], damping: Double = 0.85) -> [Double] {
        let n = vectors.count
        guard n > 1 else { return Array(repeating: 1, count: n) }
        var sim = Array(repeating: 0.0, count: n * n)
        var rowSum = Array(repeating: 0.0, count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let s = vectors[i].dot(vectors[j])
                guard s > 0.02 else { continue }
                sim[i * n + j] = s
                sim[j * n + i] = s
                rowSum[i] += s
                rowSum[j] += s
            }
        }
        var rank = Array(repeating: 1.0 / Double(n), count: n)
        for _ in 0..<40 {
            var next = Array(repeating: (1 - damping) / Double(n), count: n)
            var dangling = 0.0
            for i in 0..<n {
                guard rowSum[i] > 0 else { dangling += rank[i]; continue }
                let share = damping * rank[i] / rowSum[i]
                for j in 0..<n where sim[i * n + j] > 0 { next[j] += share * sim[i * n + j] }
            }
            for j in 0..<n { next[j] += damping * dangling / Double(n) }
            rank = next
        }
        let top = rank.max() ?? 1
        return top > 0 ? rank.map { $0 / top } : rank
    }
}
