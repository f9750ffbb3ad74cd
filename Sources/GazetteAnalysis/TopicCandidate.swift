import GazetteCore

/// A possible topic: one entity or key phrase and the articles that feature it.
struct TopicCandidate: Sendable, Hashable {
    /// Stemmed lower-case words joined by spaces; entities and phrases share the key space.
    var key: String
    var name: String
    var kind: EntityKind?
    /// Member article indices, ascending, canonical articles only.
    var articles: [Int]
    /// How strongly each member features it (mentions or phrase count), parallel to `articles`.
    var strength: [Int]
    var cohesion: Double = 0
    /// Keys merged into this one (its own key included), sorted.
    var aliases: [String] = []
    /// What the articles' labels (categories and tags; `TopicLabels`) did: joined articles to
    /// this selected candidate, or made it alone.
    var labels = LabelUse.none
    /// The label spellings (`Topic.labelSpelling`) that joined it, sorted.
    var labelNames: [String] = []

    enum LabelUse: Sendable, Hashable { case none, joined, only }

    /// What one article offers: its top entities and key phrases under the shared key space.
    struct Offer: Sendable, Hashable {
        var key: String
        var name: String
        var kind: EntityKind?
        var strength: Int
    }

    static func key(_ words: String) -> String {
        Tokenizer.words(words).map(Tokenizer.stem).joined(separator: " ")
    }

    /// Gathers offers into candidates, sorted by key. `offers[i]` is empty for duplicates.
    /// Names: the entity form when any article offers one, else the most common phrase form.
    /// When one article offers a key twice (an entity and a phrase with the same key), the
    /// first offer counts and the second is passed over.
    static func gather(_ offers: [[Offer]]) -> [TopicCandidate] {
        var byKey: [String: Gathering] = [:]
        for (a, list) in offers.enumerated() {
            // Modified in place: a copy taken out and stored back copied every member list.
            for offer in list { byKey[offer.key, default: Gathering()].add(offer, article: a) }
        }
        let keys = byKey.keys.sorted()
        let gathered = byKey
        return Concurrent.map(keys.count) { i in
            let key = keys[i]
            let e = gathered[key]!
            let names = e.entityNames.isEmpty ? e.names : e.entityNames
            let name = names.entries.min { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }!.value
            let kind = e.kinds.entries.min { $0.count != $1.count ? $0.count > $1.count : $0.value.rawValue < $1.value.rawValue }?.value
            return TopicCandidate(key: key, name: name, kind: kind, articles: e.articles, strength: e.strength, aliases: [key])
        }
    }

    /// One key's offers so far. Its names and kinds are counted in short lists, not dictionaries:
    /// a key rarely has more than two, and a hundred thousand offers each hashed three more
    /// strings and allocated three tables.
    private struct Gathering: Sendable {
        var names = Tally<String>()
        var entityNames = Tally<String>()
        var kinds = Tally<EntityKind>()
        var articles: [Int] = []
        var strength: [Int] = []

        mutating func add(_ offer: Offer, article a: Int) {
            guard articles.last != a else { return }
            names.add(offer.name)
            if let kind = offer.kind {
                entityNames.add(offer.name)
                kinds.add(kind)
            }
            articles.append(a)
            strength.append(offer.strength)
        }
    }

    /// Counts of a few distinct values, in first-seen order.
    private struct Tally<Value: Equatable & Sendable>: Sendable {
        private(set) var entries: [(value: Value, count: Int)] = []

        var isEmpty: Bool { entries.isEmpty }

        mutating func add(_ value: Value) {
            if let k = entries.firstIndex(where: { $0.value == value }) {
                entries[k].count += 1
            } else {
                entries.append((value, 1))
            }
        }
    }
}
