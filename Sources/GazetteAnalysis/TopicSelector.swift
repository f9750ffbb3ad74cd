import GazetteCore

import Foundation

/// Chooses which candidates become topics: enough articles (2 in small corpora, 3 from 50
/// canonical articles on), member articles clearly more alike than the corpus at large
/// (cohesion; not required under `smallCorpus` articles), and not a near-copy of a better
/// topic's article set.
struct TopicSelector: Sendable {
    var settings = TopicSettings()

    /// Selected candidates with `cohesion` filled, best first (score, then key). With `memo`,
    /// cohesions worked out by an earlier build from the same vectors are read back.
    func select(_ candidates: [TopicCandidate], documents: [SparseVector], canonical: [Int], memo: TopicMemo? = nil) -> [TopicCandidate] {
        let minimum = TopicSettings.minimumArticles(corpusSize: canonical.count)
        let eligible = candidates.filter { $0.articles.count >= minimum }
        let dimension = DenseSum.dimension(of: documents)
        let cohesions = Concurrent.map(eligible.count, state: { DenseSum(dimension: dimension) }) { sum, c in
            guard let memo else { return TopicCohesion.cohesion(eligible[c].articles, documents: documents, scratch: &sum) }
            return memo.cohesion(eligible[c].articles) {
                TopicCohesion.cohesion(eligible[c].articles, documents: documents, scratch: &sum)
            }
        }
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
        // Overlap with chosen topics through an article → chosen-topics index: only topics that
        // share an article can overlap, so each candidate costs its members' postings, not one
        // set comparison per chosen topic (that loop was quadratic in the topic count).
        var chosen: [TopicCandidate] = []
        var postings: [Int: [Int32]] = [:]
        var shared: [Int32: Int] = [:]
        for (candidate, _) in scored where chosen.count < limit {
            shared.removeAll(keepingCapacity: true)
            for a in candidate.articles { for t in postings[a] ?? [] { shared[t, default: 0] += 1 } }
            let size = candidate.articles.count
            let overlapping = shared.contains { t, common in
                let union = chosen[Int(t)].articles.count + size - common
                return Double(common) / Double(union) > settings.maximumOverlap
            }
            if overlapping { continue }
            let t = Int32(chosen.count)
            for a in candidate.articles { postings[a, default: []].append(t) }
            chosen.append(candidate)
        }
        return chosen
    }
}
