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

    @Test("a non-ASCII word that lower-cases to an ASCII key marks it as common")
    func kelvin() {
        // "k\u{212A}x" holds a Kelvin sign, which lower-cases to an ASCII "k".
        let words = NameScanner.words(in: "a k\u{212A}x b", keepingApostrophes: true)
        #expect(SearchNames.lowerCaseUses(of: ["kkx", "abc"], in: words) == ["kkx"])
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
        var seen = Set(NameScanner.words(in: article.title, keepingApostrophes: false).map { $0.text.lowercased() })
        var names: [String] = []
        func add(_ name: String) {
            let key = name.lowercased()
            guard names.count < limit, !seen.contains(key) else { return }
            seen.insert(key)
            names.append(name)
        }
        entities.forEach(add)
        let words = NameScanner.words(in: article.bodyText, keepingApostrophes: true)
        let common = Set(words.filter(\.startsLowercase).map { $0.text.lowercased() })
        for word in words where word.length > 2 && word.startsUppercase && word.hasLowercaseAfterFirst {
            if names.count >= limit { break }
            if !common.contains(word.text.lowercased()) { add(String(word.text)) }
        }
        return names
    }
}
