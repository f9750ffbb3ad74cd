import GazetteCore

/// The compact index `assets/search.js` reads: one entry per story with its title, link
/// (relative to the site root), date, summary, topic names, byline and the names its body
/// mentions; newest first.
///
/// It is a script that assigns the entries to `window.gazetteSearchIndex`, not a JSON file,
/// because browsers refuse to fetch JSON from `file://` pages: this way search works from disk too.
enum SearchIndex {
    static func json(model: SiteModel, topicNames: [String: String]) -> String {
        let stories = model.stories
        let entries: [JSONValue] = Concurrent.map(stories.count) { position in
            let index = stories[position]
            let article = model.corpus.articles[index]
            let analysis = model.corpus.analysis.articles[index]
            return .object([
                ("t", .string(article.title)),
                ("u", .string(SitePaths.article(article.slug))),
                ("d", .optional(article.date.map { DateFormatting.short($0) })),
                ("s", .string(analysis.summary.joined(separator: " "))),
                ("k", .strings(analysis.topics.compactMap { topicNames[$0] })),
                ("b", .optional(article.byline)),
                ("n", .strings(names(article: article, entities: analysis.entities.map(\.name)))),
            ])
        }
        return "window.gazetteSearchIndex = " + JSONValue.array(entries).serialized + ";\n"
    }

    /// The names a reader may search for that the title and summary may not hold: the
    /// article's entities, then capitalised words of its body (people, places, institutions),
    /// each once, at most `limit` in all; words already in the title are left out.
    static func names(article: Article, entities: [String], limit: Int = 50) -> [String] {
        var seen = Set(article.title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        var names: [String] = []
        func add(_ name: String) {
            let key = name.lowercased()
            guard names.count < limit, !seen.contains(key) else { return }
            seen.insert(key)
            names.append(name)
        }
        entities.forEach(add)
        let words = article.bodyText.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        // A capitalised word that also appears in lower case ("The", "But") is not a name.
        let common = Set(words.filter { $0.first?.isLowercase == true }.map { $0.lowercased() })
        for word in words {
            guard word.count > 2, let first = word.first, first.isUppercase,
                  word.dropFirst().contains(where: \.isLowercase), !common.contains(word.lowercased()) else { continue }
            add(String(word))
        }
        return names
    }
}
