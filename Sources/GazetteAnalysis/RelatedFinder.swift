import GazetteCore

/// Top-k related articles by TF-IDF cosine, through an inverted index of each article's heaviest
/// terms (never an all-pairs loop).
///
/// Each article is indexed and queried by its `termsPerArticle` heaviest terms, so a query costs
/// the total length of at most that many posting lists. Results are sorted by similarity
/// descending, then by index ascending; the article itself and its duplicate group are excluded,
/// and another group appears only through its canonical article.
struct RelatedFinder: Sendable {
    var count: Int
    var termsPerArticle = 40
    /// Up to this many articles every term is indexed (exact cosine, still cheap): in a small
    /// corpus an article's heaviest terms are the ones no other article has, so pruning would
    /// hide every neighbour.
    var exactUpTo = 256
    /// Similarities below this are not worth showing (measured on the pruned vectors).
    var minimumSimilarity = 0.05
    /// The same floor for exact cosine over all terms, whose values run lower because every
    /// article's unshared terms count too (same-subject articles score 0.02-0.1, unrelated ones
    /// under 0.01 in the tests' fixtures).
    var minimumExactSimilarity = 0.015

    /// - Parameter group: the canonical index of each article (itself when not a duplicate).
    func related(documents: [SparseVector], group: [Int]) -> [[Int]] {
        guard count > 0, documents.count > 1 else { return Array(repeating: [], count: documents.count) }
        let exact = documents.count <= exactUpTo
        let keep = exact ? Int.max : termsPerArticle
        let floor = exact ? minimumExactSimilarity : minimumSimilarity
        let pruned = Concurrent.map(documents.count) { documents[$0].top(keep) }
        let index = Postings(pruned)
        let chunk = 256
        let chunks = (documents.count + chunk - 1) / chunk
        let results = Concurrent.map(chunks) { c -> [[Int]] in
            var accumulator = Array(repeating: 0.0, count: documents.count)
            var touched: [Int] = []
            return ((c * chunk)..<min(documents.count, (c + 1) * chunk)).map { a in
                query(a, pruned[a], index: index, group: group, floor: floor, accumulator: &accumulator, touched: &touched)
            }
        }
        return results.flatMap { $0 }
    }

    private func query(
        _ a: Int, _ vector: SparseVector, index: Postings, group: [Int],
        floor: Double, accumulator: inout [Double], touched: inout [Int]
    ) -> [Int] {
        for (k, id) in vector.ids.enumerated() {
            index.forEach(id) { b, weight in
                if accumulator[b] == 0 { touched.append(b) }
                accumulator[b] += vector.weights[k] * weight
            }
        }
        var hits: [(Int, Double)] = []
        for b in touched {
            // One article per group: the group's canonical member, so two copies or versions of
            // one story never both fill the list (the others are reached from its page).
            if group[b] != group[a], group[b] == b, accumulator[b] >= floor { hits.append((b, accumulator[b])) }
            accumulator[b] = 0
        }
        touched.removeAll(keepingCapacity: true)
        return hits.sortedPrefix(count) { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
    }
}

/// Each term's postings (the articles indexing it, ascending, with the term's weight there) in
/// flat arrays, found by the term id: no hashing and no list retained per look-up.
struct Postings: Sendable {
    /// Postings of term `t` are at `starts[t]..<starts[t + 1]`.
    private var starts: [Int32]
    private var articles: [Int32]
    private var weights: [Double]

    init(_ vectors: [SparseVector]) {
        let dimension = DenseSum.dimension(of: vectors)
        var starts = [Int32](repeating: 0, count: dimension + 1)
        for vector in vectors { for id in vector.ids { starts[Int(id) + 1] += 1 } }
        for t in 0..<dimension { starts[t + 1] += starts[t] }
        var next = starts
        var articles = [Int32](repeating: 0, count: Int(starts[dimension]))
        var weights = [Double](repeating: 0, count: Int(starts[dimension]))
        for (a, vector) in vectors.enumerated() {
            for (k, id) in vector.ids.enumerated() {
                let slot = Int(next[Int(id)])
                articles[slot] = Int32(a)
                weights[slot] = vector.weights[k]
                next[Int(id)] += 1
            }
        }
        (self.starts, self.articles, self.weights) = (starts, articles, weights)
    }

    /// Calls `body` with each article indexing term `id` and the term's weight there, by article.
    @inline(__always)
    func forEach(_ id: Int32, _ body: (Int, Double) -> Void) {
        guard Int(id) + 1 < starts.count else { return }
        for slot in Int(starts[Int(id)])..<Int(starts[Int(id) + 1]) { body(Int(articles[slot]), weights[slot]) }
    }
}
