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
            let name = names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
            let kind = e.kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }.first?.key
            return TopicCandidate(key: key, name: name, kind: kind, articles: e.articles, strength: e.strength, aliases: [key])
        }
    }

    /// One key's offers so far.
    private struct Gathering: Sendable {
        var names: [String: Int] = [:]
        var entityNames: [String: Int] = [:]
        var kinds: [EntityKind: Int] = [:]
        var articles: [Int] = []
        var strength: [Int] = []

        mutating func add(_ offer: Offer, article a: Int) {
            guard articles.last != a else { return }
            names[offer.name, default: 0] += 1
            if let kind = offer.kind {
                entityNames[offer.name, default: 0] += 1
                kinds[kind, default: 0] += 1
            }
            articles.append(a)
            strength.append(offer.strength)
        }
    }
}
