import GazetteCore

/// Completes selected topics with every canonical article that mentions them (under any merged
/// form) and sits close to the topic's centroid, so that a story mentioning "Chelsea" in passing
/// stays out while one about Chelsea that ranked it ninth joins.
struct TopicExpander: Sendable {
    /// A newcomer's cosine with the centroid must reach `joinShare` of the members' mean cosine.
    var settings = TopicSettings()

    /// - Parameter mentions: article `a`'s hashed topic keys with their strengths (empty for
    ///   duplicates), asked for once per article; a topic is found under the hash of each of its
    ///   aliases. `documents` has one vector per article.
    ///   With `memo`, which articles join a topic is read back when an earlier build worked it
    ///   out from the same vectors.
    /// - Returns: the topics with members added, article lists ascending.
    func expand(_ topics: [TopicCandidate], mentions: @Sendable (_ a: Int) -> MentionList,
                documents: [SparseVector], memo: TopicMemo? = nil) -> [TopicCandidate] {
        let index = AliasTable(topics.map { $0.aliases.map { FNV1a.hash($0.utf8) } })
        // Per article, the topics it mentions but does not belong to, with the summed strength.
        let offers = Concurrent.map(documents.count, state: { [(topic: Int32, strength: Int)]() }) { found, a -> [(topic: Int, strength: Int)] in
            found.removeAll(keepingCapacity: true)
            let list = mentions(a)
            for i in 0..<list.count {
                index.forEachTopic(of: list.keys[i]) { found.append(($0, Int(list.strength(at: i)))) }
            }
            // By topic, each topic once with its strengths summed.
            found.sort { $0.topic < $1.topic }
            var out: [(topic: Int, strength: Int)] = []
            var k = 0
            while k < found.count {
                let t = found[k].topic
                var strength = 0
                while k < found.count, found[k].topic == t {
                    strength += found[k].strength
                    k += 1
                }
                if !Self.contains(topics[Int(t)].articles, a) { out.append((Int(t), strength)) }
            }
            return out
        }
        var byTopic = Array(repeating: [(article: Int, strength: Int)](), count: topics.count)
        for (a, list) in offers.enumerated() { for o in list { byTopic[o.topic].append((a, o.strength)) } }
        let pending = byTopic
        // Per topic, the centroid (normalised sum of the members' vectors) is held densely, so
        // each cosine costs the article's entries; the members' mean cosine sets the bar.
        let share = settings.joinShare
        let dimension = DenseSum.dimension(of: documents)
        let joins = Concurrent.map(topics.count, state: { DenseSum(dimension: dimension) }) { centroid, t in
            guard !pending[t].isEmpty else { return [(article: Int, strength: Int)]() }
            let tried = pending[t], articles = tried.map(\.article), members = topics[t].articles
            let positions = if let memo {
                memo.joins(members: members, pending: articles, share: share) {
                    Self.joining(articles, topic: members, documents: documents, share: share, centroid: &centroid)
                }
            } else {
                Self.joining(articles, topic: members, documents: documents, share: share, centroid: &centroid)
            }
            return positions.map { tried[Int($0)] }
        }
        var out = topics
        for (t, list) in joins.enumerated() {
            for join in list {
                out[t].articles.append(join.article)
                out[t].strength.append(join.strength)
            }
        }
        for t in out.indices {
            let order = out[t].articles.indices.sorted { out[t].articles[$0] < out[t].articles[$1] }
            out[t].articles = order.map { out[t].articles[$0] }
            out[t].strength = order.map { out[t].strength[$0] }
        }
        return out
    }

    /// Which of `tried` (positions, ascending) sit close enough to the centroid of `members`.
    /// `centroid` is scratch space, left cleared.
    static func joining(_ tried: [Int], topic members: [Int], documents: [SparseVector], share: Double,
                                centroid: inout DenseSum) -> [Int32] {
        defer { centroid.clear() }
        for m in members { centroid.add(documents[m]) }
        centroid.normalize()
        let bar = members.reduce(0.0) { $0 + centroid.dot(documents[$1]) } / Double(members.count)
        // Two articles at a time (`dot(_:_:)`), each with the single dot product's total.
        var joining: [Int32] = []
        var k = 0
        while k + 1 < tried.count {
            let (first, second) = centroid.dot(documents[tried[k]], documents[tried[k + 1]])
            if first >= share * bar { joining.append(Int32(k)) }
            if second >= share * bar { joining.append(Int32(k + 1)) }
            k += 2
        }
        if k < tried.count, centroid.dot(documents[tried[k]]) >= share * bar { joining.append(Int32(k)) }
        return joining
    }

    /// Whether the ascending list `articles` holds `a` (binary search).
    static func contains(_ articles: [Int], _ a: Int) -> Bool {
        var lo = 0, hi = articles.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if articles[mid] < a { lo = mid + 1 } else { hi = mid }
        }
        return lo < articles.count && articles[lo] == a
    }
}

/// Topics by the hashes of their aliases, in one flat open-addressing table: a look-up hashes
/// nothing (the keys are FNV-1a hashes already, mixed once more for the slot) and copies no
/// array, where a `[UInt64: [Int]]` ran SipHash and retained a list per mention.
///
/// Most keys looked up (an article's mentions) are no alias at all. A bit per mixed hash's top
/// 16 bits, set for every alias, turns most of them away after one look at 8 KB that stays in
/// the core's first cache, before any slot of the table is read.
struct AliasTable: Sendable {
    /// Per slot: the key, and the range of its topics in `topics` (`count` 0 for an empty slot).
    private var keys: [UInt64]
    private var starts: [Int32]
    private var counts: [Int32]
    private var topics: [Int32] = []
    private let mask: Int
    /// 65,536 bits: bit `fmix64(key) >> 48` is set for every alias key.
    private var filter = [UInt64](repeating: 0, count: 1024)

    /// - Parameter aliases: each topic's alias hashes; a topic is listed under a hash once per
    ///   alias having it (its strength then counts once per alias), in ascending order.
    init(_ aliases: [[UInt64]]) {
        var pairs: [(key: UInt64, topic: Int32)] = []
        for (t, hashes) in aliases.enumerated() { for h in hashes { pairs.append((h, Int32(t))) } }
        pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.topic < $1.topic }
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        starts = Array(repeating: 0, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        var k = 0
        while k < pairs.count {
            let key = pairs[k].key
            let mixed = Hasher128.fmix64(key)
            var slot = Self.slot(mixed, mask)
            while counts[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            starts[slot] = Int32(topics.count)
            let bit = Self.filterBit(mixed)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            while k < pairs.count, pairs[k].key == key {
                topics.append(pairs[k].topic)
                k += 1
            }
            counts[slot] = Int32(topics.count) - starts[slot]
        }
    }

    /// A key's first slot and its filter bit, both from its hash mixed once more (`fmix64`).
    private static func slot(_ mixed: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: mixed) & mask
    }

    private static func filterBit(_ mixed: UInt64) -> Int {
        Int(truncatingIfNeeded: mixed >> 48)
    }

    /// Calls `body` with each topic having an alias whose hash is `key`, in ascending order.
    @inline(__always)
    func forEachTopic(of key: UInt64, _ body: (Int32) -> Void) {
        let mixed = Hasher128.fmix64(key)
        let bit = Self.filterBit(mixed)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
        var slot = Self.slot(mixed, mask)
        while counts[slot] != 0 {
            if keys[slot] == key {
                let start = Int(starts[slot])
                for k in start..<(start + Int(counts[slot])) { body(topics[k]) }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
