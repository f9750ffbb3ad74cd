import GazetteAnalysis
import GazetteCore

/// The JSON Lines that `gazette analyze` prints: one object per article, sorted by path.
public enum AnalysisReport {
    /// Keys, in order: path, title, date, updated, byline, source, dateline, categories, summary,
    /// keyphrases, entities, topics, related, duplicateOf, versions; then `body` and `explain` on request.
    public static func lines(for corpus: AnalyzedCorpus, body: Bool, explain: Bool) -> [String] {
        let topicNames = Dictionary(corpus.analysis.topics.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        return corpus.articles.indices.sorted { corpus.articles[$0].path < corpus.articles[$1].path }.map { index in
            object(index: index, corpus: corpus, topics: topicNames, body: body, explain: explain).serialized
        }
    }

    private static func object(
        index: Int, corpus: AnalyzedCorpus, topics: [String: Topic], body: Bool, explain: Bool
    ) -> JSONValue {
        let article = corpus.articles[index]
        let analysis = corpus.analysis.articles[index]
        var pairs: [(String, JSONValue)] = [
            ("path", .string(article.path)),
            ("title", .string(article.title)),
            ("date", .optional(article.date?.iso8601)),
            ("updated", .optional(article.updated?.iso8601)),
            ("byline", .optional(article.byline)),
            ("source", .optional(article.source)),
            ("dateline", .optional(article.dateline)),
            ("categories", .strings(article.categories)),
            ("summary", .strings(analysis.summary)),
            ("keyphrases", .strings(analysis.keyphrases)),
            ("entities", .array(analysis.entities.map {
                .object([("name", .string($0.name)), ("kind", .string($0.kind.rawValue)), ("mentions", .int($0.mentions))])
            })),
            ("topics", .strings(analysis.topics.map { topics[$0]?.name ?? $0 })),
            ("related", .strings(analysis.related.map { corpus.articles[$0].path })),
            ("duplicateOf", .optional(analysis.duplicateOf.map { corpus.articles[$0].path })),
            ("versions", .strings(analysis.versions.map { corpus.articles[$0].path })),
        ]
        if body { pairs.append(("body", .string(article.bodyText))) }
        if explain { pairs.append(("explain", explanation(analysis, topics: topics))) }
        return .object(pairs)
    }

    private static func explanation(_ analysis: ArticleAnalysis, topics: [String: Topic]) -> JSONValue {
        let sentences: [JSONValue] = analysis.scores.map { score in
            .object([
                ("index", .int(score.index)),
                ("sentence", .string(analysis.sentences[score.index])),
                ("score", .double(score.total)),
                ("parts", .object(score.parts.sorted { $0.key < $1.key }.map { ($0.key, .double($0.value)) })),
                ("inSummary", .bool(analysis.summaryIndices.contains(score.index))),
            ])
        }
        let reasons: [JSONValue] = analysis.topics.map { slug in
            .object([("topic", .string(topics[slug]?.name ?? slug)), ("reason", .string(topics[slug]?.reason ?? ""))])
        }
        return .object([("sentences", .array(sentences)), ("topics", .array(reasons))])
    }
}
