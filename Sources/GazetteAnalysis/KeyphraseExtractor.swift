import Foundation

/// Statistical key phrases (YAKE/RAKE-like): runs of content words split at stop words, generic
/// words and punctuation; every 1- to 3-word n-gram of a run is a candidate, scored by frequency,
/// first position, corpus rarity and length.
enum KeyphraseExtractor {
    /// One candidate phrase of an article.
    struct Candidate: Sendable, Hashable {
        /// Stemmed lower-case words joined by spaces: the same key across articles.
        var key: String
        /// The most common surface form (words lower-cased unless capitalised mid-sentence).
        var display: String
        var count: Int
        /// Index of the first sentence using it.
        var first: Int
        var length: Int
        /// The smallest article frequency of its words (as one-word candidates).
        var weakestWord: Int = 0
        var score: Double = 0
    }

    /// Every candidate of the article, sorted by key.
    static func candidates(_ text: ArticleText) -> [Candidate] {
        var found: [String: (surfaces: [String: Int], count: Int, first: Int, length: Int)] = [:]
        for (s, tokens) in text.tokens.enumerated() {
            for run in runs(tokens) {
                let stems = run.map { Tokenizer.stem($0.lower) }
                for n in 1...min(3, run.count) {
                    for start in 0...(run.count - n) {
                        let words = run[start..<(start + n)]
                        if n == 1, words.first!.lower.count < 3 { continue }
                        let key = n == 1 ? stems[start] : stems[start..<(start + n)].joined(separator: " ")
                        let surface = words.map { $0.isCapitalized && !$0.sentenceStart ? $0.surface : $0.lower }
                            .joined(separator: " ")
                        var entry = found[key] ?? ([:], 0, s, n)
                        entry.surfaces[surface, default: 0] += 1
                        entry.count += 1
                        found[key] = entry
                    }
                }
            }
        }
        return found.keys.sorted().map { key in
            let e = found[key]!
            let display = e.surfaces.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
            let weakest = e.length == 1 ? e.count
                : key.split(separator: " ").map { found[String($0)]?.count ?? 0 }.min() ?? 0
            return Candidate(key: key, display: display, count: e.count, first: e.first, length: e.length, weakestWord: weakest)
        }
    }

    /// The best `limit` candidates, best first (ties by key); phrases inside a better one are dropped.
    /// - Parameter documentFrequency: articles of the corpus having each key.
    static func rank(_ candidates: [Candidate], documentFrequency: [String: Int], articles: Int, limit: Int = 10) -> [Candidate] {
        var scored = candidates.compactMap { c -> Candidate? in
            // A phrase must recur, or be an early phrase of recurring words.
            guard c.count >= 2 || (c.length > 1 && c.weakestWord >= 2 && c.first < 3) else { return nil }
            let words = c.key.split(separator: " ")
            let rarity = words.reduce(0.0) { sum, w in
                sum + log(1 + Double(articles) / Double(max(1, documentFrequency[String(w)] ?? 1)))
            } / Double(words.count)
            let lengthBoost = [1.0, 1.0, 1.25, 1.2][c.length]
            let support = 1 + log(Double(max(1, c.weakestWord)))
            var c = c
            c.score = (1 + log(Double(c.count))) * support * rarity * lengthBoost * (1 + 0.5 / (1 + Double(c.first)))
            return c
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
        var chosen: [Candidate] = []
        for c in scored where chosen.count < limit {
            let padded = " \(c.key) "
            if chosen.contains(where: { " \($0.key) ".containsBytes(padded) }) { continue }
            chosen.append(c)
        }
        return chosen
    }

    /// Maximal runs of content words: no stop word, generic word, number or punctuation inside.
    static func runs(_ tokens: [WordToken]) -> [[WordToken]] {
        var runs: [[WordToken]] = []
        var current: [WordToken] = []
        for token in tokens {
            let content = token.lower.count > 1 && !StopWords.isStop(token.lower)
                && token.lower.contains(where: \.isLetter) && !token.lower.utf8.contains(0x2E)
            if token.breakBefore || !content {
                if !current.isEmpty { runs.append(current) }
                current = []
            }
            if content { current.append(token) }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
