/// Thresholds of topic selection. The defaults were fitted on the BBC development half (category
/// purity of topic pages against coverage); the article minimum scales with the corpus.
public struct TopicSettings: Sendable, Hashable {
    /// Member articles must be this much more alike than two articles of the corpus at random
    /// (average pairwise cosine), and at least `minimumCohesion`.
    public var cohesionFactor: Double = 3.0
    public var minimumCohesion: Double = 0.05
    /// The cohesion bar never exceeds this, however alike the whole corpus is.
    public var maximumCohesionBar: Double = 0.12
    /// Below this many canonical articles any shared candidate may become a topic.
    public var smallCorpus: Int = 20
    /// Jaccard overlap of article sets above which the weaker of two topics is dropped.
    public var maximumOverlap: Double = 0.8
    /// An article mentioning a topic joins it when its cosine with the topic centroid reaches this
    /// share of the members' mean cosine.
    public var joinShare: Double = 0.4
    /// At most this many topics per canonical article (and never fewer than 10 topics allowed).
    public var topicsPerArticle: Double = 0.7
    /// Entities and key phrases each article offers as topic candidates.
    public var offersPerArticle: Int = 8

    public init() {}

    /// Articles a topic needs: 2 in corpora under 50 canonical articles, else 3.
    public static func minimumArticles(corpusSize: Int) -> Int { corpusSize < 50 ? 2 : 3 }
}
