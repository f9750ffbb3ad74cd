/// The articles' own labels (categories and tags from front matter, page metadata or a scraped
/// "Posted to:" line) as topics, so that every label has a page, as a Hugo taxonomy term does.
///
/// A label whose key (`TopicCandidate.key`) is a selected topic's key or alias adds its articles
/// to that topic; any other label becomes a topic of the articles carrying it, however few (the
/// editor chose it, so no cohesion or size bar applies). Labels count for canonical articles
/// only: duplicates take their canonical article's topics. A label joins an article to a topic
/// with strength 1, below any mention, so the article's own strongest topics stay first. A
/// label-only topic is named by the label's commonest spelling, with a capital first letter when
/// it is all lower case.
enum TopicLabels {
    /// Labels longer than this are not labels (a scraped line gone wrong); neither are those after
    /// the first `perArticle` of an article.
    static let maximumLength = 80
    static let perArticle = 20

    /// `selected` with the labels of `labels[a]` (categories, then tags, of article `a`) merged
    /// in, then the label-only topics, by key.
    static func merge(_ selected: [TopicCandidate], labels: [[String]], duplicateOf: [Int?]) -> [TopicCandidate] {
        var byKey: [String: (names: [String: Int], firstSeen: [String], articles: [Int])] = [:]
        for (a, list) in labels.enumerated() where duplicateOf[a] == nil {
            var seen: Set<String> = []
            for label in list.prefix(perArticle) {
                let name = Topic.labelSpelling(label)
                guard !name.isEmpty, name.count <= maximumLength else { continue }
                let key = TopicCandidate.key(name)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                var entry = byKey[key] ?? ([:], [], [])
                if entry.names[name] == nil { entry.firstSeen.append(name) }
                entry.names[name, default: 0] += 1
                entry.articles.append(a)
                byKey[key] = entry
            }
        }
        guard !byKey.isEmpty else { return selected }
        var result = selected
        var place: [String: Int] = [:]
        for (index, candidate) in result.enumerated() {
            for key in [candidate.key] + candidate.aliases where place[key] == nil { place[key] = index }
        }
        var added: [TopicCandidate] = []
        for key in byKey.keys.sorted() {
            let entry = byKey[key]!
            if let index = place[key] {
                add(entry.articles, to: &result[index])
                result[index].labels = .joined
                result[index].labelNames = Array(Set(result[index].labelNames + entry.firstSeen)).sorted()
            } else {
                // The most common spelling; between equals, the first met.
                var name = entry.firstSeen[0]
                for form in entry.firstSeen.dropFirst() where entry.names[form]! > entry.names[name]! { name = form }
                // An all lower-case label starts with a capital, as key-phrase topics do ("iPhone" stays).
                if name == name.lowercased() { name = Analyzer.capitalized(name) }
                var candidate = TopicCandidate(key: key, name: name, kind: nil, articles: entry.articles,
                                               strength: entry.articles.map { _ in 1 }, aliases: [key])
                candidate.labels = .only
                candidate.labelNames = entry.firstSeen.sorted()
                added.append(candidate)
            }
        }
        return result + added
    }

    /// Adds the articles `candidate` lacks with strength 1, keeping its articles ascending.
    static func add(_ articles: [Int], to candidate: inout TopicCandidate) {
        let have = Set(candidate.articles)
        let new = articles.filter { !have.contains($0) }
        guard !new.isEmpty else { return }
        let merged = (zip(candidate.articles, candidate.strength).map { ($0, $1) } + new.map { ($0, 1) })
            .sorted { $0.0 < $1.0 }
        candidate.articles = merged.map(\.0)
        candidate.strength = merged.map(\.1)
    }
}
