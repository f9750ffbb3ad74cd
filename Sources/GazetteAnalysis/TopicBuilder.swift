import GazetteCore

/// Turns selected candidates into `Topic`s: names, unique slugs, members newest first, related
/// topics, a short multi-article summary and a reason; and lists each article's topic slugs.
struct TopicBuilder: Sendable {
    var corpusCohesion: Double = 0
    /// Slugs no topic may take: the list of all topics is `topics/index.html`, beside the topic
    /// pages `topics/<slug>.html`, so a topic named "Index" becomes `index-2`.
    static let reservedSlugs = ["index"]

    /// - Parameters:
    ///   - summaries: each article's summary sentences, best first.
    ///   - duplicateOf: duplicates inherit their canonical article's topics.
    /// - Returns: topics sorted by article count descending, then name, then slug; and per article
    ///   its topic slugs, strongest first (strength, topic size, slug).
    func build(_ selected: [TopicCandidate], articles: [Article], summaries: [[String]], duplicateOf: [Int?])
        -> (topics: [Topic], perArticle: [[String]]) {
        let ordered = selected.sorted { a, b in
            a.articles.count != b.articles.count ? a.articles.count > b.articles.count
                : a.name != b.name ? a.name < b.name : a.key < b.key
        }
        var slugs = SlugAllocator(reserved: Self.reservedSlugs)
        // Each article's place in the whole corpus newest first: a topic's members sort by it.
        var places = Array(repeating: 0, count: articles.count)
        for (place, a) in Self.newestFirst(Array(articles.indices), articles).enumerated() { places[a] = place }
        let rank = places
        // Slugs in order (a clash takes the next suffix); the rest of each topic on all cores.
        let topicSlugs = ordered.map { slugs.allocate($0.name) }
        var topics = Concurrent.map(ordered.count) { t in
            let c = ordered[t]
            let members = c.articles.sorted { rank[$0] < rank[$1] }
            return Topic(name: c.name, slug: topicSlugs[t], articles: members,
                         summary: Self.summary(c, order: members, summaries: summaries), reason: Self.reason(c),
                         labels: c.labelNames)
        }
        var memberships = Array(repeating: [(topic: Int, strength: Int)](), count: articles.count)
        for (t, c) in ordered.enumerated() {
            for (a, s) in zip(c.articles, c.strength) { memberships[a].append((t, s)) }
        }
        let built = topics, members = memberships
        // Ties between topics go by slug; slugs are unique, so by each slug's place in slug order.
        var slugOrder = [Int32](repeating: 0, count: built.count)
        for (place, t) in built.indices.sorted(by: { built[$0].slug < built[$1].slug }).enumerated() { slugOrder[t] = Int32(place) }
        let bySlug = slugOrder
        let related = Concurrent.map(built.count, state: { SparseTally<Int32>(count: built.count) }) { counts, t in
            Self.relatedTopics(t, topics: built, memberships: members, slugOrder: bySlug, counts: &counts)
        }
        for t in topics.indices { topics[t].related = related[t] }
        let final = topics
        let perArticle = Concurrent.map(articles.count) { a -> [String] in
            let topics = final
            let own = members[duplicateOf[a] ?? a].sorted { x, y in
                x.strength != y.strength ? x.strength > y.strength
                    : topics[x.topic].articles.count != topics[y.topic].articles.count
                    ? topics[x.topic].articles.count > topics[y.topic].articles.count
                    : bySlug[x.topic] < bySlug[y.topic]
            }
            return own.map { topics[$0.topic].slug }
        }
        return (topics, perArticle)
    }

    /// Dated articles newest first, then undated; ties by path, then index (dates and paths are
    /// taken out before the sort, as in `SiteModel.newestFirst`).
    static func newestFirst(_ members: [Int], _ articles: [Article]) -> [Int] {
        let dates = articles.map(\.date), paths = articles.map(\.path)
        return members.sorted { a, b in
            switch (dates[a], dates[b]) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return paths[a] != paths[b] ? paths[a] < paths[b] : a < b
            }
        }
    }

    /// Slugs of topics sharing articles with topic `t`, most shared first, then slug (by
    /// `slugOrder`, each topic's place in slug order); at most five.
    /// `counts` (by topic index, scratch space per worker) is left all zero: an article in many
    /// topics is met once per topic it is in, tens of millions of times in a large corpus, which
    /// an array tallies without hashing.
    static func relatedTopics(_ t: Int, topics: [Topic], memberships: [[(topic: Int, strength: Int)]],
                              slugOrder: [Int32], counts: inout SparseTally<Int32>) -> [String] {
        for a in topics[t].articles {
            for m in memberships[a] where m.topic != t { counts.add(1, at: m.topic) }
        }
        var shared: [(topic: Int, articles: Int32)] = []
        counts.drain { shared.append(($0, $1)) }
        return shared.sortedPrefix(5) { x, y in
            x.articles != y.articles ? x.articles > y.articles : slugOrder[x.topic] < slugOrder[y.topic]
        }.map { topics[$0.topic].slug }
    }

    /// Up to three verbatim sentences, one per member article, newest first: the best summary
    /// sentence naming the topic, else the article's best sentence; repeats skipped.
    static func summary(_ c: TopicCandidate, order: [Int], summaries: [[String]]) -> [String] {
        let needle = c.name.lowercased()
        var out: [String] = []
        for a in order where out.count < 3 {
            let list = summaries[a]
            guard let pick = list.first(where: { $0.lowercasedContainsBytes(needle) }) ?? list.first,
                  !out.contains(pick) else { continue }
            out.append(pick)
        }
        return out
    }

    static func reason(_ c: TopicCandidate) -> String {
        let what = c.kind.map { "entity (\($0.rawValue))" } ?? "key phrase"
        let cohesion = (c.cohesion * 1000).rounded() / 1000
        switch c.labels {
        case .none:
            return "\(what) “\(c.name)” in \(c.articles.count) articles; their average similarity is \(cohesion)"
        case .joined:
            return "\(what) “\(c.name)” in \(c.articles.count) articles, some by their label (category or tag); "
                + "their average similarity is \(cohesion)"
        case .only:
            return "label (category or tag) “\(c.name)” of \(c.articles.count) articles"
        }
    }
}
