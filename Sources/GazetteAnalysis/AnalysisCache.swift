import Foundation
import GazetteCore

/// Saved per-article analysis, found again by content, so that a rebuild works out only what an
/// edit changed. Three files:
///
/// - **Texts:** the text pass (`ArticleText`: sentences, terms, shingle signature, key-phrase
///   candidates, entities, mentions, search names), keyed by what the pass reads of the article.
/// - **Summaries:** each article's summary, keyed by everything the summarizer reads: the text,
///   the IDF and id order of its terms, which make the TF-IDF weights of its sentences and title
///   (so a change in corpus statistics that touches the article's terms is a miss), which terms
///   are key-phrase terms, and the settings.
/// - **Topics:** each topic candidate's cohesion and which articles join each topic, keyed by
///   the vectors they were worked out from (`TopicMemo`).
/// - **Related:** the last build's related-story lists with their scores (`RelatedLists`), one
///   entry written afresh each build.
/// - **Terms:** the corpus index's term table and, by text key, each article's term ids in it
///   (`TermTable`), so that an unchanged article's terms are not looked up again.
///
/// The corpus-wide steps run on every article either way, so a cached build gives the same
/// analysis as one without the cache. Each build writes new files holding its own articles'
/// entries (so they never grow past the corpus) and renames them over the old ones. Files are
/// read entry by entry with `pread`, never whole. A file written by another `version` of the
/// analyzer, or damaged, is ignored.
public struct AnalysisCache: Sendable {
    public let textsPath: String
    public let summariesPath: String
    public let topicsPath: String
    public let relatedPath: String
    public let termsPath: String
    /// Identifies the code that wrote the entries (for example the executable's identity).
    public let version: String

    /// - Parameter termsPath: by default, `textsPath` with `.terms` added.
    public init(textsPath: String, summariesPath: String, topicsPath: String, relatedPath: String,
                termsPath: String? = nil, version: String) {
        self.textsPath = textsPath
        self.summariesPath = summariesPath
        self.topicsPath = topicsPath
        self.relatedPath = relatedPath
        self.termsPath = termsPath ?? textsPath + ".terms"
        self.version = version
    }

    var texts: CacheFile { CacheFile(path: textsPath, version: "texts " + version) }
    var summaries: CacheFile { CacheFile(path: summariesPath, version: "summaries " + version) }
    var topics: CacheFile { CacheFile(path: topicsPath, version: "topics " + version) }
    var related: CacheFile { CacheFile(path: relatedPath, version: "related " + version) }
    var terms: CacheFile { CacheFile(path: termsPath, version: "terms " + version) }

    /// How a build used the cache.
    public struct Report: Sendable, Equatable {
        /// Articles whose text was read from the cache.
        public var reused = 0
        /// Articles whose text was worked out.
        public var computed = 0
        /// Articles whose summary was read from the cache.
        public var summariesReused = 0
        /// Topic results (cohesions, joining articles) read from the cache, and worked out.
        public var topicResultsReused = 0
        public var topicResultsComputed = 0
        /// Related-story lists kept from the last build (the rest were queried).
        public var relatedReused = 0
        /// Articles whose term ids were read from the term table (the rest were looked up).
        public var termsReused = 0
        /// Whether the new files were written.
        public var saved = false

        public init(reused: Int = 0, computed: Int = 0, summariesReused: Int = 0, saved: Bool = false) {
            self.reused = reused
            self.computed = computed
            self.summariesReused = summariesReused
            self.saved = saved
        }
    }

    /// An article's text key: 128 bits over everything `ArticleText` reads of it.
    static func textKey(_ article: Article, keepEntities: Int) -> Hash128 {
        var hasher = Hasher128()
        hasher.add(article.titleIsDerived ? "derived-title" : "title")
        hasher.add(article.title)
        hasher.add(UInt64(keepEntities))
        // The paragraphs' digest: kept since ingest for a stored body, which is not read back.
        let body = article.bodyDigest.paragraphs
        hasher.add(body.high)
        hasher.add(body.low)
        return hasher.hash
    }

    /// The one key of the related file's entry.
    static let relatedKey: Hash128 = {
        var hasher = Hasher128()
        hasher.add("related lists")
        return hasher.hash
    }()

    /// The related lists the last build saved, if they can be read.
    func loadRelated() -> RelatedLists? {
        CacheFileReader(related)?.bytes(for: Self.relatedKey).flatMap { RelatedLists(decoding: $0) }
    }

    /// Writes `lists` as the related file's one entry; false when it could not.
    func save(_ lists: RelatedLists) -> Bool {
        guard var writer = CacheFileWriter(related), writer.add([(key: Self.relatedKey, bytes: lists.encoded())]) else { return false }
        return writer.finish()
    }
}
