/// Average pairwise cosine of a set of article vectors, from the norm of their sum:
/// (|Σv|² − k) / (k(k − 1)) for k unit vectors. Complexity: O(total non-zeros · log).
enum TopicCohesion {
    static func cohesion(_ members: [Int], documents: [SparseVector]) -> Double {
        let k = Double(members.count)
        guard members.count > 1 else { return 0 }
        var sum: [Int32: Double] = [:]
        for m in members {
            for (i, id) in documents[m].ids.enumerated() { sum[id, default: 0] += documents[m].weights[i] }
        }
        let norm2 = sum.keys.sorted().reduce(0.0) { $0 + sum[$1]! * sum[$1]! }
        return (norm2 - k) / (k * (k - 1))
    }
}
