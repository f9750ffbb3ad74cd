import Foundation
import GazetteCore
import Testing
@testable import GazetteAnalysis

@Suite("Entities and key phrases")
struct EntityKeyphraseTests {
    static func entities(_ paragraphs: [String]) -> [Entity] {
        Analyzer().analyze([Fixtures.article("x.txt", title: "T", paragraphs)]).articles[0].entities
    }

    @Test("a surname joins the full name")
    func surname() throws {
        let found = Self.entities(Fixtures.troopers.paragraphs)
        let bronin = try #require(found.first { $0.name == "Luke Bronin" })
        #expect(bronin.mentions == 2)
        #expect(bronin.kind == .person)
        #expect(!found.contains { $0.name == "Bronin" })
    }

    @Test("a first name after a title joins the one person it names, not one of several", arguments: [
        (["Sir Alan Budd wrote the report on the visa.", "Critics of the report said Sir Alan had been fair."], "Alan Budd", 2, "Alan"),
        (["Sir Alan Budd met Alan Johnson on the visa.", "Critics of the report said Sir Alan had been fair."], "Alan Budd", 1, "Alan"),
    ] as [([String], String, Int, String)])
    func firstName(paragraphs: [String], person: String, mentions: Int, short: String) throws {
        let found = Self.entities(paragraphs)
        let full = try #require(found.first { $0.name == person })
        #expect(full.mentions == mentions)
        #expect(found.contains { $0.name == short } == (mentions == 1))
    }

    @Test("titles are stripped and initials kept")
    func titles() {
        let names = Self.entities(Fixtures.resources.paragraphs).map(\.name)
        #expect(names.contains("Dannel P. Malloy"))
        #expect(!names.contains { $0.hasPrefix("Gov") })
    }

    @Test("sentence-initial common words are not entities")
    func sentenceStart() {
        let names = Self.entities(["The city said Detectives were busy.", "Police came. Hartford is calm, Hartford police said."]).map(\.name)
        #expect(!names.contains("The"))
        #expect(!names.contains("Police"))
        #expect(names.contains("Hartford"))
    }

    @Test("a sentence-initial word that often starts names stays with the name", arguments: [
        ("New Zealand won the match. The new coach was pleased.", "New Zealand", "Zealand"),
        ("North Korea fired a missile. Talks in the north stalled.", "North Korea", "Korea"),
        ("Heavy Rain fell. The heavy rain flooded Leeds.", "Rain", "Heavy Rain"),
    ])
    func nameStartingWords(text: String, found: String, notFound: String) {
        let names = Self.entities([text]).map(\.name)
        #expect(names.contains(found))
        #expect(!names.contains(notFound))
    }

    @Test("a thousands separator keeps a number whole", arguments: [
        ("She won the 3,000m race in Madrid.", ["She", "won", "the", "3,000m", "race", "in", "Madrid"]),
        ("Prices rose 1,250,000 times, to 12,5 or 9,9999 units.", ["Prices", "rose", "1,250,000", "times", "to", "12", "5", "or", "9", "9999", "units"]),
    ])
    func thousands(text: String, words: [String]) {
        #expect(WordToken.tokens(text).map(\.surface) == words)
    }

    struct KindCase: Sendable {
        var text: String
        var name: String
        var kind: EntityKind
    }

    @Test("kinds are guessed from context", arguments: [
        KindCase(text: "He joined the Hartford Police Department last year.", name: "Hartford Police Department", kind: .organization),
        KindCase(text: "Officers said that Mayor Luke Bronin agreed.", name: "Luke Bronin", kind: .person),
        KindCase(text: "She has lived in Hartford since 2010.", name: "Hartford", kind: .place),
        KindCase(text: "A professor at the University of New Haven said the law is clear.", name: "University of New Haven",
                 kind: .organization),
        KindCase(text: "Two officers from the Department of Correction will help.", name: "Department of Correction",
                 kind: .organization),
        KindCase(text: "The Shooting Task Force meets weekly.", name: "Shooting Task Force", kind: .organization),
        KindCase(text: "The report cited NBC Connecticut said on Monday.", name: "NBC Connecticut", kind: .organization),
        KindCase(text: "We carry guns because the Second Amendment says we may.", name: "Second Amendment", kind: .other),
        KindCase(text: "Talks went on and the United Nations said little.", name: "United Nations", kind: .other),
        KindCase(text: "Reporters asked and Jane Doe said nothing.", name: "Jane Doe", kind: .person),
        KindCase(text: "He played the Prince of Wales in 1980.", name: "Prince of Wales", kind: .other),
        KindCase(text: "Talks with Secretary of State Colin Powell went well.", name: "Colin Powell", kind: .person),
        KindCase(text: "He beat the world No2 Novak Djokovic in Paris.", name: "Novak Djokovic", kind: .person),
        KindCase(text: "It was sold to Dutch firm Tulip Computers, when computers sold well.", name: "Tulip Computers", kind: .other),
        KindCase(text: "Reporters asked and Gordon Brown said the brown envelope was empty.", name: "Gordon Brown", kind: .person),
        KindCase(text: "The charter of UK Coal was signed, and coal prices rose.", name: "UK Coal", kind: .organization),
        KindCase(text: "Analysts said the Federal Reserve said rates would rise.", name: "Federal Reserve", kind: .other),
        KindCase(text: "The Federal Reserve said rates would rise.", name: "Federal Reserve", kind: .other),
        KindCase(text: "Fans of the Foo Fighters said the tour was long.", name: "Foo Fighters", kind: .other),
        KindCase(text: "Analysts said the MG Rover deal was close.", name: "MG Rover", kind: .organization),
        KindCase(text: "He apologised to Arsenal's Robert Pires, who was injured.", name: "Robert Pires", kind: .person),
    ])
    func kinds(_ c: KindCase) throws {
        let entity = try #require(Self.entities([c.text]).first { $0.name == c.name })
        #expect(entity.kind == c.kind)
    }

