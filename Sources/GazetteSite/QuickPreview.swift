import Foundation
import GazetteCore
import GazetteIngest

/// A fast, approximate re-render of a few edited articles, for `gazette serve`: the idea of
/// Hugo's fast render mode.
///
/// The article is read again and its own page rendered with its new title, metadata and body,
/// but with the analysis of the last full build (its summary, key phrases, topics and related
/// stories), and no other page changes. That takes milliseconds however large the site is,
/// where an exact rebuild must redo the corpus-wide steps (a one-word edit can move term
/// weights, topics and related stories anywhere). The preview server shows this page at once
/// and then runs the exact build, whose site replaces it; `gazette build` never uses it.
public struct QuickPreview: Sendable {
    /// The last full build's articles and analysis.
    public let corpus: AnalyzedCorpus
    /// The line statistics that build cleaned plain text with.
    let statistics: CorpusStatistics
    /// More edited files than this at once go straight to the exact build.
    public static let maxFiles = 4

    public init(corpus: AnalyzedCorpus, statistics: CorpusStatistics) {
        self.corpus = corpus
        self.statistics = statistics
    }

    /// Why an edit needs the exact build.
    public struct NotQuick: Error, Equatable, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// One page rendered anew.
    public struct RenderedPage: Sendable, Equatable {
        public var path: String
        public var html: String
    }

    /// The pages of the articles in `edited` (paths relative to `inputDirectory`), rendered by
    /// `builder` from their new text and the last analysis.
    /// - Throws: `NotQuick` when the edit is more than one article page can show: too many
    ///   files, a new or removed article, one that no longer reads, or a changed slug (its URL
    ///   and every link to it move).
    public func pages(edited: [String], inputDirectory: URL, builder: SiteBuilder) throws(NotQuick) -> [RenderedPage] {
        guard !edited.isEmpty, edited.count <= Self.maxFiles else {
            throw NotQuick(description: "\(edited.count) files changed")
        }
        var indices: [Int] = []
        var files: [InputFile] = []
        for path in edited.sorted() {
            guard let index = Self.index(of: path, in: corpus.articles) else {
                throw NotQuick(description: "\(path) is not an article of the last build")
            }
            let url = inputDirectory.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw NotQuick(description: "\(path) was removed")
            }
            indices.append(index)
            files.append(InputFile(url: url, path: path))
        }
        let loaded = ArticleLoader(options: IngestOptions(includeDrafts: builder.config.includeDrafts))
            .load(files, statistics: statistics)
        guard loaded.articles.count == files.count else {
            throw NotQuick(description: "an edited article no longer reads or became a draft")
        }
        var corpus = self.corpus
        for (index, article) in zip(indices, loaded.articles) {
            guard article.slug == corpus.articles[index].slug else {
                throw NotQuick(description: "\(article.path) has a new slug")
            }
            // A new link may name a file the last build did not copy to `media/`.
            guard article.links == corpus.articles[index].links else {
                throw NotQuick(description: "\(article.path) links to other files")
            }
            // A story that becomes a page (or a page a story) leaves or joins every list, and the footers.
            guard article.isPage == corpus.articles[index].isPage else {
                throw NotQuick(description: "\(article.path) is now \(article.isPage ? "a page" : "a story")")
            }
            corpus.articles[index] = article
        }
        let contexts = PageContexts(model: SiteModel(corpus: corpus, config: builder.config, inputDirectory: inputDirectory), templates: builder.templates)
        var pages: [RenderedPage] = []
        for index in indices {
            let page = contexts.articlePage(index)
            do {
                pages.append(RenderedPage(path: page.path, html: try builder.templates.render(page)))
            } catch {
                throw NotQuick(description: "\(page.path) did not render: \(error)")
            }
        }
        return pages
    }

    /// The article read from `path`; articles are sorted by path.
    private static func index(of path: String, in articles: [Article]) -> Int? {
        var low = 0, high = articles.count
        while low < high {
            let middle = (low + high) / 2
            if articles[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < articles.count && articles[low].path == path ? low : nil
    }
}
