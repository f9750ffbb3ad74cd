import GazetteCore

/// What one build's related-story step leaves for the next, so that after an edit only the
/// lists the edit can change are queried again (`RelatedFinder.related(documents:group:keys:previous:)`):
/// each article's vector hash, its duplicate group's canonical article, and its list with scores.
///
/// A score is a sum over the terms two pruned vectors share, taken in id order; ids follow the
/// terms' bytes, so it is the same float from either article's query. An unchanged article's
/// list therefore changes only through the changed articles, whose own queries give their new
/// scores with every other article.
struct RelatedLists: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var article: Int32
        var score: Double
    }

    /// The finder's settings, and whether it compared whole vectors (a small corpus).
    var settings: Hash128
    /// Each article's vector hash (`TopicMemo.documents`).
    var keys: [Hash128]
    /// Each article's duplicate group: the canonical article's index.
    var group: [Int32]
    /// Each article's related articles, best first, with their scores.
    var lists: [[Entry]]

    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(settings.high)
        writer.write(settings.low)
        writer.write(varint: UInt64(keys.count))
        for a in keys.indices {
            writer.write(keys[a].high)
            writer.write(keys[a].low)
            writer.write(varint: group[a])
            writer.write(lists[a]) { writer, entry in
                writer.write(varint: entry.article)
                writer.write(entry.score.bitPattern)
            }
        }
        return writer.bytes
    }

    /// What `encoded()` wrote; nil for anything else, or for indices out of range.
    init?(decoding bytes: [UInt8]) {
        var reader = BinaryReader(bytes)
        guard let high = reader.read(UInt64.self), let low = reader.read(UInt64.self),
              let count = reader.readVarint(), count <= UInt64(bytes.count) / 17 else { return nil }
        settings = Hash128(high: high, low: low)
        let n = Int(count)
        keys = []
        group = []
        lists = []
        keys.reserveCapacity(n)
        group.reserveCapacity(n)
        lists.reserveCapacity(n)
        for _ in 0..<n {
            guard let high = reader.read(UInt64.self), let low = reader.read(UInt64.self),
                  let canonical = reader.readVarintInt32(), canonical >= 0, Int(canonical) < n,
                  let list = reader.readArray({ reader -> Entry? in
                      guard let article = reader.readVarintInt32(), article >= 0, Int(article) < n,
                            let bits = reader.read(UInt64.self) else { return nil }
                      return Entry(article: article, score: Double(bitPattern: bits))
                  })
            else { return nil }
            keys.append(Hash128(high: high, low: low))
            group.append(canonical)
            lists.append(list)
        }
        guard reader.isAtEnd else { return nil }
    }

    init(settings: Hash128, keys: [Hash128], group: [Int32], lists: [[Entry]]) {
        (self.settings, self.keys, self.group, self.lists) = (settings, keys, group, lists)
    }

    /// The articles of the new corpus that need a full query, and how the old lists map onto
    /// it; nil when the old lists cannot be reused at all.
    struct Plan {
        /// Each old article's index now, or -1 when it changed or went.
        var now: [Int32]
        /// The old index of each article now, or -1 (an article changed or new).
        var before: [Int32]
        /// How many articles have a vector the old lists do not (changed or new): their queries
        /// give every other article's new score with them.
        var changed: Int
        /// Per article: a full query is needed (it changed, or its old list names an article
        /// that changed or went, so what comes after that list is unknown).
        var query: [Bool]
    }

    /// A plan for the new corpus, or nil when the settings differ, an unchanged article's
    /// duplicate group changed, or unchanged articles moved past each other (ties between
    /// equal scores go by index).
    func plan(settings: Hash128, keys newKeys: [Hash128], group newGroup: [Int]) -> Plan? {
        guard settings == self.settings else { return nil }
        var now = [Int32](repeating: -1, count: keys.count)
        var before = [Int32](repeating: -1, count: newKeys.count)
        // Articles with one vector (copies) are matched in order, when there are as many as before.
        let old = Self.positions(keys), new = Self.positions(newKeys)
        for (key, ps) in old {
            guard let qs = new[key], qs.count == ps.count else { continue }
            for (p, q) in zip(ps, qs) {
                now[p] = Int32(q)
                before[q] = Int32(p)
            }
        }
        var last: Int32 = -1
        for p in now.indices where now[p] >= 0 {
            guard now[p] > last else { return nil }
            last = now[p]
            // The same canonical article, or the filters on pairs of unchanged articles differ.
            guard now[Int(group[p])] == Int32(newGroup[Int(now[p])]) else { return nil }
        }
        let changed = before.count { $0 < 0 }
        let query = before.indices.map { q in
            before[q] < 0 || lists[Int(before[q])].contains { now[Int($0.article)] < 0 }
        }
        return Plan(now: now, before: before, changed: changed, query: query)
    }

    /// Each key's indices, ascending.
    private static func positions(_ keys: [Hash128]) -> [Hash128: [Int]] {
        var positions: [Hash128: [Int]] = [:]
        positions.reserveCapacity(keys.count)
        for (a, key) in keys.enumerated() { positions[key, default: []].append(a) }
        return positions
    }
}
