import Foundation
import GazetteAnalysis
import GazetteCore

/// The corpus arranged as the site shows it. Every list here is sorted with explicit
/// tie-breaks, so the same corpus always gives the same site.
public struct SiteModel: Sendable {
    public let corpus: AnalyzedCorpus
    public let config: SiteConfig
    /// Indices of articles that are not duplicates, newest first (undated last), then by slug.
    public let stories: [Int]
    /// Each article's place in `stories`, -1 for duplicates and pages.
    let storyPositions: [Int]
    /// Indices of the site's pages (`Article.isPage`), by path: the footer lists them.
    public let pages: [Int]
    /// For each canonical article, the duplicates that point to it, sorted by slug.
    public let copies: [Int: [Int]]
    /// Topics sorted by number of stories descending, then name.
    public let topics: [Topic]
    /// Months that have stories, newest first, each with its stories in `stories` order.
    public let months: [ArchiveMonth]
    /// Stories without a date, in `stories` order.
    public let undated: [Int]
    /// Each topic's stories (by slug), newest first, duplicates left out.
    public let topicStories: [String: [Int]]
    /// The topic (slug) each article label (`Topic.labelSpelling`) joined articles to.
    public let labelTopics: [String: String]
    /// Where the articles' links beside them lead (`ArticleLinks`).
    public let links: ArticleLinks
    /// The pages at the articles' old addresses (`AliasPages`).
    public let aliases: AliasPages
    /// The newest date of a story's publication or last revision: the "updated" time of every
    /// feed (never the clock), worked out once rather than for each of the site's feeds.
    public let newestDate: PublicationDate?
    /// The pixel size of each article's image that is a file of the input folder, by article
    /// index, when its header declares one (`ImageSize`).
    let imageSizes: [Int: (width: Int, height: Int)]
    /// The authors and sources of the stories (`Facet`).
    let authors: FacetIndex
    let sources: FacetIndex
    /// Per article: its byline's names, each with its position in `authors` when a story carries
    /// it; and its source's position in `sources`. Worked out once: every page key asks.
    private let articleAuthors: [[(name: String, facet: Int?)]]
    private let articleSources: [Int?]

