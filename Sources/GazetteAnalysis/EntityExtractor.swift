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

    /// The article's entities, most mentioned first, then by key. `words` assigned the tokens'
    /// `word` ids.
    static func extract(sentences: [[WordToken]], words: StringIDs) -> [Found] {
        // By word id: capitalised mid-sentence somewhere, written in lower case somewhere.
        var known = [Bool](repeating: false, count: words.count), common = known
        for tokens in sentences {
            for t in tokens where !t.sentenceStart {
                if t.isCapitalized { known[Int(t.word)] = true } else { common[Int(t.word)] = true }
            }
        }
        var index: [String: Int] = [:]
        var entries: [EntityMerger.Entry] = []
        var facts = WordFacts.Table(words: words.count)
        for tokens in sentences {
            for mention in EntityMentions.find(in: tokens, known: known, common: common, facts: &facts) {
                let e: Int
                if let seen = index[mention.key] { e = seen } else {
                    e = entries.count
                    index[mention.key] = e
                    entries.append(EntityMerger.Entry(key: mention.key))
                }
                if let k = entries[e].surfaces.firstIndex(where: { $0.form == mention.surface }) {
                    entries[e].surfaces[k].count += 1
                } else {
                    entries[e].surfaces.append((mention.surface, 1))
                }
                entries[e].count += 1
                if let hint = mention.hint { entries[e].hints[hint, default: 0] += 1 }
            }
        }
        let merged = EntityMerger.merge(entries)
        return merged.sorted {
            $0.entity.mentions != $1.entity.mentions ? $0.entity.mentions > $1.entity.mentions : $0.key < $1.key
        }
    }
}

/// Merges entity variants and guesses their kind.
enum EntityMerger {
    /// The mentions of one key in an article.
    struct Entry {
        var key: String
        /// Surface forms with their counts, in first-seen order.
        var surfaces: [(form: String, count: Int)] = []
        var count = 0
        var hints: [EntityKind: Int] = [:]
    }

    /// Every short form whose words end a longer name ("bronin" → "luke bronin") or begin it
    /// ("hartford police" → "hartford police department", two words or more) joins the longer
    /// name with the most mentions (ties by key). A one-word name read as a person's (after a
    /// title) that matches no surname joins the one person whose first name it is ("Sir Alan" →
    /// "Alan Budd"), unless several people share that first name. Output order: by key.
    static func merge(_ entries: [Entry]) -> [EntityExtractor.Found] {
        var count = entries.map(\.count)
        var hints = entries.map(\.hints)
        var alive = [Bool](repeating: true, count: entries.count)
        let words = entries.map { Self.words($0.key) }
        // Kinds of the keys without hints, worked out when first needed.
        var plainKinds = [EntityKind?](repeating: nil, count: entries.count)
        func kind(_ i: Int) -> EntityKind {
            Self.kind(hints: hints[i]) {
                if let known = plainKinds[i] { return known }
                let plain = hasAcronym(entries[i].surfaces[0].form) ? .organization : unhinted(words[i])
                plainKinds[i] = plain
                return plain
            }
        }
        var longer: [String: [Int]] = [:]  // last word or first word (people), 2+-word prefix -> longer keys
        for (i, w) in words.enumerated() where w.count > 1 {
            if kind(i) == .person {
                longer["1:" + w.last!, default: []].append(i)
                longer["f:" + w.first!, default: []].append(i)
            }
            for n in 2..<w.count { longer["p:" + w.prefix(n).joined(separator: " "), default: []].append(i) }
        }
        if !longer.isEmpty {
            let byLength = entries.indices.sorted { a, b in
                words[a].count != words[b].count ? words[a].count < words[b].count : entries[a].key < entries[b].key
            }
            for short in byLength {
                let lookup = (words[short].count == 1 ? "1:" : "p:") + entries[short].key
                var targets = longer[lookup]
                if targets == nil, words[short].count == 1, hints[short][.person] != nil,
                   let people = longer["f:" + entries[short].key], people.count(where: { alive[$0] }) == 1 {
                    targets = people
                }
                guard let targets else { continue }
                var best = -1
                for t in targets where alive[t] {
                    if best < 0 || count[t] > count[best] || (count[t] == count[best] && entries[t].key < entries[best].key) {
                        best = t
                    }
                }
                guard best >= 0 else { continue }
                alive[short] = false
                count[best] += count[short]
                for (k, v) in hints[short] { hints[best][k, default: 0] += v }
            }
        }
        let order = entries.indices.filter { alive[$0] }.sorted { entries[$0].key < entries[$1].key }
        return order.map { i in
            var name = entries[i].surfaces[0]
            for f in entries[i].surfaces.dropFirst() where f.count > name.count || (f.count == name.count && f.form < name.form) {
                name = f
            }
            let entity = Entity(name: name.form, kind: kind(i), mentions: count[i])
            return EntityExtractor.Found(key: entries[i].key, entity: entity)
        }
    }

    /// The most voted hint (ties: person, organization, place), else `unhinted`.
    static func kind(hints: [EntityKind: Int], unhinted: () -> EntityKind) -> EntityKind {
        let order: [EntityKind] = [.person, .organization, .place, .other]
        if let best = order.max(by: { (hints[$0] ?? 0) < (hints[$1] ?? 0) }), (hints[best] ?? 0) > 0 {
            return order.first { (hints[$0] ?? 0) == hints[best]! }!
        }
        return unhinted()
    }

    /// A key's words: split at spaces, on bytes when the key is ASCII (the same split, cheaper
    /// than splitting `Character`s).
    static func words(_ key: String) -> [Substring] {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key.utf8.split(separator: 0x20).map { Substring($0) } }
        return key.split(separator: " ")
    }

    /// Whether a name as written holds an acronym, a word of two or more letters all in capitals
    /// ("NBC Connecticut", "US Army"): such a name, without hints, is taken for an organisation's.
    /// ASCII words are read byte by byte (looking up Unicode properties cost a tenth of the analysis).
    static func hasAcronym(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                defer { start = end + 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if word.contains(where: { $0 >= 0x80 }) {
                    if isAcronym(String(decoding: word, as: UTF8.self).unicodeScalars) { return true }
                    continue
                }
                if word.count(where: { $0 &- 0x41 < 26 }) >= 2, !word.contains(where: { $0 &- 0x61 < 26 }) { return true }
            }
            return false
        }
    }

    /// Two or more letters, all capitals.
    static func isAcronym(_ word: some Sequence<Unicode.Scalar>) -> Bool {
        let letters = word.filter(\.properties.isAlphabetic)
        return letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)
    }

    /// Kind of a name without hints, from its key's words: people's names are two or three
    /// words, none of them a common word.
    static func unhinted(_ words: [Substring]) -> EntityKind {
        guard (2...3).contains(words.count) else { return .other }
        return words.contains { StopWords.isStop(String($0)) || commonNameWords.contains(String($0)) } ? .other : .person
    }

    static let commonNameWords: Set<String> = [
        "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "great", "united",
        "royal", "national", "international", "general", "world", "big", "central", "grand", "open", "cup",
        "league", "premier", "european", "american", "british", "labour", "tory", "democrat", "republican",
        "minister", "prime", "chancellor", "secretary", "office", "home", "foreign", "day", "awards", "award",
        "first", "second", "third",
    ]
}
