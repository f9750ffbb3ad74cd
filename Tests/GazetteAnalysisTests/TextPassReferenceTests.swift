import GazetteCore
import Testing

@testable import GazetteAnalysis

/// The text pass's id-keyed and filtered steps give what the plain string versions they replaced
/// gave: those versions are kept here as references.
@Suite("Text pass against reference versions")
struct TextPassReferenceTests {
    /// Articles with the cases the fast paths treat apart: non-ASCII words and stems, combining
    /// marks, a Kelvin sign that lower-cases to ASCII, repeated phrases in differing case.
    static func articles() throws -> [Article] {
        try SeedFiles.load() + Fixtures.hartford + [Fixtures.football, Fixtures.article("u.txt", title: "Über Café", [
            "Zoë Ørsted met Éric at the Café Ångström. The café ángström menu was new. Café Ångström closed.",
            "\u{212A}elvin said the kelvin scale helps. Kelvin agreed with \u{212A}ELVIN and the Kelvin Institute.",
            "Cafe\u{301} owners and café owners met. The cafe\u{301} owners said Cafe\u{301} Owners Association grew.",
            "Residents rallied. Residents' rallies grew; rallies grew louder as residents rallied again.",
            "The Hartford Police Department said the hartford police department would grow. Hartford Police grew.",
            "New Zealand beat the world No2 Novak Djokovic. The Prince of Wales met Secretary of State Colin Powell.",
            "Dutch firm Tulip Computers said new computers would sell. UK Coal said coal sold. North Korea said little.",
            "The Federal Reserve said rates would rise. Fans of the Foo Fighters said so, and the MG Rover deal said more.",
            "He apologised to Arsenal's Robert Pires and to the Bank of England's Mervyn King's staff.",
            "Destiny's Child met Lloyd's of London, and Japan's Nippon Steel met Russia's Yukos.",
        ])]
    }

    @Test("key-phrase candidates equal the string version's")
    func candidates() throws {
        for article in try Self.articles() {
            let sentences = article.paragraphs.map { WordToken.tokens($0) }
            let fast = KeyphraseExtractor.candidates(sentences: sentences)
            let reference = ReferenceTextPass.candidates(sentences: sentences)
            #expect(!fast.isEmpty)
            #expect(fast == reference, "\(article.path)")
        }
    }

    @Test("entity mentions equal the version that looks every word up in the lists")
    func entityMentions() throws {
        for article in try Self.articles() {
            var sentences = article.paragraphs.map { WordToken.tokens($0) }
            var words = StringIDs()
            words.assignWords(&sentences)
            var known = [Bool](repeating: false, count: words.count), common = known
            for t in sentences.joined() where !t.sentenceStart {
                if t.isCapitalized { known[Int(t.word)] = true } else { common[Int(t.word)] = true }
            }
            var facts = WordFacts.Table(words: words.count)
            var all: [EntityMentions.Mention] = []
            for tokens in sentences {
                let fast = EntityMentions.find(in: tokens, known: known, common: common, facts: &facts)
                #expect(fast == ReferenceTextPass.mentions(in: tokens, known: known, common: common), "\(article.path)")
                all += fast
            }
            #expect(!all.isEmpty)
        }
    }

    @Test("search names equal the string version's")
    func searchNames() throws {
        for article in try Self.articles() {
            for limit in [3, 50] {
                let entities = Array(ArticleText(article: article, splitter: SentenceSplitter()).entities.prefix(4).map(\.entity.name))
                let fast = SearchNames.names(article: article, entities: entities, limit: limit)
                #expect(!fast.isEmpty)
                #expect(fast == ReferenceTextPass.searchNames(article: article, entities: entities, limit: limit), "\(article.path)")
            }
        }
    }

