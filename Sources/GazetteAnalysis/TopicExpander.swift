import GazetteCore

/// Completes selected topics with every canonical article that mentions them (under any merged
/// form) and sits close to the topic's centroid, so that a story mentioning "Chelsea" in passing
/// stays out while one about Chelsea that ranked it ninth joins.
struct TopicExpander: Sendable {
    /// A newcomer's cosine with the centroid must reach `joinShare` of the members' mean cosine.
    var settings = TopicSettings()

    /// - Parameter mentions: per article, the topic keys it mentions with a strength, sorted by key
    ///   (empty for duplicates).
    /// - Returns: the topics with members added, article lists ascending.
    func expand(_ topics: [TopicCandidate], mentions: [[(key: String, strength: Int)]], documents: [SparseVector]) -> [TopicCandidate] {
        var byAlias: [String: [Int]] = [:]
        for (t, topic) in topics.enumerated() { for alias in topic.aliases { byAlias[alias, default: []].append(t) } }
        let centroids = Concurrent.map(topics.count) { Self.centroid(topics[$0].articles, documents) }
        let bars = Concurrent.map(topics.count) { t in
            topics[t].articles.reduce(0.0) { $0 + documents[$1].dot(centroids[t]) } / Double(topics[t].articles.count)
        }
        let index = byAlias
        let share = settings.joinShare
        let joins = Concurrent.map(mentions.count) { a -> [(topic: Int, strength: Int)] in
            var found: [Int: Int] = [:]
            for m in mentions[a] { for t in index[m.key] ?? [] { found[t, default: 0] += m.strength } }
            return found.keys.sorted().compactMap { t in
                guard topics[t].articles.firstIndex(of: a) == nil,
                      documents[a].dot(centroids[t]) >= share * bars[t] else { return nil }
                return (t, found[t]!)
            }
        }
        var out = topics
        for (a, list) in joins.enumerated() {
            for join in list {
                out[join.topic].articles.append(a)
                out[join.topic].strength.append(join.strength)
            }
        }
        for t in out.indices {
            let order = out[t].articles.indices.sorted { out[t].articles[$0] < out[t].articles[$1] }
            out[t].articles = order.map { out[t].articles[$0] }
            out[t].strength = order.map { out[t].strength[$0] }
        }
        return out
    }

    /// The normalised sum of the members' vectors (entries summed in member order, sorted by id).
    static func centroid(_ members: [Int], _ documents: [SparseVector]) -> SparseVector {
        var sum: [Int32: Double] = [:]
        for m in members {
            for (i, id) in documents[m].ids.enumerated() { sum[id, default: 0] += documents[m].weights[i] }
        }
        let ids = sum.keys.sorted()
        var vector = SparseVector(ids: ids, weights: ids.map { sum[$0]! })
        vector.normalize()
        return vector
    }
}
