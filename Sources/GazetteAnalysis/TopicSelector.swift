import GazetteCore

import Foundation

/// Chooses which candidates become topics: enough articles (2 in small corpora, 3 from 50
/// canonical articles on), member articles clearly more alike than the corpus at large
/// (cohesion; not required under `smallCorpus` articles), and not a near-copy of a better
/// topic's article set.
struct TopicSelector: Sendable {
    var settings = TopicSettings()

    /// Selected candidates with `cohesion` filled, best first (score, then key).
    func select(_ candidates: [TopicCandidate], documents: [SparseVector], canonical: [Int]) -> [TopicCandidate] {
        let minimum = TopicSettings.minimumArticles(corpusSize: canonical.count)
        let eligible = candidates.filter { $0.articles.count >= minimum }
        let cohesions = Concurrent.map(eligible.count) { TopicCohesion.cohesion(eligible[$0].articles, documents: documents) }
        let baseline = TopicCohesion.cohesion(canonical, documents: documents)
        // Small corpora are often about one story: there any shared candidate may link articles.
        let threshold = canonical.count < settings.smallCorpus ? 0
            : max(settings.minimumCohesion, min(settings.maximumCohesionBar, settings.cohesionFactor * baseline))
        var scored: [(candidate: TopicCandidate, score: Double)] = []
        for (c, cohesion) in zip(eligible, cohesions) where cohesion >= threshold {
            var candidate = c
            candidate.cohesion = cohesion
            // Names read best as entities, then as multi-word phrases.
            let entityBonus = c.kind != nil ? 1.0 : c.key.contains(" ") ? 0.9 : 0.75
            scored.append((candidate, cohesion * log2(1 + Double(c.articles.count)) * entityBonus))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.candidate.key < $1.candidate.key }
        let limit = max(10, Int(Double(canonical.count) * settings.topicsPerArticle))
        var chosen: [TopicCandidate] = []
        var sets: [Set<Int>] = []
        for (candidate, _) in scored where chosen.count < limit {
            let members = Set(candidate.articles)
            let overlapping = sets.contains { s in
                Double(s.intersection(members).count) / Double(s.union(members).count) > settings.maximumOverlap
            }
            if overlapping { continue }
            chosen.append(candidate)
            sets.append(members)
        }
        return chosen
    }
}
