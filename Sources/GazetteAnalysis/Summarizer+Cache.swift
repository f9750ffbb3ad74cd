import GazetteCore

/// What `AnalysisCache` keeps of a summary, and the key it is kept under.
extension Summarizer {
    /// The key of an article's summary: everything `summarize` reads. The text key fixes the
    /// article's sentences and which of its terms each holds; the vectors are then made by each
    /// term's place among the article's ids and its IDF, which the usage digest holds
    /// (`TermUse.vectorAndDigest`), so the vectors need building only on a miss.
    /// - Parameters:
    ///   - usage: the article's usage digest (`CorpusIndex.usageDigests`).
    ///   - distinct: the article's distinct term ids, ascending (its document vector's ids).
    ///   - keyTerms: ids of the words of its best key phrases.
    func cacheKey(seed: Hasher128, text: Hash128, usage: Hash128, distinct: [Int32], keyTerms: Set<Int32>) -> Hash128 {
        var hasher = seed
        hasher.add(text.high)
        hasher.add(text.low)
        hasher.add(usage.high)
        hasher.add(usage.low)
        // Key terms by their ranks among the article's ids (the others weigh nothing).
        hasher.add(UInt64(keyTerms.count))
        for r in keyTerms.compactMap({ Self.rank(of: $0, in: distinct) }).sorted() { hasher.add(UInt64(r)) }
        return hasher.hash
    }

    /// `cacheKey(seed:…)` from the settings and the article's title and body term ids
    /// (`CorpusIndex`), for one article alone.
    func cacheKey(text: Hash128, titleTerms: [Int32], bodyTerms: [Int32], idf: [Double], keyTerms: Set<Int32>) -> Hash128 {
        var ids: [Int32] = [], counts: [Int32] = []
        var position: [Int32: Int] = [:]
        for id in titleTerms + bodyTerms {
            if let k = position[id] { counts[k] += 1 } else {
                position[id] = ids.count
                ids.append(id)
                counts.append(1)
            }
        }
        var positions = [Int32](repeating: -1, count: idf.count)
        let (vector, usage) = TermUse(ids: ids, counts: counts).vectorAndDigest(idf: idf, positions: &positions)
        return cacheKey(seed: keySeed, text: text, usage: usage, distinct: vector.ids, keyTerms: keyTerms)
    }

    /// The settings' part of every key: worked out once per corpus, not per article
    /// (describing `weights` goes through reflection).
    var keySeed: Hasher128 {
        var hasher = Hasher128()
        hasher.add("summary \(weights) count=\(count) explain=\(explain)")
        return hasher
    }

    /// The position of `id` in the ascending `ids`, if there.
    static func rank(of id: Int32, in ids: [Int32]) -> Int? {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id ? lo : nil
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