    @Test("key phrases avoid generic words")
    func keyphrases() {
        let result = Analyzer().analyze(Fixtures.hartford + [Fixtures.football])
        for analysis in result.articles {
            #expect(!analysis.keyphrases.isEmpty)
            for phrase in analysis.keyphrases {
                #expect(!["said", "year", "people", "the"].contains(phrase.lowercased()))
            }
        }
        #expect(result.articles[0].keyphrases.contains { $0.lowercased().contains("patrols") })
    }

    @Test("plain words are ASCII letters and digits between single spaces", arguments: [
        ("police chief", true), ("Route 9", true), ("a", true), ("U.S. Navy", false), ("de-escalation", false),
        ("Bronin's office", false), ("two  spaces", false), (" lead", false), ("trail ", false), ("", false),
        ("café owner", false),
    ])
    func plainWords(text: String, plain: Bool) {
        #expect(Analyzer.isPlainWords(text) == plain)
    }

    @Test("the hashed topic mentions equal the hashes of the string keys, on the seed articles")
    func hashedMentions() throws {
        let articles = try SeedFiles.load() + [Fixtures.article("x.txt", title: "T", Fixtures.troopers.paragraphs)]
        for article in articles {
            let text = ArticleText(article: article, splitter: SentenceSplitter())
            let candidates = KeyphraseExtractor.candidates(sentences: article.paragraphs.map { WordToken.tokens($0) })
            let hashed = Analyzer.hashedMentions(entities: text.entities, phrases: candidates)
            let reference = Self.mentions(entities: text.entities, phrases: candidates)
                .map { Mention(key: FNV1a.hash($0.key.utf8), strength: Int32($0.strength)) }.sorted { $0.key < $1.key }
            #expect(!hashed.isEmpty)
            #expect(hashed == reference, "\(article.path)")
        }
    }

    /// Every topic key an article mentions, with its strength, as strings.
    static func mentions(entities: [EntityExtractor.Found], phrases: [KeyphraseExtractor.Candidate]) -> [(key: String, strength: Int)] {
        var all: [String: Int] = [:]
        for e in entities { all[TopicCandidate.key(e.entity.name), default: 0] += e.entity.mentions }
        for p in phrases { all[TopicCandidate.key(p.display), default: 0] += p.count }
        return all.keys.sorted().map { ($0, all[$0]!) }
    }
}

