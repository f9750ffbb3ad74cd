/// Average pairwise cosine of a set of article vectors, from the norm of their sum:
/// (|Σv|² − k) / (k(k − 1)) for k unit vectors. Complexity: O(total non-zeros · log).
enum TopicCohesion {
    static func cohesion(_ members: [Int], documents: [SparseVector]) -> Double {
        var sum = DenseSum(dimension: DenseSum.dimension(of: documents))
        return cohesion(members, documents: documents, scratch: &sum)
    }

    /// `cohesion(_:documents:)` with a reusable sum (left cleared).
    static func cohesion(_ members: [Int], documents: [SparseVector], scratch sum: inout DenseSum) -> Double {
        let k = Double(members.count)
        guard members.count > 1 else { return 0 }
        for m in members { sum.add(documents[m]) }
        var norm2 = 0.0
        sum.drain { _, value in norm2 += value * value }
        return (norm2 - k) / (k * (k - 1))
    }
}
