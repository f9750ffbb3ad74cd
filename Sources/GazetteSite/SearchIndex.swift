import GazetteCore

/// The compact index `assets/search.js` reads: one entry per story with its title, link
/// (relative to the site root), date, summary, topic names, byline and the names its body
/// mentions; newest first.
///
/// It is a script that assigns the entries to `window.gazetteSearchIndex`, not a JSON file,
/// because browsers refuse to fetch JSON from `file://` pages: this way search works from disk too.
enum SearchIndex {
    static func json(model: SiteModel, topicNames: [String: String]) -> [UInt8] {
        let stories = model.stories
        // Each entry is serialised where it is built: the whole index as one JSON tree held
        // several times the memory of its text.
        let entries: [[UInt8]] = Concurrent.map(stories.count) { position in
            let index = stories[position]
            let article = model.corpus.articles[index]
            let analysis = model.corpus.analysis.articles[index]
            var bytes: [UInt8] = []
            JSONValue.object([
                ("t", .string(article.title)),
                ("u", .string(SitePaths.article(article.slug))),
                ("d", .optional(article.date.map { DateFormatting.short($0) })),
                ("s", .string(analysis.summary.joined(separator: " "))),
                ("k", .strings(analysis.topics.compactMap { topicNames[$0] })),
                ("b", .optional(article.byline)),
                ("n", .strings(analysis.searchNames)),
            ]).write(to: &bytes)
            return bytes
        }
        var script = Array("window.gazetteSearchIndex = [".utf8)
        script.reserveCapacity(entries.reduce(64) { $0 + $1.count + 1 })
        for (position, entry) in entries.enumerated() {
            if position > 0 { script.append(0x2C) }
            script += entry
        }
        script += "];\n".utf8
        return script
    }
}
