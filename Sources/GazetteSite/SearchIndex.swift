import GazetteCore

/// The compact index `assets/search.js` reads: one entry per story with its title, link
/// (relative to the site root), date, summary and topic names; newest first.
///
/// It is a script that assigns the entries to `window.gazetteSearchIndex`, not a JSON file,
/// because browsers refuse to fetch JSON from `file://` pages: this way search works from disk too.
enum SearchIndex {
    static func json(model: SiteModel, topicNames: [String: String]) -> String {
        let entries: [JSONValue] = model.stories.map { index in
            let article = model.corpus.articles[index]
            let analysis = model.corpus.analysis.articles[index]
            return .object([
                ("t", .string(article.title)),
                ("u", .string(SitePaths.article(article.slug))),
                ("d", .optional(article.date.map { DateFormatting.short($0) })),
                ("s", .string(analysis.summary.joined(separator: " "))),
                ("k", .strings(analysis.topics.compactMap { topicNames[$0] })),
                ("b", .optional(article.byline)),
            ])
        }
        return "window.gazetteSearchIndex = " + JSONValue.array(entries).serialized + ";\n"
    }
}
