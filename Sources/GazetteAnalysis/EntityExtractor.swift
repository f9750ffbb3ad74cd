/// Named entities from capitalisation: runs of capitalised words (joined by "of", "de", "for"),
/// with sentence-initial words kept only when the article also capitalises them mid-sentence,
/// titles ("Gov.", "Police Chief") stripped, and variants merged into the fullest form
/// ("Bronin" into "Luke Bronin"; "Hartford Police" into "Hartford Police Department").
enum EntityExtractor {
    /// One merged entity of an article with its lower-case key (words joined by spaces).
    struct Found: Sendable, Hashable {
        var key: String
        var entity: Entity
    }

    /// The article's entities, most mentioned first, then by key.
    static func extract(_ text: ArticleText) -> [Found] {
        var known = Set<String>(), common = Set<String>()
        for tokens in text.tokens {
            for t in tokens where !t.sentenceStart {
                if t.isCapitalized { known.insert(t.lower) } else { common.insert(t.lower) }
            }
        }
        var mentions: [String: (surfaces: [String: Int], count: Int, hints: [EntityKind: Int])] = [:]
        for tokens in text.tokens {
            for mention in EntityMentions.find(in: tokens, known: known, common: common) {
                var e = mentions[mention.key] ?? ([:], 0, [:])
                e.surfaces[mention.surface, default: 0] += 1
                e.count += 1
                if let hint = mention.hint { e.hints[hint, default: 0] += 1 }
                mentions[mention.key] = e
            }
        }
        let merged = EntityMerger.merge(mentions.mapValues { ($0.surfaces, $0.count, $0.hints) })
        return merged.sorted {
            $0.entity.mentions != $1.entity.mentions ? $0.entity.mentions > $1.entity.mentions : $0.key < $1.key
        }
    }
}

/// Merges entity variants and guesses their kind.
enum EntityMerger {
    typealias Stats = (surfaces: [String: Int], count: Int, hints: [EntityKind: Int])

    /// Every short form whose words end a longer name ("bronin" → "luke bronin") or begin it
    /// ("hartford police" → "hartford police department", two words or more) joins the longer
    /// name with the most mentions (ties by key). Output order: by key.
    static func merge(_ stats: [String: Stats]) -> [EntityExtractor.Found] {
        var merged = stats
        let words = Dictionary(uniqueKeysWithValues: stats.keys.map { ($0, $0.split(separator: " ").map(String.init)) })
        var longer: [String: [String]] = [:]  // last word (people) or 2+-word prefix -> longer keys
        for (key, w) in words where w.count > 1 {
            if kind(stats[key]!, key: key) == .person { longer["1:" + w.last!, default: []].append(key) }
            for n in 2..<w.count { longer["p:" + w.prefix(n).joined(separator: " "), default: []].append(key) }
        }
        let byLength = stats.keys.sorted { a, b in
            words[a]!.count != words[b]!.count ? words[a]!.count < words[b]!.count : a < b
        }
        for short in byLength {
            let lookup = words[short]!.count == 1 ? "1:" + short : "p:" + short
            let targets = (longer[lookup] ?? []).filter { merged[$0] != nil }
            guard let target = targets.sorted(by: { merged[$0]!.count != merged[$1]!.count
                    ? merged[$0]!.count > merged[$1]!.count : $0 < $1 }).first,
                  let from = merged.removeValue(forKey: short) else { continue }
            merged[target]!.count += from.count
            for (k, v) in from.hints { merged[target]!.hints[k, default: 0] += v }
        }
        return merged.keys.sorted().map { key in
            let s = merged[key]!
            let name = s.surfaces.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
            let entity = Entity(name: name, kind: kind(s, key: key), mentions: s.count)
            return EntityExtractor.Found(key: key, entity: entity)
        }
    }

    /// The most voted hint (ties: person, organization, place), else a guess from the words.
    static func kind(_ s: Stats, key: String) -> EntityKind {
        let order: [EntityKind] = [.person, .organization, .place, .other]
        if let best = order.max(by: { (s.hints[$0] ?? 0) < (s.hints[$1] ?? 0) }), (s.hints[best] ?? 0) > 0 {
            return order.first { (s.hints[$0] ?? 0) == s.hints[best]! }!
        }
        return unhinted(key)
    }

    /// Kind of a name without hints: people's names are two or three words, none of them a common word.
    static func unhinted(_ key: String) -> EntityKind {
        let words = key.split(separator: " ")
        guard (2...3).contains(words.count) else { return .other }
        return words.contains { StopWords.isStop(String($0)) || commonNameWords.contains(String($0)) } ? .other : .person
    }

    static let commonNameWords: Set<String> = [
        "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "great", "united",
        "royal", "national", "international", "general", "world", "big", "central", "grand", "open", "cup",
        "league", "premier", "european", "american", "british", "labour", "tory", "democrat", "republican",
        "minister", "prime", "chancellor", "secretary", "office", "home", "foreign", "day", "awards", "award",
    ]
}
