import GazetteCore

/// Completes selected topics with every canonical article that mentions them (under any merged
/// form) and sits close to the topic's centroid, so that a story mentioning "Chelsea" in passing
/// stays out while one about Chelsea that ranked it ninth joins.
struct TopicExpander: Sendable {
    /// A newcomer's cosine with the centroid must reach `joinShare` of the members' mean cosine.
    var settings = TopicSettings()

    /// - Parameter mentions: article `a`'s hashed topic keys with their strengths (empty for
    ///   duplicates), asked for once per article; a topic is found under the hash of each of its
    ///   aliases. `documents` has one vector per article.
    /// - Returns: the topics with members added, article lists ascending.
    func expand(_ topics: [TopicCandidate], mentions: @Sendable (_ a: Int) -> MentionList,
                documents: [SparseVector]) -> [TopicCandidate] {
        var byAlias: [UInt64: [Int]] = [:]
        for (t, topic) in topics.enumerated() {
            for alias in topic.aliases { byAlias[FNV1a.hash(alias.utf8), default: []].append(t) }
        }
        let index = byAlias
        // Per article, the topics it mentions but does not belong to, with the summed strength.
        let offers = Concurrent.map(documents.count) { a -> [(topic: Int, strength: Int)] in
            var found: [Int: Int] = [:]
            let list = mentions(a)
            for i in 0..<list.count {
                for t in index[list.keys[i]] ?? [] { found[t, default: 0] += Int(list.strength(at: i)) }
            }
            return found.keys.sorted().compactMap { t in
                Self.contains(topics[t].articles, a) ? nil : (t, found[t]!)
            }
        }
        var byTopic = Array(repeating: [(article: Int, strength: Int)](), count: topics.count)
        for (a, list) in offers.enumerated() { for o in list { byTopic[o.topic].append((a, o.strength)) } }
        let pending = byTopic
        // Per topic, the centroid (normalised sum of the members' vectors) is held densely, so
        // each cosine costs the article's entries; the members' mean cosine sets the bar.
        let share = settings.joinShare
        let dimension = DenseSum.dimension(of: documents)
        let joins = Concurrent.map(topics.count, state: { DenseSum(dimension: dimension) }) { centroid, t in
            guard !pending[t].isEmpty else { return [(article: Int, strength: Int)]() }
            defer { centroid.clear() }
            for m in topics[t].articles { centroid.add(documents[m]) }
            centroid.normalize()
            let bar = topics[t].articles.reduce(0.0) { $0 + centroid.dot(documents[$1]) } / Double(topics[t].articles.count)
            // Two articles at a time (`dot(_:_:)`), each with the single dot product's total.
            let tried = pending[t]
            var joining: [(article: Int, strength: Int)] = []
            var k = 0
            while k + 1 < tried.count {
                let (first, second) = centroid.dot(documents[tried[k].article], documents[tried[k + 1].article])
                if first >= share * bar { joining.append(tried[k]) }
                if second >= share * bar { joining.append(tried[k + 1]) }
                k += 2
            }
            if k < tried.count, centroid.dot(documents[tried[k].article]) >= share * bar { joining.append(tried[k]) }
            return joining
        }
        var out = topics
        for (t, list) in joins.enumerated() {
            for join in list {
                out[t].articles.append(join.article)
                out[t].strength.append(join.strength)
            }
        }
        for t in out.indices {
            let order = out[t].articles.indices.sorted { out[t].articles[$0] < out[t].articles[$1] }
            out[t].articles = order.map { out[t].articles[$0] }
            out[t].strength = order.map { out[t].strength[$0] }
        }
        return out
    }

    /// Whether the ascending list `articles` holds `a` (binary search).
    static func contains(_ articles: [Int], _ a: Int) -> Bool {
        var lo = 0, hi = articles.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if articles[mid] < a { lo = mid + 1 } else { hi = mid }
        }
        return lo < articles.count && articles[lo] == a
    }
}