    @Test("name scanning from UTF-8 bytes gives the words scanning scalars gave", arguments: [false, true])
    func nameScanner(keepingApostrophes: Bool) throws {
        let texts = try Self.articles().map(\.bodyText) + [
            "", "a", "É", "\u{301}abc", "ab\u{301}c d\u{301}", "O’Neill's 𝐀lpha 😀 emoji", "日本語 テキスト 한국어",
            "Zoë Ørsted, Ångström-Café; k\u{212A}x KELVIN", "end’", "'quoted' words’ here",
        ]
        for text in texts {
            let fast = NameScanner.words(in: text, keepingApostrophes: keepingApostrophes)
            let reference = ReferenceTextPass.words(in: text, keepingApostrophes: keepingApostrophes)
            #expect(fast.map { Array($0.text.utf8) } == reference.map { Array($0.text.utf8) }, "\(text.prefix(40))")
            #expect(fast.map(\.word.length) == reference.map(\.length))
            #expect(fast.map(\.word.startsUppercase) == reference.map(\.startsUppercase))
            #expect(fast.map(\.word.startsLowercase) == reference.map(\.startsLowercase))
            #expect(fast.map(\.word.hasLowercaseAfterFirst) == reference.map(\.hasLowercaseAfterFirst))
        }
    }

    @Test("a non-ASCII word that lower-cases to an ASCII key marks it as common")
    func kelvin() {
        // "k\u{212A}x" holds a Kelvin sign, which lower-cases to an ASCII "k".
        var text = "a k\u{212A}x b"
        let uses = text.withUTF8 { bytes in
            SearchNames.lowerCaseUses(of: ["kkx", "abc"], in: NameScanner.words(in: bytes, keepingApostrophes: true), of: bytes)
        }
        #expect(uses == ["kkx"])
        let article = Fixtures.article("k.txt", title: "T", ["Kkx came with Zed. Then the k\u{212A}x went."])
        let names = SearchNames.names(article: article, entities: [])
        #expect(names == ["Zed", "Then"])
        #expect(names == ReferenceTextPass.searchNames(article: article, entities: [], limit: 50))
    }
}

/// The string-keyed versions of the text pass's steps, as they were before word ids.
enum ReferenceTextPass {
    static func candidates(sentences: [[WordToken]]) -> [KeyphraseExtractor.Candidate] {
        struct Entry {
            var key: String
            var parts: [String]
            var surfaces: [(form: String, count: Int)]
            var count: Int
            var first: Int
            var length: Int
        }
        var index: [String: Int] = [:]
        var entries: [Entry] = []
        for (s, tokens) in sentences.enumerated() {
            KeyphraseExtractor.forEachRun(tokens, isContent: { KeyphraseExtractor.isContent($0.lower) }) { run in
                let stems = run.map { Tokenizer.stem($0.lower) }
                let forms = run.map { $0.isCapitalized && !$0.sentenceStart ? $0.surface : $0.lower }
                for n in 1...min(3, run.count) {
                    for start in 0...(run.count - n) {
                        if n == 1, KeyphraseExtractor.characterCount(run[run.startIndex + start].lower, below: 3) { continue }
                        let key = stems[start..<(start + n)].joined(separator: " ")
                        let surface = forms[start..<(start + n)].joined(separator: " ")
                        let e: Int
                        if let known = index[key] { e = known } else {
                            e = entries.count
                            index[key] = e
                            entries.append(Entry(key: key, parts: n == 1 ? [] : Array(stems[start..<(start + n)]),
                                                 surfaces: [], count: 0, first: s, length: n))
                        }
                        if let k = entries[e].surfaces.firstIndex(where: { $0.form == surface }) {
                            entries[e].surfaces[k].count += 1
                        } else {
                            entries[e].surfaces.append((surface, 1))
                        }
                        entries[e].count += 1
                    }
                }
            }
        }
        return entries.map { e in
            var display = e.surfaces[0]
            for f in e.surfaces.dropFirst() where f.count > display.count || (f.count == display.count && f.form < display.form) {
                display = f
            }
            var weakest = 0
            if e.length == 1 {
                weakest = e.count
            } else if e.count >= 2 || e.first < 3 {
                let words = e.parts.allSatisfy { $0.utf8.first! < 0x80 } ? e.parts : e.key.split(separator: " ").map(String.init)
                weakest = words.map { index[$0].map { entries[$0].count } ?? 0 }.min() ?? 0
            }
            return KeyphraseExtractor.Candidate(key: e.key, display: display.form, count: e.count, first: e.first,
                                                length: e.length, weakestWord: weakest)
        }
    }

