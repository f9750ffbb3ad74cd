import Foundation

/// Picks an article's summary: a score per sentence from lede position, LexRank centrality,
/// title and key-phrase overlap and length, then greedy MMR selection under a word budget. An
/// article without a title line gets its lede (`SummaryWeights.ledeWithoutTitle`).
struct Summarizer: Sendable {
    var weights: SummaryWeights
    var count: Int
    /// Fill each score's named parts (the totals are computed either way).
    var explain = true

    struct Result: Sendable {
        /// Chosen sentence indices, ascending (article order).
        var indices: [Int]
        /// Every sentence's score, in sentence order.
        var scores: [SentenceScore]
    }

    /// - Parameters:
    ///   - vectors: TF-IDF vector of each sentence.
    ///   - title: title vector, empty when the title is derived.
    ///   - titleIsDerived: whether the article had no title line (`Article.titleIsDerived`): with
    ///     `ledeWithoutTitle`, sentences are then scored by position alone and chosen in order.
    ///   - keyTerms: term ids of the article's key phrases.
    ///   - scratch: a reusable dense sum for LexRank, as long as the vectors' ids need.
    func summarize(text: ArticleText, vectors: [SparseVector], title: SparseVector, titleIsDerived: Bool = false,
                   keyTerms: Set<Int32>, scratch: inout DenseSum) -> Result {
        let n = text.spans.count
        let usable = text.usable
        let lede = titleIsDerived && weights.ledeWithoutTitle
        var candidates = (0..<n).filter { usable[$0] && !vectors[$0].isEmpty }
        if lede {
            // The lede is read in order: a sentence that ends a quotation the sentence before it
            // opened follows that sentence ("“We act. This is targeted,” Bronin said.").
            candidates = (0..<n).filter { i in
                !vectors[i].isEmpty && (usable[i] || i > 0 && text.continuesQuote[i] && usable[i - 1] && !vectors[i - 1].isEmpty)
            }
        }
        let central = lede ? [] : LexRank.scores(candidates.map { vectors[$0] }, scratch: &scratch)
        let decay = weights.ledeDecay + weights.ledeDecayPerSentence * Double(max(0, n - 10))
        var scores = (0..<n).map { SentenceScore(index: $0, total: 0, parts: explain ? ["excluded": 1] : [:]) }
        for (rank, i) in candidates.enumerated() {
            let position = weights.position * exp(-Double(rank) / decay)
            if lede {
                // Position falls with rank, so the greedy choice below takes the sentences in order.
                scores[i] = SentenceScore(index: i, total: position, parts: explain ? ["position": position] : [:])
                continue
            }
            let words = Double(text.wordCounts[i])
            var shared = 0
            if !keyTerms.isEmpty { for id in vectors[i].ids where keyTerms.contains(id) { shared += 1 } }
            let keyShare = keyTerms.isEmpty ? 0 : Double(shared) / Double(min(keyTerms.count, 8))
            let centrality = weights.centrality * central[rank]
            let titlePart = title.isEmpty ? 0 : weights.title * vectors[i].dot(title)
            let keyphrases = weights.keyphrases * min(1, keyShare)
            let length = weights.length * min(words, weights.lengthTarget) / weights.lengthTarget
            // Summed in the order of the sorted part names, as `explain` lists them.
            let total = 0.0 + centrality + keyphrases + length + position + titlePart
            let parts: [String: Double] = explain ? [
                "position": position, "centrality": centrality, "title": titlePart, "keyphrases": keyphrases,
                "length": length,
            ] : [:]
            scores[i] = SentenceScore(index: i, total: total, parts: parts)
        }
        return Result(indices: select(candidates, scores: scores, vectors: vectors, words: text.wordCounts,
                                      redundancy: lede ? 0 : weights.redundancy),
                      scores: scores)
    }

    /// Greedy MMR: best score minus `redundancy` times the cosine with the closest chosen sentence,
    /// ties to the earlier sentence; sentences that would overrun the word budget are skipped once
    /// one is chosen.
    private func select(_ candidates: [Int], scores: [SentenceScore], vectors: [SparseVector], words: [Int],
                        redundancy: Double) -> [Int] {
        guard count > 0 else { return [] }
        let budget = weights.wordBudget * Double(count) / 3
        var chosen: [Int] = []
        var used = 0
        var left = candidates
        while chosen.count < count, !left.isEmpty {
            var best: (index: Int, value: Double)? = nil
            for i in left {
                if !chosen.isEmpty, Double(used + words[i]) > budget { continue }
                let overlap = redundancy == 0 ? 0 : chosen.map { vectors[i].dot(vectors[$0]) }.max() ?? 0
                let value = scores[i].total - redundancy * overlap
                if best == nil || value > best!.value { best = (i, value) }
            }
            guard let pick = best else { break }
            chosen.append(pick.index)
            used += words[pick.index]
            left.removeAll { $0 == pick.index }
        }
        return chosen.sorted()
    }
}