@Suite("Key phrase ranking")
struct KeyphraseRankTests {
    /// `rank` as it was written first: words by `split`, candidates sorted themselves.
    static func reference(_ candidates: [KeyphraseExtractor.Candidate], documentFrequency: [HashedKey: Int],
                          articles: Int, limit: Int = 10) -> [KeyphraseExtractor.Candidate] {
        var scored = candidates.compactMap { c -> KeyphraseExtractor.Candidate? in
            guard c.isRankable else { return nil }
            let words = c.key.split(separator: " ")
            let rarity = words.reduce(0.0) { sum, w in
                sum + log(1 + Double(articles) / Double(max(1, documentFrequency[HashedKey(FNV1a.hash(w.utf8))] ?? 1)))
            } / Double(words.count)
            let lengthBoost = [1.0, 1.0, 1.25, 1.2][c.length]
            let support = 1 + log(Double(max(1, c.weakestWord)))
            var c = c
            c.score = (1 + log(Double(c.count))) * support * rarity * lengthBoost * (1 + 0.5 / (1 + Double(c.first)))
            return c
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
        var chosen: [KeyphraseExtractor.Candidate] = []
        for c in scored where chosen.count < limit {
            if chosen.contains(where: { " \($0.key) ".containsBytes(" \(c.key) ") }) { continue }
            chosen.append(c)
        }
        return chosen
    }

    /// Random one- to three-word keys over a small vocabulary (so phrases nest and scores tie),
    /// with document frequencies for some words only, and a key with doubled spaces.
    @Test("rank scores and orders as the split-and-sort reference", arguments: [0, 1, 12, 200])
    func matchesReference(count: Int) {
        var numbers = SeededNumbers(seed: UInt64(count) &+ 3)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        let vocabulary = ["tax", "rate", "bank", "élan", "oil", "price", "cut"]
        var df: [HashedKey: Int] = [:]
        for word in vocabulary.prefix(5) { df[HashedKey(FNV1a.hash(word.utf8))] = 1 + next(50) }
        var candidates = (0..<count).map { _ -> KeyphraseExtractor.Candidate in
            let length = 1 + next(3)
            let key = (0..<length).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")
            return KeyphraseExtractor.Candidate(key: key, display: key, count: 1 + next(4), first: next(5), length: length,
                                                weakestWord: next(4))
        }
        if count > 1 { candidates[1].key = "tax  rate" }
        let ranked = KeyphraseExtractor.rank(candidates, documentFrequency: df, articles: 60)
        let expected = Self.reference(candidates, documentFrequency: df, articles: 60)
        #expect(ranked.map(\.key) == expected.map(\.key))
        #expect(ranked.map(\.score) == expected.map(\.score))
        if count >= 12 { #expect(ranked.count > 1) }
    }

    /// More than three times `limit` of the best candidates lie inside the best phrase, so the
    /// choice has to go past the best few (`rank` then sorts the whole list).
    @Test("rank looks past the best few when better phrases contain them")
    func nestedBeyondBestFew() {
        let nested = ["tax", "rate", "bank", "tax rate", "rate bank"]
        var candidates = (0..<40).map { k in
            let key = nested[k % nested.count]
            return KeyphraseExtractor.Candidate(key: key, display: key, count: 9, first: 0, length: key.split(separator: " ").count,
                                                weakestWord: 3)
        }
        candidates.append(.init(key: "tax rate bank", display: "tax rate bank", count: 12, first: 0, length: 3, weakestWord: 3))
        let others = ["oil", "price", "cut", "wage", "loan", "fund", "bond", "gold", "coal", "farm", "port", "rail"]
        candidates += others.map { .init(key: $0, display: $0, count: 2, first: 4, length: 1, weakestWord: 2) }
        let ranked = KeyphraseExtractor.rank(candidates, documentFrequency: [:], articles: 60)
        let expected = Self.reference(candidates, documentFrequency: [:], articles: 60)
        #expect(ranked.map(\.key) == expected.map(\.key))
        #expect(ranked.first?.key == "tax rate bank")
        #expect(ranked.count == 10)
    }
}

@Suite("Stop word table")
struct StopWordTableTests {
    @Test("acronyms are found on bytes as on Unicode scalars", arguments: [
        "NBC Connecticut", "UK Coal", "US", "U.S. Senate", "AT&T", "G7", "Jane Doe", "McDonald", "iPhone", "",
        "ÖBB Group", "Zoë Ørsted", "ÉCOLE Normale", "Éric Dupont", "ÖB", "Ö", "A", "Ab CD", "A B", "NASA's", "x  YZ",
    ])
    func acronyms(name: String) {
        let reference = name.split(separator: " ").contains { EntityMerger.isAcronym($0.unicodeScalars) }
        #expect(EntityMerger.hasAcronym(name) == reference)
    }

    @Test("a lone lower-case past form is no topic offer; the next phrase takes its place", arguments: [
        ("scored", false), ("arrested", false), ("state-owned", false), ("sed", true), ("speed", true), ("red", true),
        ("Mohammed", true), ("scored goals", true), ("united", false), ("spending", true), ("shed", true),
    ])
    func pastForms(display: String, offered: Bool) {
        let phrases = [display, "harbour", "ferry"].enumerated().map { i, text in
            KeyphraseExtractor.Candidate(key: TopicCandidate.key(text), display: text, count: 3 - i, first: i, length: 1)
        }
        let names = Analyzer.offers(entities: [], keyphrases: phrases, limit: 2).map(\.name)
        #expect(names == (offered ? [Analyzer.capitalized(display), "Harbour"] : ["Harbour", "Ferry"]))
    }

    @Test("a contraction of a function word is a function word", arguments: [
        ("don't", true), ("don’t", true), ("they're", true), ("we’ve", true), ("can't", true), ("it'll", true),
        ("i'm", true), ("o'brien", false), ("rock'n'roll", false), ("don’", false), ("'t", false), ("shan't", false),
        ("people's", false), ("don—t", false), ("dont", false),
    ])
    func contractions(word: String, function: Bool) {
        #expect(StopWords.isFunction(word) == function)
        #expect(StopWords.isStop(word) == function)
        var copy = word
        #expect(copy.withUTF8 { StopWords.isFunction(bytes: $0) } == function)
    }

    @Test("the table answers as the word sets do, for listed words and near misses")
    func agrees() {
        var probes = Array(StopWords.function) + Array(StopWords.generic)
        for word in probes {
            probes += [word + "s", String(word.dropLast()), word.uppercased(), "x" + word]
        }
        probes += ["", "Zoë", "été", "café", "the\u{301}", "hartford", String(repeating: "a", count: 40)]
        for word in probes {
            #expect(StopWords.isFunction(word) == StopWords.function.contains(word), "\(word)")
            #expect(StopWords.isStop(word) == (StopWords.function.contains(word) || StopWords.generic.contains(word)), "\(word)")
            var copy = word
            #expect(copy.withUTF8 { StopWords.isFunction(bytes: $0) } == StopWords.function.contains(word), "\(word)")
        }
    }
}
