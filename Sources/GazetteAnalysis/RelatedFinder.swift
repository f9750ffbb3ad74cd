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
    /// On bbc-dev (1,111 articles), the share of related stories in the article's category was
    /// 0.887 with 40 terms, 0.899 with 80, 0.913 with 160 and 0.916 with every term; 80 terms
    /// fill five-story lists for 1,075 articles where 40 filled 831. More terms reach commoner
    /// terms with longer posting lists: on the 50,000-article bench corpus `analyze` took
    /// 55-62 s with 40 terms, 62-76 s with 80 and 97-102 s with 160 (10,000: no difference at 80).
    var termsPerArticle = 80
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
        scored(documents: documents, group: group, previous: nil).lists.map { $0.map { Int($0.article) } }
    }

    /// `related(documents:group:)`, and the lists with their scores for the next build. With
    /// `previous` (the last build's), only the articles whose vectors changed, and those whose old
    /// lists named an article that changed or went, are queried; the others' lists are their old
    /// ones with the changed articles' new scores merged in. The result is the same.
    /// - Parameter keys: each article's vector hash (`TopicMemo.documents`).
    func related(documents: [SparseVector], group: [Int], keys: [Hash128], previous: RelatedLists?)
        -> (related: [[Int]], lists: RelatedLists, reused: Int) {
        let settings = settings(exact: documents.count <= exactUpTo)
        let reuse = previous.flatMap { old in old.plan(settings: settings, keys: keys, group: group).map { ($0, old) } }
        let (lists, reused) = scored(documents: documents, group: group, previous: reuse)
        return (lists.map { $0.map { Int($0.article) } },
                RelatedLists(settings: settings, keys: keys, group: group.map { Int32($0) }, lists: lists), reused)
    }

    /// What the lists depend on besides the vectors and groups.
    private func settings(exact: Bool) -> Hash128 {
        var hasher = Hasher128()
        hasher.add("related 1")
        for value in [UInt64(count), UInt64(termsPerArticle), UInt64(exactUpTo), exact ? 1 : 0,
                      minimumSimilarity.bitPattern, minimumExactSimilarity.bitPattern] { hasher.add(value) }
        return hasher.hash
    }

    private func scored(documents: [SparseVector], group: [Int], previous: (plan: RelatedLists.Plan, lists: RelatedLists)?)
        -> (lists: [[RelatedLists.Entry]], reused: Int) {
        guard count > 0, documents.count > 1 else { return (Array(repeating: [], count: documents.count), 0) }
        let exact = documents.count <= exactUpTo
        let keep = exact ? Int.max : termsPerArticle
        let floor = exact ? minimumExactSimilarity : minimumSimilarity
        let pruned = Concurrent.map(documents.count) { documents[$0].top(keep) }
        let index = Postings(pruned)
        let chunk = 256
        // Every article is queried unless the old lists are reused; past a quarter of the corpus
        // changed (a new corpus size moves every IDF), querying all is as quick.
        guard let (plan, old) = previous, plan.changed <= documents.count / 4 else {
            let chunks = (documents.count + chunk - 1) / chunk
            let results = Concurrent.map(chunks) { c -> [[RelatedLists.Entry]] in
                var scores = SparseTally<Double>(count: documents.count)
                return ((c * chunk)..<min(documents.count, (c + 1) * chunk)).map { a in
                    list(a, pruned[a], index: index, group: group, floor: floor, scores: &scores) { _, _ in }
                }
            }
            return (results.flatMap { $0 }, 0)
        }
        // Queried articles, with the pairs a changed article's query finds for the others.
        let queried = plan.query.indices.filter { plan.query[$0] }
        let answers = Concurrent.map(queried.count, state: { SparseTally<Double>(count: documents.count) }) { scores, k in
            let a = queried[k]
            var reverse: [(Int, RelatedLists.Entry)] = []
            let changed = plan.before[a] < 0, canonical = group[a] == a
            let list = list(a, pruned[a], index: index, group: group, floor: floor, scores: &scores) { b, score in
                // `a` enters `b`'s list on the same terms as `b` enters `a`'s.
                if changed, canonical, group[b] != group[a], score >= floor {
                    reverse.append((b, RelatedLists.Entry(article: Int32(a), score: score)))
                }
            }
            return (list, reverse)
        }
        var offered: [Int: [RelatedLists.Entry]] = [:]
        for answer in answers {
            for (b, entry) in answer.1 where !plan.query[b] { offered[b, default: []].append(entry) }
        }
        var lists = Array(repeating: [RelatedLists.Entry](), count: documents.count)
        for (k, a) in queried.enumerated() { lists[a] = answers[k].0 }
        let merged = Concurrent.map(documents.count) { [offered] a -> [RelatedLists.Entry] in
            guard !plan.query[a] else { return [] }
            let kept = old.lists[Int(plan.before[a])].map { RelatedLists.Entry(article: plan.now[Int($0.article)], score: $0.score) }
            guard let new = offered[a] else { return kept }
            return Self.best(kept + new, count)
        }
        for a in lists.indices where !plan.query[a] { lists[a] = merged[a] }
        return (lists, documents.count - queried.count)
    }

    /// Article `a`'s list, best first; `visit` sees every article sharing a term with it and the
    /// score. `scores` is scratch space per worker, left all zero.
    private func list(
        _ a: Int, _ vector: SparseVector, index: Postings, group: [Int],
        floor: Double, scores: inout SparseTally<Double>, visit: (Int, Double) -> Void
    ) -> [RelatedLists.Entry] {
        for (k, id) in vector.ids.enumerated() {
            index.forEach(id) { b, weight in scores.add(vector.weights[k] * weight, at: b) }
        }
        var hits: [RelatedLists.Entry] = []
        scores.drain { b, score in
            guard b != a else { return }
            visit(b, score)
            // One article per group: the group's canonical member, so two copies or versions of
            // one story never both fill the list (the others are reached from its page).
            if group[b] != group[a], group[b] == b, score >= floor { hits.append(RelatedLists.Entry(article: Int32(b), score: score)) }
        }
        return Self.best(hits, count)
    }

    /// The `count` best entries: by score descending, then by index.
    private static func best(_ entries: [RelatedLists.Entry], _ count: Int) -> [RelatedLists.Entry] {
        entries.sortedPrefix(count) { $0.score != $1.score ? $0.score > $1.score : $0.article < $1.article }
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
