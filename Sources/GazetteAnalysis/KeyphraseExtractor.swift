import Foundation
import GazetteCore

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

        /// A phrase must recur, or be an early phrase of recurring words; `rank` drops the others.
        var isRankable: Bool { count >= 2 || (length > 1 && weakestWord >= 2 && first < 3) }
    }

    /// Every candidate of the sentences' tokens, in first-seen order. `weakestWord` is only
    /// filled where `isRankable` or `rank` can read it (a count of 2 or more, or a phrase in
    /// the first three sentences); elsewhere it is 0.
    static func candidates(sentences: [[WordToken]]) -> [Candidate] {
        struct Entry {
            var key: String
            /// The stems of a phrase's words (empty for one word).
            var parts: [String]
            /// Surface forms with their counts, in first-seen order.
            var surfaces: [(form: String, count: Int)]
            var count: Int
            var first: Int
            var length: Int
        }
        var index: [String: Int] = [:]
        var entries: [Entry] = []
        var stems: [String] = [], forms: [String] = []
        index.reserveCapacity(sentences.count * 16)
        for (s, tokens) in sentences.enumerated() {
            forEachRun(tokens) { run in
                stems.removeAll(keepingCapacity: true)
                forms.removeAll(keepingCapacity: true)
                for t in run {
                    stems.append(Tokenizer.stem(t.lower))
                    forms.append(t.isCapitalized && !t.sentenceStart ? t.surface : t.lower)
                }
                for n in 1...min(3, run.count) {
                    for start in 0...(run.count - n) {
                        if n == 1, characterCount(run[run.startIndex + start].lower, below: 3) { continue }
                        let key = n == 1 ? stems[start] : joined(stems, start, n)
                        let surface = n == 1 ? forms[start] : joined(forms, start, n)
                        let e: Int
                        if let known = index[key] { e = known } else {
                            e = entries.count
                            index[key] = e
                            entries.append(Entry(key: key, parts: n == 1 ? [] : Array(stems[start..<(start + n)]),
                                                 surfaces: [], count: 0, first: s, length: n))
                        }
                        if let k = entries[e].surfaces.firstIndex(where: { $0.form == surface }) {
                            entries[e].surfaces[k].count += 1
                        } else {
                            entries[e].surfaces.append((surface, 1))
                        }
                        entries[e].count += 1
                    }
                }
            }
        }
        return entries.map { e in
            var display = e.surfaces[0]
            for f in e.surfaces.dropFirst() where f.count > display.count || (f.count == display.count && f.form < display.form) {
                display = f
            }
            var weakest = 0
            if e.length == 1 {
                weakest = e.count
            } else if e.count >= 2 || e.first < 3 {
                // The key's words are its stems, unless a stem starts with a non-ASCII scalar
                // that could join the space before it into one `Character`.
                let words = e.parts.allSatisfy { $0.utf8.first! < 0x80 } ? e.parts
                    : e.key.split(separator: " ").map(String.init)
                weakest = words.map { index[$0].map { entries[$0].count } ?? 0 }.min() ?? 0
            }
            return Candidate(key: e.key, display: display.form, count: e.count, first: e.first, length: e.length, weakestWord: weakest)
        }
    }

    /// `words[start..<(start + n)]` joined by spaces.
    @inline(__always)
    private static func joined(_ words: [String], _ start: Int, _ n: Int) -> String {
        var out = words[start]
        for k in (start + 1)..<(start + n) {
            out += " "
            out += words[k]
        }
        return out
    }

    /// True when `word` has fewer than `limit` `Character`s.
    @inline(__always)
    static func characterCount(_ word: String, below limit: Int) -> Bool {
        let bytes = word.utf8.count
        if bytes < limit { return true }
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        return ascii ? false : word.count < limit
    }

    /// The best `limit` candidates, best first (ties by key); phrases inside a better one are dropped.
    /// - Parameter documentFrequency: articles of the corpus having each one-word key, by the
    ///   key's FNV-1a hash.
    static func rank(_ candidates: [Candidate], documentFrequency: [UInt64: Int], articles: Int, limit: Int = 10) -> [Candidate] {
        var scored = candidates.compactMap { c -> Candidate? in
            guard c.isRankable else { return nil }
            let words = c.key.split(separator: " ")
            let rarity = words.reduce(0.0) { sum, w in
                sum + log(1 + Double(articles) / Double(max(1, documentFrequency[FNV1a.hash(w.utf8)] ?? 1)))
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
        forEachRun(tokens) { runs.append(Array($0)) }
        return runs
    }

    /// Calls `body` with each maximal run of content words, in order.
    static func forEachRun(_ tokens: [WordToken], _ body: (ArraySlice<WordToken>) -> Void) {
        var start = -1
        for (k, token) in tokens.enumerated() {
            let content = isContent(token.lower)
            if token.breakBefore || !content {
                if start >= 0 { body(tokens[start..<k]) }
                start = -1
            }
            if content, start < 0 { start = k }
        }
        if start >= 0 { body(tokens[start...]) }
    }

    /// A word that may be part of a key phrase: two characters or more, a letter, no full stop,
    /// not a stop word.
    static func isContent(_ lower: String) -> Bool {
        var ascii = true, letter = false, dot = false
        for b in lower.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b == 0x2E { dot = true }
            if (b | 0x20) &- 0x61 < 26 { letter = true }
        }
        if ascii {
            return lower.utf8.count > 1 && letter && !dot && !StopWords.isStop(lower)
        }
        return lower.count > 1 && !StopWords.isStop(lower) && lower.contains(where: \.isLetter) && !lower.utf8.contains(0x2E)
    }
}
