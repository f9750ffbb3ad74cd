/// Thresholds of topic selection. The defaults were fitted on the BBC development half (category
/// purity of topic pages against coverage); the article minimum scales with the corpus.
public struct TopicSettings: Sendable, Hashable {
    /// Member articles must be this much more alike than two articles of the corpus at random
    /// (average pairwise cosine), and at least `minimumCohesion`.
    public var cohesionFactor: Double = 3.0
    public var minimumCohesion: Double = 0.05
    /// Jaccard overlap of article sets above which the weaker of two topics is dropped.
    public var maximumOverlap: Double = 0.6
    /// An article mentioning a topic joins it when its cosine with the topic centroid reaches this
    /// share of the members' mean cosine.
    public var joinShare: Double = 0.7
    /// At most this many topics per canonical article (and never fewer than 10 topics allowed).
    public var topicsPerArticle: Double = 0.25
    /// Entities and key phrases each article offers as topic candidates.
    public var offersPerArticle: Int = 8

    public init() {}

    /// Articles a topic needs: 2 in corpora under 50 canonical articles, else 3.
    public static func minimumArticles(corpusSize: Int) -> Int { corpusSize < 50 ? 2 : 3 }
}