    static func searchNames(article: Article, entities: [String], limit: Int) -> [String] {
        var seen = Set(words(in: article.title, keepingApostrophes: false).map { $0.text.lowercased() })
        var names: [String] = []
        func add(_ name: String) {
            let key = name.lowercased()
            guard names.count < limit, !seen.contains(key) else { return }
            seen.insert(key)
            names.append(name)
        }
        entities.forEach(add)
        let words = words(in: article.bodyText, keepingApostrophes: true)
        let common = Set(words.filter(\.startsLowercase).map { $0.text.lowercased() })
        for word in words where word.length > 2 && word.startsUppercase && word.hasLowercaseAfterFirst {
            if names.count >= limit { break }
            if !common.contains(word.text.lowercased()) { add(String(word.text)) }
        }
        return names
    }

    struct Word {
        var text: Substring
        var length: Int
        var startsUppercase: Bool
        var startsLowercase: Bool
        var hasLowercaseAfterFirst: Bool
    }

    /// `NameScanner.words` on the string's scalar view.
    static func words(in text: String, keepingApostrophes: Bool) -> [Word] {
        var words: [Word] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var current = Word(text: "", length: 0, startsUppercase: false, startsLowercase: false, hasLowercaseAfterFirst: false)
        var index = scalars.startIndex
        var previousInWord = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let kind = NameScanner.classify(scalar, keepingApostrophes: keepingApostrophes)
            let inWord: Bool
            switch kind {
            case .extending: inWord = previousInWord
            case .word, .upper, .lower: inWord = true
            case .other: inWord = false
            }
            if inWord {
                if start == nil {
                    start = index
                    current = Word(text: "", length: 0, startsUppercase: kind == .upper, startsLowercase: kind == .lower,
                                   hasLowercaseAfterFirst: false)
                }
                if kind != .extending {
                    if current.length > 0, kind == .lower { current.hasLowercaseAfterFirst = true }
                    current.length += 1
                }
            } else if let first = start {
                current.text = text[first..<index]
                words.append(current)
                start = nil
            }
            previousInWord = inWord
            index = scalars.index(after: index)
        }
        if let first = start {
            current.text = text[first..<text.endIndex]
            words.append(current)
        }
        return words
    }

    /// `EntityMentions.find` with the word lists looked up for every use.
    static func mentions(in tokens: [WordToken], known: [Bool], common: [Bool]) -> [EntityMentions.Mention] {
        var out: [EntityMentions.Mention] = []
        var i = 0
        while i < tokens.count {
            guard isName(tokens[i]) else { i += 1; continue }
            var run = [i]
            var j = i + 1
            while j < tokens.count, !tokens[j].breakBefore,
                  !(tokens[j - 1].isPossessive && j + 1 < tokens.count && isName(tokens[j]) && !tokens[j + 1].breakBefore && isName(tokens[j + 1])) {
                if isName(tokens[j]) { run.append(j); j += 1; continue }
                if EntityMentions.connectors.contains(tokens[j].surface), j + 1 < tokens.count, !tokens[j + 1].breakBefore,
                   isName(tokens[j + 1]) { run += [j, j + 1]; j += 2; continue }
                break
            }
            var words = run.map { tokens[$0] }
            var before = i > 0 ? tokens[i - 1] : nil
            // "Hartford Mayor Luke Bronin": the words before the last title name something else.
            if let cut = words.indices.dropLast().last(where: { EntityMentions.personTitles.contains(title(words[$0])) }), cut > 0 {
                let head = Array(words[..<cut]).filter { !EntityMentions.titleModifiers.contains($0.lower) || EntityMentions.orgSuffixes.contains($0.lower) }
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

    static func mention(
        _ run: [WordToken], before: WordToken?, after: WordToken?, known: [Bool], common: [Bool]
    ) -> EntityMentions.Mention? {
        var words = run
        var hint: EntityKind? = nil
        var afterThe = before?.surface == "the"
        // A sentence-initial word counts when the article capitalises it elsewhere, or when it
        // starts a longer name and is neither a stop word nor written in lower case elsewhere.
        while let first = words.first, StopWords.isFunction(first.lower)
                || (first.sentenceStart && !known[Int(first.word)]
                    && (words.count == 1 || (!EntityMerger.commonNameWords.contains(first.lower)
                                             && (common[Int(first.word)] || StopWords.isStop(first.lower)))))
                || (words.count > 1 && first.surface.wholeMatch(of: /No[0-9]+/) != nil) {
            afterThe = first.lower == "the"
            words.removeFirst()
        }
        if let cut = words.indices.last(where: { EntityMentions.personTitles.contains(title(words[$0])) }),
           words[...cut].allSatisfy({ EntityMentions.personTitles.contains(title($0)) || EntityMentions.titleModifiers.contains($0.lower) }),
           cut < words.count - 1 {
            let end = EntityMentions.connectors.contains(words[cut + 1].surface) ? cut + 3 : cut + 1
            if end < words.count {
                words.removeFirst(end)
                hint = .person
            }
        }
        while let last = words.last, EntityMentions.connectors.contains(last.surface) { words.removeLast() }
        guard !words.isEmpty, !words.allSatisfy({ StopWords.isStop($0.lower) || EntityMentions.personTitles.contains($0.lower) }) else { return nil }
        let last = words.last!.lower
        let headOfOrganization = words.indices.dropLast().contains {
            EntityMentions.orgSuffixes.contains(words[$0].lower) && EntityMentions.connectors.contains(words[$0 + 1].surface)
        }
        if EntityMentions.orgSuffixes.contains(last) || headOfOrganization || (words.count == 1 && words[0].isAllCaps) { hint = .organization }
        else if EntityMentions.placeSuffixes.contains(last) { hint = .place }
        else if hint == nil, words.count == 1, let b = before?.lower, ["in", "at", "from", "near", "across"].contains(b) { hint = .place }
        else if hint == nil, words.count == 1, after?.breakBefore == true, after?.lower.count == 2 || after.map({ Abbreviations.ambiguous.contains($0.lower) }) == true { hint = .place }
        else if hint == nil, words.count >= 2, afterThe, !words.contains(where: \.isAllCaps) { hint = .other }
        else if hint == nil, let a = after?.lower, ["said", "says", "told", "added"].contains(a), words.count >= 2,
                !words.contains(where: { $0.isAllCaps || EntityMerger.commonNameWords.contains($0.lower) }) { hint = .person }
        else if hint == nil, words.count >= 2, common[Int(words.last!.word)], !StopWords.isFunction(last),
                !words.contains(where: \.isAllCaps) { hint = .other }
        return EntityMentions.Mention(key: words.map(\.lower).joined(separator: " "), surface: words.map(\.surface).joined(separator: " "), hint: hint)
    }

    static func title(_ t: WordToken) -> String { t.lower.hasSuffix(".") ? String(t.lower.dropLast()) : t.lower }

    static func isName(_ t: WordToken) -> Bool {
        guard t.isCapitalized, t.surface != "I", !EntityMentions.calendarWords.contains(t.lower) else { return false }
        return !(t.isAllCaps && t.surface.count > 5)
    }
}
