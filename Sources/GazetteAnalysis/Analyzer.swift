import GazetteCore

/// Runs every analysis step over a corpus. Pure and deterministic: the same articles in the
/// same order give the same result.
///
/// PLACEHOLDER (to be replaced in this session): splits on ". " and takes the first sentences.
public struct Analyzer: Sendable {
    public var options: AnalysisOptions

    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    public func analyze(_ articles: [Article]) -> CorpusAnalysis {
        let results = articles.map { article -> ArticleAnalysis in
            let sentences = article.paragraphs.flatMap { $0.split(separator: ". ").map(String.init) }
            let count = min(options.summarySentences, sentences.count)
            return ArticleAnalysis(sentences: sentences, summaryIndices: Array(0..<count))
        }
        return CorpusAnalysis(articles: results, topics: [])
    }
}
