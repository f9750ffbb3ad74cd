/// Finds the capitalised-name mentions of one sentence.
enum EntityMentions {
    struct Mention: Sendable, Hashable {
        var key: String
        var surface: String
        var hint: EntityKind?
    }

    /// Mentions in text order. By word id (`WordToken.word`), `known` tells the words the article
    /// capitalises mid-sentence, `common` those it writes in lower case; `facts` caches what the
    /// word lists say of each word.
    static func find(in tokens: [WordToken], known: [Bool], common: [Bool], facts: inout WordFacts.Table) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard isName(tokens[i], &facts) else { i += 1; continue }
            var run = [i]
            var j = i + 1
            // A possessive before a name of two or more words ends the name: "Arsenal's Robert
            // Pires" names two, "Destiny's Child" and "Lloyd's of London" one.
            while j < tokens.count, !tokens[j].breakBefore, !(tokens[j - 1].isPossessive && startsLongName(tokens, j, &facts)) {
                if isName(tokens[j], &facts) { run.append(j); j += 1; continue }
                if isConnector(tokens[j], &facts), j + 1 < tokens.count, !tokens[j + 1].breakBefore,
                   isName(tokens[j + 1], &facts) { run += [j, j + 1]; j += 2; continue }
                break
            }
            var words = run.map { tokens[$0] }
            var before = i > 0 ? tokens[i - 1] : nil
            // "Hartford Mayor Luke Bronin": the words before the last title name something else.
            if let cut = words.indices.dropLast().last(where: { facts(words[$0], .title) }), cut > 0 {
                let head = Array(words[..<cut]).filter { !facts($0, .titleModifier) || facts($0, .orgSuffix) }
                if let m = mention(head, before: before, after: words[cut], known: known, common: common, facts: &facts) {
                    out.append(m)
                }
                words.removeFirst(cut)
                before = nil
            }
            if let m = mention(words, before: before, after: j < tokens.count ? tokens[j] : nil, known: known, common: common,
                               facts: &facts) {
                out.append(m)
            }
            i = j
        }
        return out
    }

    private static func mention(
        _ run: [WordToken], before: WordToken?, after: WordToken?, known: [Bool], common: [Bool], facts: inout WordFacts.Table
    ) -> Mention? {
        var words = run
        var hint: EntityKind? = nil
        // Whether "the" comes right before the name, written before it or as its dropped first word.
        var afterThe = before?.surface == "the"
        // A sentence-initial word counts when the article capitalises it elsewhere, or when it
        // starts a longer name and is neither a stop word nor written in lower case elsewhere,
        // unless names often start with it ("New Zealand", "North Korea", "United Nations").
        while let first = words.first, facts(first, .function)
                || (first.sentenceStart && !known[Int(first.word)]
                    && (words.count == 1 || (!facts(first, .commonNameWord) && (common[Int(first.word)] || facts(first, .stop)))))
                || (words.count > 1 && isRank(first)) {
            afterThe = first.lower == "the"
            words.removeFirst()
        }
        if let cut = words.indices.last(where: { facts(words[$0], .title) }),
           words[...cut].allSatisfy({ facts($0, .title) || facts($0, .titleModifier) }),
           cut < words.count - 1 {
            // "Secretary of State Colin Powell": a connector carries the title on over the name
            // after it. With nothing after that, the title is the name: "Prince of Wales".
            let end = isConnector(words[cut + 1], &facts) ? cut + 3 : cut + 1
            if end < words.count {
                words.removeFirst(end)
                hint = .person
            }
        }
        while let last = words.last, isConnector(last, &facts) { words.removeLast() }
        guard !words.isEmpty, !words.allSatisfy({ facts($0, .stop) || facts($0, .personTitle) }) else { return nil }
        let last = words.last!
        // "University of New Haven", "Department of Correction": an organisation's head word before "of".
        let headOfOrganization = words.indices.dropLast().contains {
            facts(words[$0], .orgSuffix) && isConnector(words[$0 + 1], &facts)
        }
        if facts(last, .orgSuffix) || headOfOrganization || (words.count == 1 && words[0].isAllCaps) { hint = .organization }
        else if facts(last, .placeSuffix) { hint = .place }
        else if hint == nil, words.count == 1, let b = before, facts(b, .placePreposition) { hint = .place }
        else if hint == nil, words.count == 1, let a = after, a.breakBefore, facts(a, .twoCharacters) || facts(a, .ambiguousAbbreviation) { hint = .place }
        // "The Federal Reserve said", "the Foo Fighters": people's names do not follow "the".
        // A name with an acronym is left to `EntityMerger` ("the MG Rover deal": an organisation).
        else if hint == nil, words.count >= 2, afterThe, !words.contains(where: \.isAllCaps) { hint = .other }
        // Not "NBC Connecticut said" (an acronym) or "the Second Amendment says" (a common word).
        else if hint == nil, let a = after, facts(a, .reportingVerb), words.count >= 2,
                !words.contains(where: { $0.isAllCaps || facts($0, .commonNameWord) }) {
            hint = .person
        }
        // "Tulip Computers", "African Growth": a name ending in a word the article also writes
        // in lower case (not a function word) names a thing, not a person. A name with an
        // acronym is left to `EntityMerger`, which makes it an organisation.
        else if hint == nil, words.count >= 2, let last = words.last, common[Int(last.word)], !facts(last, .function),
                !words.contains(where: \.isAllCaps) {
            hint = .other
        }
        return Mention(key: words.map(\.lower).joined(separator: " "), surface: words.map(\.surface).joined(separator: " "), hint: hint)
    }

    /// Whether `tokens[j]` and the word after it are both name words, with no break between.
    static func startsLongName(_ tokens: [WordToken], _ j: Int, _ facts: inout WordFacts.Table) -> Bool {
        j + 1 < tokens.count && isName(tokens[j], &facts) && !tokens[j + 1].breakBefore && isName(tokens[j + 1], &facts)
    }

    /// A connector as written ("of", never "Of"): the lists hold lower-case words only, so a word
    /// is one when its lower-cased form is listed and it is written that way.
    static func isConnector(_ t: WordToken, _ facts: inout WordFacts.Table) -> Bool {
        !t.isCapitalized && t.surface == t.lower && facts(t, .connector)
    }

    /// A ranking written as one word, "No" and digits: "world No2 Novak Djokovic" names Novak Djokovic.
    static func isRank(_ t: WordToken) -> Bool {
        var bytes = t.surface.utf8.makeIterator()
        guard bytes.next() == 0x4E, bytes.next() == 0x6F, let digit = bytes.next(), digit &- 0x30 < 10 else { return false }
        while let b = bytes.next() { if b &- 0x30 >= 10 { return false } }
        return true
    }

    /// A lower-cased word as a title word: final dot dropped ("gov." gives "gov").
    static func title(_ lower: String) -> String { lower.hasSuffix(".") ? String(lower.dropLast()) : lower }

    static func isName(_ t: WordToken, _ facts: inout WordFacts.Table) -> Bool {
        guard t.isCapitalized, t.surface != "I", !facts(t, .calendar) else { return false }
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
        "house", "parliament", "congress", "assembly", "fund", "trust", "records", "studios", "airways", "force",
    ]
    static let placeSuffixes: Set<String> = [
        "city", "county", "state", "street", "avenue", "road", "river", "island", "islands", "park", "square",
        "valley", "mountains", "lake", "bay", "coast", "province", "region", "district",
    ]
}

