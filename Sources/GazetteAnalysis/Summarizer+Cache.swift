import GazetteCore

/// What `AnalysisCache` keeps of a summary, and the key it is kept under.
extension Summarizer {
    /// The key of an article's summary: everything `summarize` reads. The text key fixes the
    /// article's sentences and which of its terms each holds (title, then body, in the order
    /// used); the vectors are then made by each term's place among the article's ids and its
    /// IDF, so those are hashed instead of the vectors, which need building only on a miss.
    /// A term's place is its rank among the article's ids: it keeps what the arithmetic depends
    /// on (which weights meet in a dot product, and in which order they are summed) while ids
    /// elsewhere in the corpus shift; IDF values are hashed bit for bit.
    /// - Parameters:
    ///   - titleTerms: the article's title term ids; `bodyTerms`: its body term ids, sentence
    ///     after sentence (`CorpusIndex`).
    ///   - keyTerms: ids of the words of its best key phrases.
    func cacheKey(text: Hash128, titleTerms: [Int32], bodyTerms: [Int32], idf: [Double], keyTerms: Set<Int32>) -> Hash128 {
        cacheKey(seed: keySeed, text: text, titleTerms: titleTerms, bodyTerms: bodyTerms, idf: idf, keyTerms: keyTerms)
    }

    /// The settings' part of every key: worked out once per corpus, not per article
    /// (describing `weights` goes through reflection).
    var keySeed: Hasher128 {
        var hasher = Hasher128()
        hasher.add("summary \(weights) count=\(count) explain=\(explain)")
        return hasher
    }

    /// `cacheKey` continuing from `keySeed`.
    func cacheKey(seed: Hasher128, text: Hash128, titleTerms: [Int32], bodyTerms: [Int32], idf: [Double],
                  keyTerms: Set<Int32>) -> Hash128 {
        var ranks = RankTable(dimension: idf.count)
        return cacheKey(seed: seed, text: text, titleTerms: titleTerms, bodyTerms: bodyTerms, idf: idf,
                        keyTerms: keyTerms, ranks: &ranks)
    }

    /// `cacheKey(seed:…)` with a reusable table of ranks (one per worker; left as found).
    /// - Parameter distinct: the distinct ids of `titleTerms` and `bodyTerms`, ascending, when
    ///   the caller has them (the article's document vector's ids); else they are worked out.
    func cacheKey(seed: Hasher128, text: Hash128, titleTerms: [Int32], bodyTerms: [Int32], idf: [Double],
                  keyTerms: Set<Int32>, distinct: [Int32]? = nil, ranks: inout RankTable) -> Hash128 {
        var hasher = seed
        hasher.add(text.high)
        hasher.add(text.low)
        // The article's distinct term ids, ascending: an id's rank is its position here.
        let ids = distinct ?? {
            var ids = titleTerms + bodyTerms
            ids.sortRemovingRepeats()
            return ids
        }()
        ranks.set(ids)
        defer { ranks.clear(ids) }
        hasher.add(UInt64(ids.count))
        // Each distinct term once, in the order the article first uses it: its rank and IDF.
        var hashed = [Bool](repeating: false, count: ids.count)
        for terms in [titleTerms, bodyTerms] {
            for id in terms {
                let r = ranks[id]!
                guard !hashed[r] else { continue }
                hashed[r] = true
                hasher.add(UInt64(r))
                hasher.add(idf[Int(id)].bitPattern)
            }
        }
        hasher.add(UInt64(keyTerms.count))
        for r in keyTerms.compactMap({ ranks[$0] }).sorted() { hasher.add(UInt64(r)) }
        return hasher.hash
    }
}

/// Each term id's rank among one article's distinct ids, in a table as long as the corpus's
/// terms: a look-up instead of a binary search for every term the article uses.
struct RankTable {
    private var ranks: [Int32]

    init(dimension: Int) {
        ranks = Array(repeating: -1, count: dimension)
    }

    /// Gives each of the ascending, distinct `ids` its position as rank.
    mutating func set(_ ids: [Int32]) {
        for (r, id) in ids.enumerated() { ranks[Int(id)] = Int32(r) }
    }

    /// Forgets the ranks `set(ids)` gave.
    mutating func clear(_ ids: [Int32]) {
        for id in ids { ranks[Int(id)] = -1 }
    }

    /// The rank of `id`, or nil when it is not among the ids set.
    subscript(id: Int32) -> Int? {
        guard id >= 0, Int(id) < ranks.count, ranks[Int(id)] >= 0 else { return nil }
        return Int(ranks[Int(id)])
    }
}

extension Summarizer.Result {
    func encoded() -> [UInt8] {
        var out = BinaryWriter()
        out.write(indices) { $0.write(varint: UInt64($1)) }
        out.write(scores) { out, score in
            out.write(varint: UInt64(score.index))
            out.write(score.total.bitPattern)
            out.write(score.parts.keys.sorted()) { out, name in
                out.write(name)
                out.write(score.parts[name]!.bitPattern)
            }
        }
        return out.bytes
    }

    init?(decoding bytes: [UInt8]) {
        var input = BinaryReader(bytes)
        guard let indices = input.readArray({ $0.readVarint().map { Int($0) } }),
              let scores = input.readArray({ input -> SentenceScore? in
                  guard let index = input.readVarint(), let total: UInt64 = input.read(),
                        let parts = input.readArray({ input -> (String, Double)? in
                            guard let name = input.readString(), let value: UInt64 = input.read() else { return nil }
                            return (name, Double(bitPattern: value))
                        }) else { return nil }
                  return SentenceScore(index: Int(index), total: Double(bitPattern: total),
                                       parts: Dictionary(parts, uniquingKeysWith: { first, _ in first }))
              }),
              input.isAtEnd
        else { return nil }
        self.init(indices: indices, scores: scores)
    }
}

/// The summaries file of an `AnalysisCache` during one analysis: read while summarising (from
/// any thread), written once afterwards.
final class SummaryStore: @unchecked Sendable {
    let isOn: Bool
    /// Each article's text key (empty without a cache).
    let keys: [Hash128]
    let reader: CacheFileReader?
    private let file: CacheFile?
    /// Set by `save`, which runs once, after the parallel part.
    private(set) var reused = 0
    private(set) var saved = false

    init(cache: AnalysisCache?, keys: [Hash128]) {
        isOn = cache != nil
        self.keys = keys
        file = cache?.summaries
        reader = file.flatMap(CacheFileReader.init)
    }

    func save(_ entries: [(key: Hash128, bytes: [UInt8], reused: Bool)], reused: Int) {
        self.reused = reused
        guard let file, var writer = CacheFileWriter(file, continuing: reader) else { return }
        guard writer.add(entries) else { return }
        saved = writer.finish()
    }
}
