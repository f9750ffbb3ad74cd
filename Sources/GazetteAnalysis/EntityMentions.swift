/// Finds the capitalised-name mentions of one sentence.
enum EntityMentions {
    struct Mention: Sendable, Hashable {
        var key: String
        var surface: String
        var hint: EntityKind?
    }

    /// Mentions in text order. By word id (`WordToken.word`), `known` tells the words the article
    /// capitalises mid-sentence, `common` those it writes in lower case.
    static func find(in tokens: [WordToken], known: [Bool], common: [Bool]) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard isName(tokens[i]) else { i += 1; continue }
            var run = [i]
            var j = i + 1
            while j < tokens.count, !tokens[j].breakBefore {
                if isName(tokens[j]) { run.append(j); j += 1; continue }
                if connectors.contains(tokens[j].surface), j + 1 < tokens.count, !tokens[j + 1].breakBefore,
                   isName(tokens[j + 1]) { run += [j, j + 1]; j += 2; continue }
                break
            }
            var words = run.map { tokens[$0] }
            var before = i > 0 ? tokens[i - 1] : nil
            // "Hartford Mayor Luke Bronin": the words before the last title name something else.
            if let cut = words.indices.dropLast().last(where: { personTitles.contains(title(words[$0])) }), cut > 0 {
                let head = Array(words[..<cut]).filter { !titleModifiers.contains($0.lower) || orgSuffixes.contains($0.lower) }
                if let m = mention(head, before: before, after: words[cut], known: known, common: common) { out.append(m) }
                words.removeFirst(cut)
                before = nil
            }
            if let m = mention(words, before: before, after: j < tokens.count ? tokens[j] : nil, known: known, common: common) {
                out.append(m)
            }
            i = j
        }
        return out
    }

    private static func mention(
        _ run: [WordToken], before: WordToken?, after: WordToken?, known: [Bool], common: [Bool]
    ) -> Mention? {
        var words = run
        var hint: EntityKind? = nil
        // A sentence-initial word counts when the article capitalises it elsewhere, or when it
        // starts a longer name and is neither a stop word nor written in lower case elsewhere.
        while let first = words.first, StopWords.isFunction(first.lower)
                || (first.sentenceStart && !known[Int(first.word)]
                    && (words.count == 1 || common[Int(first.word)] || StopWords.isStop(first.lower))) {
            words.removeFirst()
        }
        if let cut = words.indices.last(where: { personTitles.contains(title(words[$0])) }),
           words[...cut].allSatisfy({ personTitles.contains(title($0)) || titleModifiers.contains($0.lower) }),
           cut < words.count - 1 {
            words.removeFirst(cut + 1)
            hint = .person
        }
        while let last = words.last, connectors.contains(last.surface) { words.removeLast() }
        guard !words.isEmpty, !words.allSatisfy({ StopWords.isStop($0.lower) || personTitles.contains($0.lower) }) else { return nil }
        let last = words.last!.lower
        if orgSuffixes.contains(last) || (words.count == 1 && words[0].isAllCaps) { hint = .organization }
        else if placeSuffixes.contains(last) { hint = .place }
        else if hint == nil, words.count == 1, let b = before?.lower, ["in", "at", "from", "near", "across"].contains(b) { hint = .place }
        else if hint == nil, words.count == 1, after?.breakBefore == true, after?.lower.count == 2 || after.map({ Abbreviations.ambiguous.contains($0.lower) }) == true { hint = .place }
        else if hint == nil, let a = after?.lower, ["said", "says", "told", "added"].contains(a), words.count >= 2 { hint = .person }
        return Mention(key: words.map(\.lower).joined(separator: " "), surface: words.map(\.surface).joined(separator: " "), hint: hint)
    }

    /// A token as a title word: lower-cased, final dot dropped ("Gov." gives "gov").
    static func title(_ t: WordToken) -> String { t.lower.hasSuffix(".") ? String(t.lower.dropLast()) : t.lower }

    static func isName(_ t: WordToken) -> Bool {
        guard t.isCapitalized, t.surface != "I", !calendarWords.contains(t.lower) else { return false }
        return !(t.isAllCaps && t.surface.count > 5)
    }

    /// Capitalised but never part of a name.
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ]
    static let connectors: Set<String> = ["of", "de", "for", "van", "von", "da", "du", "del", "la", "le"]
    static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "gov", "governor", "sen", "senator", "rep", "representative", "president",
        "mayor", "chief", "officer", "sgt", "sergeant", "lt", "lieutenant", "det", "detective", "judge",
        "professor", "prof", "coach", "manager", "minister", "secretary", "chancellor", "captain", "capt",
        "gen", "general", "sir", "lord", "lady", "rev", "reverend", "commissioner", "superintendent",
        "councilman", "councilwoman", "alderman", "director", "chairman", "chairwoman", "spokesman",
        "spokeswoman", "prosecutor", "attorney", "king", "queen", "prince", "princess", "pope", "dame",
    ]
    static let titleModifiers: Set<String> = [
        "police", "fire", "state", "city", "deputy", "assistant", "acting", "former", "interim", "prime",
        "vice", "foreign", "home", "chief", "executive", "general", "district", "us", "u.s.", "county",
    ]
    static let orgSuffixes: Set<String> = [
        "department", "police", "university", "college", "school", "bank", "company", "inc", "corp", "ltd",
        "plc", "party", "council", "committee", "association", "agency", "ministry", "office", "club", "union",
        "group", "court", "commission", "board", "service", "services", "fc", "united", "institute", "network",
        "foundation", "center", "centre", "hospital", "news", "times", "post", "press", "league", "federation",
        "authority", "administration", "bureau", "corporation", "organisation", "organization", "senate",
        "house", "parliament", "congress", "assembly", "fund", "trust", "records", "studios", "airways",
    ]
    static let placeSuffixes: Set<String> = [
        "city", "county", "state", "street", "avenue", "road", "river", "island", "islands", "park", "square",
        "valley", "mountains", "lake", "bay", "coast", "province", "region", "district",
    ]
}