/// What `EntityMentions`' word lists say of one lower-cased word.
struct WordFacts: OptionSet {
    var rawValue: UInt16

    static let calendar = WordFacts(rawValue: 1 << 0)
    static let connector = WordFacts(rawValue: 1 << 1)
    /// A person's title once a final dot is dropped ("gov." too).
    static let title = WordFacts(rawValue: 1 << 2)
    /// A person's title as it is.
    static let personTitle = WordFacts(rawValue: 1 << 3)
    static let titleModifier = WordFacts(rawValue: 1 << 4)
    static let orgSuffix = WordFacts(rawValue: 1 << 5)
    static let placeSuffix = WordFacts(rawValue: 1 << 6)
    static let function = WordFacts(rawValue: 1 << 7)
    static let stop = WordFacts(rawValue: 1 << 8)
    /// "in", "at", "from", "near", "across": before a place.
    static let placePreposition = WordFacts(rawValue: 1 << 9)
    /// "said", "says", "told", "added": after a person.
    static let reportingVerb = WordFacts(rawValue: 1 << 10)
    static let twoCharacters = WordFacts(rawValue: 1 << 11)
    static let ambiguousAbbreviation = WordFacts(rawValue: 1 << 12)
    /// A word common in names that are not people's ("national", "second": `EntityMerger`).
    static let commonNameWord = WordFacts(rawValue: 1 << 13)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Whether the single fact `fact` holds of `lower`.
    static func holds(_ fact: WordFacts, of lower: String) -> Bool {
        switch fact {
        case .calendar: EntityMentions.calendarWords.contains(lower)
        case .connector: EntityMentions.connectors.contains(lower)
        case .title: EntityMentions.personTitles.contains(EntityMentions.title(lower))
        case .personTitle: EntityMentions.personTitles.contains(lower)
        case .titleModifier: EntityMentions.titleModifiers.contains(lower)
        case .orgSuffix: EntityMentions.orgSuffixes.contains(lower)
        case .placeSuffix: EntityMentions.placeSuffixes.contains(lower)
        case .function: StopWords.isFunction(lower)
        case .stop: StopWords.isStop(lower)
        case .placePreposition: ["in", "at", "from", "near", "across"].contains(lower)
        case .reportingVerb: ["said", "says", "told", "added"].contains(lower)
        case .twoCharacters: lower.count == 2
        case .ambiguousAbbreviation: Abbreviations.ambiguous.contains(lower)
        case .commonNameWord: EntityMerger.commonNameWords.contains(lower)
        default: preconditionFailure("not a single fact")
        }
    }

    /// Facts by word id (`WordToken.word`), each worked out the first time it is asked of a word.
    struct Table {
        private var asked: [WordFacts]
        private var facts: [WordFacts]

        init(words: Int) {
            asked = Array(repeating: [], count: words)
            facts = asked
        }

        /// Whether the single fact `fact` holds of the token's word.
        mutating func callAsFunction(_ token: WordToken, _ fact: WordFacts) -> Bool {
            let w = Int(token.word)
            if !asked[w].contains(fact) {
                asked[w].insert(fact)
                if WordFacts.holds(fact, of: token.lower) { facts[w].insert(fact) }
            }
            return facts[w].contains(fact)
        }
    }
}
