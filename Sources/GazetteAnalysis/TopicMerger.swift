/// Merges topic candidates that name the same thing: a two-word-or-longer key that begins a longer
/// one ("hartford police" → "hartford police department") and a single word that ends a person's
/// name ("bronin" → "luke bronin"). A prefix joins the longer candidate sharing the most articles
/// when at least half of its articles have it; a surname joins the person with the most articles
/// when that person has at least twice the articles of any other with the surname (ties by key)
/// and at least half as many as the surname.
/// Look-ups go through prefix and surname tables, never all pairs. Topics that are two forms of
/// one word ("economy" and "economic") merge later, once they have all their articles
/// (`mergeWordForms`).
enum TopicMerger {
    /// Merged candidates, sorted by key.
    /// - Parameter candidates: sorted by key, each key once (as `TopicCandidate.gather` gives them).
    static func merge(_ candidates: [TopicCandidate]) -> [TopicCandidate] {
        var byKey = Dictionary(uniqueKeysWithValues: candidates.map { ($0.key, $0) })
        var prefixes: [String: [String]] = [:]
        var surnames: [String: [String]] = [:]
        var wordCount: [String: Int] = [:]
        // Keys by word count, each count's keys in key order: the order shorter keys merge in.
        var byLength: [[String]] = []
        for c in candidates {
            let words = c.key.split(separator: " ")
            wordCount[c.key] = words.count
            while byLength.count <= words.count { byLength.append([]) }
            byLength[words.count].append(c.key)
            guard words.count > 1 else { continue }
            for n in 2..<words.count { prefixes[words.prefix(n).joined(separator: " "), default: []].append(c.key) }
            if c.kind == .person { surnames[String(words.last!), default: []].append(c.key) }
        }
        for key in byLength.joined() {
            guard let short = byKey[key] else { continue }
            let targets = (wordCount[key]! == 1 ? surnames[key] : prefixes[key]) ?? []
            let members = Set(short.articles)
            let surname = wordCount[key]! == 1
            var shared: [(key: String, count: Int)] = []
            for t in targets {
                guard let long = byKey[t] else { continue }
                shared.append((t, surname ? long.articles.count : long.articles.filter(members.contains).count))
            }
            shared.sort { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
            guard let best = shared.first else { continue }
            let dominant = shared.count == 1 || best.count >= 2 * shared[1].count
            // A prefix needs half of its articles shared; a surname, a person with at least half as
            // many articles (the word "growth" of fifty articles is not the surname of "African
            // Growth" in one).
            if (surname && !dominant) || 2 * best.count < short.articles.count { continue }
            byKey[best.key] = union(byKey[best.key]!, short)
            byKey[key] = nil
        }
        // Merging only removes keys, so the candidates' order is still key order.
        return candidates.compactMap { byKey[$0.key] }
    }

    /// Letters two forms of a word share at the start, and at most how many letters of either
    /// key may follow them ("econom|" and "econom|i"; "russia|" and "russia|n").
    static let formStem = 5, formEnding = 3

    /// Merges one-word keys that are forms of one word: keys whose first `formStem` letters agree
    /// and which share all but at most `formEnding` letters of each key, or a shorter key and
    /// the same with an "s" (the stemmer leaves "pcs" alone), when at least half
    /// of the smaller candidate's articles are the larger's. Each key joins the largest such
    /// partner (most articles, then most strength, then key), smaller keys first; words of
    /// different meaning that look alike ("strike" and "striker", "brent" and "brentford") share
    /// few articles and stay apart. Returns `topics` in their order, less those merged into another.
    static func mergeWordForms(_ topics: [TopicCandidate]) -> [TopicCandidate] {
        var byKey = Dictionary(uniqueKeysWithValues: topics.map { ($0.key, $0) })
        mergeWordForms(&byKey)
        return topics.compactMap { byKey[$0.key] }
    }

    private static func mergeWordForms(_ byKey: inout [String: TopicCandidate]) {
        var byStart: [Substring: [String]] = [:]
        for key in byKey.keys where key.count >= formStem && !key.contains(" ") && byKey[key]!.kind != .person {
            byStart[key.prefix(formStem), default: []].append(key)
        }
        func size(_ key: String) -> (Int, Int) {
            let c = byKey[key]!
            return (c.articles.count, c.strength.reduce(0, +))
        }
        // Keys too short for the stemmer ("pc" and "pcs") are forms when one is the other and "s".
        for key in byKey.keys.sorted() where key.count < formStem && !key.contains(" ") {
            let plural = key + "s"
            guard let one = byKey[key], let many = byKey[plural], one.kind != .person, many.kind != .person else { continue }
            let (small, large) = size(key) < size(plural) ? (one, many) : (many, one)
            let members = Set(small.articles)
            guard 2 * large.articles.count(where: members.contains) >= small.articles.count else { continue }
            byKey[large.key] = union(large, small)
            byKey[small.key] = nil
        }
        for keys in byStart.values where keys.count > 1 {
            // Smallest first, so that a key joins a partner that is still there.
            let order = keys.sorted { size($0) != size($1) ? size($0) < size($1) : $0 > $1 }
            for (i, key) in order.enumerated() {
                guard let small = byKey[key] else { continue }
                let members = Set(small.articles)
                var best: String?
                for other in order[(i + 1)...] where byKey[other] != nil && Self.areForms(key, other) {
                    let shared = byKey[other]!.articles.count(where: members.contains)
                    if 2 * shared >= small.articles.count { best = other }
                }
                guard let best else { continue }
                byKey[best] = union(byKey[best]!, small)
                byKey[key] = nil
            }
        }
    }

    /// Whether two keys agree on their first `formStem` letters and on all but at most
    /// `formEnding` letters of each.
    static func areForms(_ a: String, _ b: String) -> Bool {
        let shared = zip(a, b).prefix { $0 == $1 }.count
        return shared >= formStem && shared >= max(a.count, b.count) - formEnding
    }

    /// `into` with the articles of `other` added (ascending, strengths summed).
    static func union(_ into: TopicCandidate, _ other: TopicCandidate) -> TopicCandidate {
        var strength: [Int: Int] = [:]
        for (a, s) in zip(into.articles, into.strength) { strength[a, default: 0] += s }
        for (a, s) in zip(other.articles, other.strength) { strength[a, default: 0] += s }
        var out = into
        out.articles = strength.keys.sorted()
        out.strength = out.articles.map { strength[$0]! }
        if out.kind == nil { out.kind = other.kind }
        out.aliases = Array(Set(into.aliases + other.aliases)).sorted()
        out.labelNames = Array(Set(into.labelNames + other.labelNames)).sorted()
        return out
    }
}