    public struct ArchiveMonth: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var stories: [Int]
    }

    /// - Parameter inputDirectory: the folder the articles were read from, where the files
    ///   their links name are looked for; without it, no link is resolved.
    public init(corpus: AnalyzedCorpus, config: SiteConfig, inputDirectory: URL? = nil) {
        self.corpus = corpus
        self.config = config
        let articles = corpus.articles
        links = inputDirectory.flatMap { folder in
            articles.contains { !$0.links.isEmpty } ? ArticleLinks(articles: articles, inputDirectory: folder) : nil
        } ?? ArticleLinks(count: articles.count)
        aliases = AliasPages(articles: articles)
        var sizes: [Int: (width: Int, height: Int)] = [:]
        if let inputDirectory {
            for (index, article) in articles.enumerated() {
                guard let image = article.image, let path = links.filePath(for: image.source, in: index) else { continue }
                sizes[index] = ImageSize.read(inputDirectory.appendingPathComponent(path))
            }
        }
        imageSizes = sizes
        let analysis = corpus.analysis.articles
        let ordered = SiteModel.newestFirst(Array(articles.indices), articles)
        stories = ordered.filter { analysis[$0].duplicateOf == nil && !articles[$0].isPage }
        pages = articles.indices.filter { articles[$0].isPage }
        var copies: [Int: [Int]] = [:]
        for index in ordered {
            if let canonical = analysis[index].duplicateOf { copies[canonical, default: []].append(index) }
        }
        self.copies = copies.mapValues { $0.sorted { articles[$0].slug < articles[$1].slug } }
        topics = corpus.analysis.topics.sorted {
            ($0.articles.count, $1.name, $1.slug) > ($1.articles.count, $0.name, $0.slug)
        }
        var months: [ArchiveMonth] = []
        var undated: [Int] = []
        for index in stories {
            guard let date = articles[index].date else {
                undated.append(index)
                continue
            }
            if let last = months.last, last.year == date.year, last.month == date.month {
                months[months.count - 1].stories.append(index)
            } else {
                months.append(ArchiveMonth(year: date.year, month: date.month, stories: [index]))
            }
        }
        self.months = months
        self.undated = undated
        // Each story's place in `stories` (-1 for duplicates and pages), by article index.
        var rank = Array(repeating: -1, count: articles.count)
        for (position, index) in stories.enumerated() { rank[index] = position }
        storyPositions = rank
        var topicStories: [String: [Int]] = [:]
        for topic in corpus.analysis.topics {
            topicStories[topic.slug] = topic.articles.filter { rank[$0] >= 0 }.sorted { rank[$0] < rank[$1] }
        }
        self.topicStories = topicStories
        var labelTopics: [String: String] = [:]
        for topic in corpus.analysis.topics {
            for label in topic.labels where labelTopics[label] == nil { labelTopics[label] = topic.slug }
        }
        self.labelTopics = labelTopics
        let stories = stories
        let names = Concurrent.map(articles.count) { articles[$0].byline.map(FacetIndex.authors(in:)) ?? [] }
        let authors = FacetIndex(kind: .author, stories: stories.map { ($0, names[$0]) })
        let sources = FacetIndex(kind: .source, stories: stories.map { index in (index, articles[index].source.map { [$0] } ?? []) })
        self.authors = authors
        self.sources = sources
        articleAuthors = Concurrent.map(articles.count) { a in names[a].map { ($0, authors.position(named: $0)) } }
        articleSources = Concurrent.map(articles.count) { a in articles[a].source.flatMap { sources.position(named: $0) } }
        newestDate = Self.newestDate(of: stories, in: articles)
    }

    /// The authors' or the sources' facets, sorted by name.
    public func facets(_ kind: Facet.Kind) -> [Facet] {
        switch kind {
        case .author: authors.facets
        case .source: sources.facets
        }
    }

    /// Article `index`'s authors, in byline order, each with its facet when a story carries it
    /// (a duplicate's byline may name someone no story does).
    public func authors(of index: Int) -> [(name: String, facet: Facet?)] {
        articleAuthors[index].map { ($0.name, $0.facet.map { authors.facets[$0] }) }
    }

    /// Article `index`'s source's facet.
    public func sourceFacet(of index: Int) -> Facet? {
        articleSources[index].map { sources.facets[$0] }
    }

    /// The summary the site shows for article `index` (cards, the "In brief" box, descriptions,
    /// feeds, search): the one its author wrote in a Markdown file's front matter (`summary:` or
    /// `description:`), else the analysis' sentences. `gazette analyze` reports the analysis'
    /// own. A saved web page's description is a teaser, often cut short: it is not used.
    public func summary(_ index: Int) -> [String] {
        writtenSummary(index).map { [$0] } ?? corpus.analysis.articles[index].summary
    }

    /// Whether article `index`'s summary is its opening sentences (never for a written one).
    public func summaryIsLede(_ index: Int) -> Bool {
        writtenSummary(index) == nil && corpus.analysis.articles[index].summaryIsLede
    }

    /// Article `index`'s language as a `lang` value, when the source named one that reads as a
    /// language tag (`de`, `pt-BR`; `de_DE` becomes `de-DE`) and differs from the site's.
    public func language(_ index: Int) -> String? {
        guard let raw = corpus.articles[index].language else { return nil }
        let tag = raw.replacingOccurrences(of: "_", with: "-")
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard tag.count <= 35, let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }),
              tag.lowercased() != config.language.lowercased()
        else { return nil }
        return tag
    }

    /// The stories next to article `index` in `stories`: the one published just after it and
    /// the one just before (none for duplicates and pages, which `stories` leaves out).
    public func neighbours(of index: Int) -> (newer: Int?, older: Int?) {
        let position = storyPositions[index]
        guard position >= 0 else { return (nil, nil) }
        return (position > 0 ? stories[position - 1] : nil, position + 1 < stories.count ? stories[position + 1] : nil)
    }

    /// How long article `index` takes to read, in whole minutes (at least one), at 213 words a
    /// minute as Hugo's `ReadingTime`; `nil` for an article without words.
    public func readingMinutes(_ index: Int) -> Int? {
        let words = corpus.articles[index].wordCount
        return words > 0 ? (words + 212) / 213 : nil
    }

    /// Article `index`'s image (`Article.image`) with the URL that shows it, for a page or feed
    /// whose links to the site root start with `root`: a file beside the article is published as
    /// its links are (`ArticleLinks`), an `http(s)` URL stays as written. `nil` when the article
    /// has none, or its path names no file (`ArticleLinks` warns about it) or an article.
    /// A file's `size` is the one its header declares (`ImageSize`), when it could be read.
    public func image(_ index: Int, root: String) -> (url: String, alt: String, caption: String?, size: (width: Int, height: Int)?)? {
        guard let image = corpus.articles[index].image else { return nil }
        let url = LocalLink.isLocal(image.source) ? links.fileURL(for: image.source, in: index, root: root) : image.source
        return url.map { ($0, image.alt, image.caption, imageSizes[index]) }
    }

    private func writtenSummary(_ index: Int) -> String? {
        let article = corpus.articles[index]
        guard article.format == .markdown, let summary = article.summary, !summary.isEmpty else { return nil }
        return summary
    }

    /// The topic page of the label `label`, if a topic took it (`Topic.labels`).
    public func topic(ofLabel label: String) -> String? {
        labelTopics[Topic.labelSpelling(label)]
    }

    /// Newest first; undated after dated; ties by slug. The sort compares dates and slugs
    /// taken out first: comparing `Article`s copied each whole article twice per comparison.
    static func newestFirst(_ indices: [Int], _ articles: [Article]) -> [Int] {
        let dates = articles.map(\.date), slugs = articles.map(\.slug)
        return indices.sorted { left, right in
            switch (dates[left], dates[right]) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return slugs[left] < slugs[right]
            }
        }
    }

    /// The stories of a topic, newest first, duplicates left out.
    public func stories(of topic: Topic) -> [Int] {
        topicStories[topic.slug] ?? []
    }

    /// The newest date in the corpus, of a story's publication or of its last revision.
    static func newestDate(of stories: [Int], in articles: [Article]) -> PublicationDate? {
        // Stories are newest first, so the first dated one is the newest publication.
        let published = stories.lazy.compactMap { articles[$0].date }.first
        return stories.lazy.compactMap { articles[$0].updated }.reduce(published) { newest, revised in
            newest.map { max($0, revised) } ?? revised
        }
    }
}
