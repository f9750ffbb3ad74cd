import GazetteCore

/// Settings for one analysis run.
public struct AnalysisOptions: Sendable, Hashable {
    /// Sentences in each article's summary.
    public var summarySentences: Int
    /// Related stories kept per article.
    public var relatedCount: Int
    /// Keep per-sentence scores and topic reasons for `gazette analyze --explain`.
    public var explain: Bool
    /// How summary sentences are scored; the defaults are tuned, see `SummaryWeights`.
    public var summaryWeights = SummaryWeights()
    /// Topic selection thresholds; the defaults are tuned, see `TopicSettings`.
    public var topicSettings = TopicSettings()

    public init(summarySentences: Int = 3, relatedCount: Int = 5, explain: Bool = false) {
        self.summarySentences = summarySentences
        self.relatedCount = relatedCount
        self.explain = explain
    }
}

/// What kind of thing a named entity is, as far as capitalisation and context can tell.
public enum EntityKind: String, Sendable, Hashable, Codable {
    case person
    case place
    case organization
    case other
}

public struct Entity: Sendable, Hashable {
    /// The fullest form seen ("Luke Bronin" rather than "Bronin").
    public var name: String
    public var kind: EntityKind
    /// Mentions in the article, variants included.
    public var mentions: Int

    public init(name: String, kind: EntityKind, mentions: Int) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
    }
}

/// Why a sentence scored what it scored (only filled when `explain` is on).
public struct SentenceScore: Sendable, Hashable {
    public var index: Int
    public var total: Double
    /// Named parts of the score, such as `position`, `centrality`, `title`.
    public var parts: [String: Double]

    public init(index: Int, total: Double, parts: [String: Double]) {
        self.index = index
        self.total = total
        self.parts = parts
    }
}

/// The analysis of one article. Indices refer to the input array of `Analyzer.analyze`.
public struct ArticleAnalysis: Sendable, Hashable {
    /// The summary sentences, verbatim, in article order.
    public var summary: [String]
    /// Indices of the summary sentences among the body's sentences, ascending (article order).
    public var summaryIndices: [Int]
    /// Whether the summary is the body's opening sentences (indices 0, 1, …), which a page
    /// showing the body shows anyway.
    public var summaryIsLede: Bool {
        !summaryIndices.isEmpty && summaryIndices.elementsEqual(0..<summaryIndices.count)
    }
    /// With `AnalysisOptions.explain`, every sentence of the body in order (`scores` are theirs);
    /// otherwise empty, so that the analysis does not hold the corpus's text a second time.
    public var sentences: [String]
    public var keyphrases: [String]
    public var entities: [Entity]
    /// Slugs of the topics this article belongs to, strongest first.
    public var topics: [String]
    /// Indices of related articles, most similar first.
    public var related: [Int]
    /// Index of the first copy when this article is an exact copy of it (same title and body).
    public var duplicateOf: Int?
    /// Other versions of the same story (near-duplicates under another headline, or corrected
    /// copies), each named by its first copy; ascending.
    public var versions: [Int] = []
    public var scores: [SentenceScore]
    /// Names a reader may search for that the title and summary may not hold: the article's
    /// entities, then capitalised words of its body; at most 50.
    public var searchNames: [String] = []

    public init(
        summary: [String], summaryIndices: [Int], sentences: [String] = [], keyphrases: [String] = [],
        entities: [Entity] = [], topics: [String] = [], related: [Int] = [], duplicateOf: Int? = nil,
        scores: [SentenceScore] = []
    ) {
        self.summary = summary
        self.summaryIndices = summaryIndices
        self.sentences = sentences
        self.keyphrases = keyphrases
        self.entities = entities
        self.topics = topics
        self.related = related
        self.duplicateOf = duplicateOf
        self.scores = scores
    }
}

/// A topic: an entity or key phrase that ties several articles together.
public struct Topic: Sendable, Hashable {
    /// Display name, as a newsroom would tag it ("Hartford Police Department").
    public var name: String
    /// Unique among topics; used in URLs.
    public var slug: String
    /// Member article indices, newest first (undated last), then by path.
    public var articles: [Int]
    /// Slugs of topics that share articles with this one, strongest first.
    public var related: [String]
    /// A short multi-article summary: verbatim sentences from member articles.
    public var summary: [String]
    /// Why the topic was chosen (for `--explain`).
    public var reason: String
    /// The articles' labels (categories and tags, as `labelSpelling` gives them) that joined
    /// articles to it, sorted: a page linking a label links here.
    public var labels: [String]

    public init(name: String, slug: String, articles: [Int], related: [String] = [], summary: [String] = [],
                reason: String = "", labels: [String] = []) {
        self.name = name
        self.slug = slug
        self.articles = articles
        self.related = related
        self.summary = summary
        self.reason = reason
        self.labels = labels
    }

    /// A label as topics know it: its words, separated by single spaces.
    public static func labelSpelling(_ label: String) -> String {
        label.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The result of analysing a corpus: one entry per input article, in input order, plus topics.
public struct CorpusAnalysis: Sendable, Hashable {
    public var articles: [ArticleAnalysis]
    /// Topics sorted by number of articles descending, then name.
    public var topics: [Topic]

    public init(articles: [ArticleAnalysis], topics: [Topic]) {
        self.articles = articles
        self.topics = topics
    }

    /// This analysis of some articles of a corpus of `count`, spread over the whole: article `i`
    /// of the analysis is article `positions[i]` of the corpus, and every index it names (related
    /// stories, copies, versions, topic members) is moved with it; the others get an empty analysis.
    public func spread(to positions: [Int], count: Int) -> CorpusAnalysis {
        precondition(positions.count == articles.count)
        func moved(_ indices: [Int]) -> [Int] { indices.map { positions[$0] } }
        var all = Array(repeating: ArticleAnalysis(summary: [], summaryIndices: []), count: count)
        for (i, analysis) in articles.enumerated() {
            var analysis = analysis
            analysis.related = moved(analysis.related)
            analysis.versions = moved(analysis.versions)
            analysis.duplicateOf = analysis.duplicateOf.map { positions[$0] }
            all[positions[i]] = analysis
        }
        let topics = topics.map { topic in
            var topic = topic
            topic.articles = moved(topic.articles)
            return topic
        }
        return CorpusAnalysis(articles: all, topics: topics)
    }
}
