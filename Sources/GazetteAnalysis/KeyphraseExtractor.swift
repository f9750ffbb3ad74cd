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
        var sentences = sentences
        var words = StringIDs()
        words.assignWords(&sentences)
        return candidates(sentences: sentences, words: words)
    }

    /// `candidates(sentences:)` of tokens whose `word` ids `words` assigned. Phrases are counted
    /// by the ids of their stems and forms; their strings are made once per distinct phrase.
    static func candidates(sentences: [[WordToken]], words: StringIDs) -> [Candidate] {
        /// One to three ids; unused places are -1.
        struct Gram: Hashable {
            var a: Int32, b: Int32, c: Int32
            init(_ a: Int32, _ b: Int32 = -1, _ c: Int32 = -1) {
                (self.a, self.b, self.c) = (a, b, c)
            }
            init(_ ids: ArraySlice<Int32>) {
                var i = ids.startIndex
                a = ids[i]; i += 1
                b = i < ids.endIndex ? ids[i] : -1; i += 1
                c = i < ids.endIndex ? ids[i] : -1
            }
            /// The ids in order, as far as they are used.
            func forEach(_ body: (Int32) -> Void) {
                body(a)
                if b >= 0 { body(b) }
                if c >= 0 { body(c) }
            }
            /// Dictionaries hash a gram with `IDHash` rather than SipHash: its ids are dense
            /// numbers this function assigns, and the table's seed still goes into the mix.
            func _rawHashValue(seed: Int) -> Int {
                IDHash.hash(a, b, c, seed: seed)
            }
        }
        struct Entry {
            var stems: Gram
            /// The first surface form (ids into `forms`) and its count; most phrases have no other.
            var form: Gram
            var formCount = 0
            /// Other surface forms with their counts, in first-seen order.
            var otherForms: [(form: Gram, count: Int)] = []
            var count = 0
            var first: Int
            var length: Int

            mutating func add(_ surface: Gram) {
                count += 1
                if surface == form {
                    formCount += 1
                } else if let k = otherForms.firstIndex(where: { $0.form == surface }) {
                    otherForms[k].count += 1
                } else {
                    otherForms.append((surface, 1))
                }
            }
        }
        // Facts about each word, worked out when it is first met.
        var learned = [Bool](repeating: false, count: words.count)
        var content = [Bool](repeating: false, count: words.count)
        var short = [Bool](repeating: false, count: words.count)
        var stemOf = [Int32](repeating: -1, count: words.count)
        var lowerForm = [Int32](repeating: -1, count: words.count)
        var stems = StringIDs(capacity: words.count), forms = StringIDs(capacity: words.count)
        func learn(_ t: WordToken) {
            let w = Int(t.word)
            learned[w] = true
            content[w] = isContent(t.lower)
            short[w] = characterCount(t.lower, below: 3)
        }
        var index: [Gram: Int] = [:]
        var entries: [Entry] = []
        var runStems: [Int32] = [], runForms: [Int32] = []
        index.reserveCapacity(sentences.count * 24)
        for (s, tokens) in sentences.enumerated() {
            for t in tokens where !learned[Int(t.word)] { learn(t) }
            forEachRun(tokens, isContent: { content[Int($0.word)] }) { run in
                runStems.removeAll(keepingCapacity: true)
                runForms.removeAll(keepingCapacity: true)
                for t in run {
                    let w = Int(t.word)
                    if stemOf[w] < 0 { stemOf[w] = stems.id(Tokenizer.stem(t.lower)) }
                    runStems.append(stemOf[w])
                    if t.isCapitalized && !t.sentenceStart {
                        runForms.append(forms.id(t.surface))
                    } else {
                        if lowerForm[w] < 0 { lowerForm[w] = forms.id(t.lower) }
                        runForms.append(lowerForm[w])
                    }
                }
                for n in 1...min(3, run.count) {
                    for start in 0...(run.count - n) {
                        if n == 1, short[Int(run[run.startIndex + start].word)] { continue }
                        let key = Gram(runStems[start..<(start + n)])
                        let surface = Gram(runForms[start..<(start + n)])
                        let e = IDHash.entry(&index[key, default: entries.count])
                        if e == entries.count {
                            entries.append(Entry(stems: key, form: surface, first: s, length: n))
                        }
                        entries[e].add(surface)
                    }
                }
            }
        }
        func joined(_ gram: Gram, _ strings: StringIDs) -> String {
            var out = strings[gram.a]
            if gram.b >= 0 { out += " " + strings[gram.b] }
            if gram.c >= 0 { out += " " + strings[gram.c] }
            return out
        }
        // Only for stems starting with a non-ASCII scalar, which could join the space before
        // them into one `Character`: entries by key string.
        var byKey: [String: Int]?
        return entries.map { e in
            let key = joined(e.stems, stems)
            var display = (form: joined(e.form, forms), count: e.formCount)
            for f in e.otherForms {
                let form = joined(f.form, forms)
                if f.count > display.count || (f.count == display.count && form < display.form) { display = (form, f.count) }
            }
            var weakest = 0
            if e.length == 1 {
                weakest = e.count
            } else if e.count >= 2 || e.first < 3 {
                var ascii = true
                e.stems.forEach { ascii = ascii && stems[$0].utf8.first! < 0x80 }
                if ascii {
                    weakest = .max
                    e.stems.forEach { weakest = min(weakest, index[Gram($0)].map { entries[$0].count } ?? 0) }
                } else {
                    if byKey == nil {
                        byKey = Dictionary(entries.indices.map { (joined(entries[$0].stems, stems), $0) }, uniquingKeysWith: { a, _ in a })
                    }
                    weakest = key.split(separator: " ").map { byKey![String($0)].map { entries[$0].count } ?? 0 }.min() ?? 0
                }
            }
            return Candidate(key: key, display: display.form, count: e.count, first: e.first, length: e.length, weakestWord: weakest)
        }
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
    static func rank(_ candidates: [Candidate], documentFrequency: [HashedKey: Int], articles: Int, limit: Int = 10) -> [Candidate] {
        let scored = candidates.compactMap { c -> Candidate? in
            guard c.isRankable else { return nil }
            // The mean rarity of the key's space-separated words, in order (hashed as they are read).
            var key = c.key, rarity = 0.0, words = 0
            key.withUTF8 { bytes in
                var hash = FNV1a.offsetBasis, length = 0
                for k in 0...bytes.count {
                    if k < bytes.count, bytes[k] != 0x20 {
                        FNV1a.step(&hash, bytes[k])
                        length += 1
                        continue
                    }
                    guard length > 0 else { continue }
                    rarity += log(1 + Double(articles) / Double(max(1, documentFrequency[HashedKey(hash)] ?? 1)))
                    words += 1
                    hash = FNV1a.offsetBasis
                    length = 0
                }
            }
            rarity /= Double(words)
            let lengthBoost = [1.0, 1.0, 1.25, 1.2][c.length]
            let support = 1 + log(Double(max(1, c.weakestWord)))
            var c = c
            c.score = (1 + log(Double(c.count))) * support * rarity * lengthBoost * (1 + 0.5 / (1 + Double(c.first)))
            return c
        }
        // Positions in rank order, not the candidates themselves (ties stay in order, as a stable
        // sort keeps them). Only the best few are ordered first: the whole list is sorted only
        // when phrases inside better ones leave fewer than `limit` among them.
        func better(_ i: Int, _ j: Int) -> Bool {
            scored[i].score != scored[j].score ? scored[i].score > scored[j].score
                : scored[i].key != scored[j].key ? scored[i].key < scored[j].key : i < j
        }
        let first = scored.indices.sortedPrefix(3 * limit, by: better)
        if let chosen = choose(first.map { scored[$0] }, limit: limit, complete: first.count == scored.count) {
            return chosen
        }
        return choose(scored.indices.sorted(by: better).map { scored[$0] }, limit: limit, complete: true)!
    }

    /// The first `limit` of `ranked` that no earlier choice contains (as whole words); nil when
    /// fewer are found and `ranked` is not `complete` (more candidates follow it).
    private static func choose(_ ranked: [Candidate], limit: Int, complete: Bool) -> [Candidate]? {
        var chosen: [Candidate] = [], padded: [String] = []
        for c in ranked where chosen.count < limit {
            let own = " " + c.key + " "
            if padded.contains(where: { $0.containsBytes(own) }) { continue }
            chosen.append(c)
            padded.append(own)
        }
        return chosen.count == limit || complete ? chosen : nil
    }

    /// Calls `body` with each maximal run of content words (by `isContent`), in order: no stop
    /// word, generic word, number or punctuation inside.
    @inline(__always)
    static func forEachRun(_ tokens: [WordToken], isContent: (WordToken) -> Bool, _ body: (ArraySlice<WordToken>) -> Void) {
        var start = -1
        for (k, token) in tokens.enumerated() {
            let content = isContent(token)
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
