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
    static func gather(_ offers: [[Offer]]) -> [TopicCandidate] {
        var byKey: [String: (names: [String: Int], entityNames: [String: Int], kinds: [EntityKind: Int], articles: [Int], strength: [Int])] = [:]
        for (a, list) in offers.enumerated() {
            for offer in list {
                var e = byKey[offer.key] ?? ([:], [:], [:], [], [])
                if e.articles.last == a { e.strength[e.strength.count - 1] += offer.strength; continue }
                e.names[offer.name, default: 0] += 1
                if let kind = offer.kind {
                    e.entityNames[offer.name, default: 0] += 1
                    e.kinds[kind, default: 0] += 1
                }
                e.articles.append(a)
                e.strength.append(offer.strength)
                byKey[offer.key] = e
            }
        }
        return byKey.keys.sorted().map { key in
            let e = byKey[key]!
            let names = e.entityNames.isEmpty ? e.names : e.entityNames
            let name = names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
            let kind = e.kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }.first?.key
            return TopicCandidate(key: key, name: name, kind: kind, articles: e.articles, strength: e.strength, aliases: [key])
        }
    }
}
