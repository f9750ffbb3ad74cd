import Foundation
import GazetteCore
import Testing

@testable import GazetteAnalysis

@Suite("Analysis cache")
struct AnalysisCacheTests {
    /// A cache file in a folder of its own, removed afterwards.
    final class CacheFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-text-cache-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func cache(version: String = "test") -> AnalysisCache {
            AnalysisCache(textsPath: url.appendingPathComponent("texts.cache").path,
                          summariesPath: url.appendingPathComponent("summaries.cache").path,
                          topicsPath: url.appendingPathComponent("topics.cache").path,
                          relatedPath: url.appendingPathComponent("related.cache").path, version: version)
        }
    }

    @Test("an encoded text decodes to the same text")
    func roundTrip() throws {
        let splitter = SentenceSplitter()
        for article in try CompactTextTests.articles() {
            let text = ArticleText(article: article, splitter: splitter)
            #expect(!text.localTerms.isEmpty && text.mentions.count > 0)
            #expect(ArticleText(decoding: text.encoded()) == text, "\(article.path)")
        }
    }

    @Test("a text decoded with its parts left in the cache file equals the text, and reads them from there")
    func partsInFile() throws {
        let folder = try CacheFolder()
        let file = folder.cache().texts
        let splitter = SentenceSplitter()
        let texts = try CompactTextTests.articles().map { ArticleText(article: $0, splitter: splitter) }
        let keys = texts.indices.map { Hash128(high: UInt64($0), low: 7) }
        guard var writer = CacheFileWriter(file) else {
            Issue.record("no cache writer")
            return
        }
        let added = writer.add(zip(keys, texts).map { ($0, $1.encoded()) })
        let finished = writer.finish()
        #expect(added && finished)
        let reader = try #require(CacheFileReader(file))
        for (key, text) in zip(keys, texts) {
            let (bytes, offset) = try #require(reader.entry(for: key))
            let decoded = try #require(ArticleText(decoding: bytes, file: (reader, offset)))
            #expect(decoded.isSpilled && !text.isSpilled)
            #expect(decoded == text)
            #expect(decoded.rankable == text.rankable && decoded.unigramKeys == text.unigramKeys
                    && decoded.mentions == text.mentions)
        }
    }

    @Test("cut or padded bytes decode to nothing, with parts read or left in the file")
    func damaged() throws {
        let article = try #require(try CompactTextTests.articles().first)
        let bytes = ArticleText(article: article, splitter: SentenceSplitter()).encoded()
        let folder = try CacheFolder()
        let file = folder.cache().texts
        guard var writer = CacheFileWriter(file) else {
            Issue.record("no cache writer")
            return
        }
        let added = writer.add([(Hash128(high: 1, low: 2), bytes)])
        let finished = writer.finish()
        #expect(added && finished)
        let reader = try #require(CacheFileReader(file))
        for length in 0..<bytes.count {
            #expect(ArticleText(decoding: Array(bytes.prefix(length))) == nil, "\(length) of \(bytes.count) bytes")
            #expect(ArticleText(decoding: Array(bytes.prefix(length)), file: (reader, 0)) == nil,
                    "\(length) of \(bytes.count) bytes, parts left in the file")
        }
        #expect(ArticleText(decoding: bytes + [0]) == nil)
        #expect(ArticleText(decoding: bytes + [0], file: (reader, 0)) == nil)
    }

    @Test("a cached analysis equals a fresh one, and only changed articles are worked out")
    func reuse() throws {
        let folder = try CacheFolder()
        var articles = try CompactTextTests.articles()
        let analyzer = Analyzer()
        let cold = analyzer.analyze(articles, cache: folder.cache())
        #expect(cold.cache.reused == 0 && cold.cache.computed == articles.count && cold.cache.summariesReused == 0 && cold.cache.saved)
        #expect(cold.cache.topicResultsReused == 0 && cold.cache.topicResultsComputed > 0 && cold.cache.termsReused == 0)
        #expect(cold.analysis == analyzer.analyze(articles))

        articles[1].paragraphs.append("A paragraph added after the first build, naming Mayor Luke Bronin, and Zorblaxian words.")
        let warm = analyzer.analyze(articles, cache: folder.cache())
        #expect(warm.cache.reused == articles.count - 1 && warm.cache.computed == 1 && warm.cache.saved)
        // The unchanged articles' term ids come from the term table; the edit adds terms to it.
        #expect(warm.cache.termsReused == articles.count - 1)
        // The added words change the weights of the edited article's terms in other articles.
        #expect(warm.cache.summariesReused > 0 && warm.cache.summariesReused < articles.count)
        // So do the cohesions and joins that involve those articles; the others are read back.
        #expect(warm.cache.topicResultsReused > 0 && warm.cache.topicResultsComputed > 0)
        #expect(warm.analysis == analyzer.analyze(articles))
    }

    /// Sixty articles from a few places, people and subjects, so that words and names are
    /// shared by more than eight articles (where document frequencies are rounded) and topics form.
    static func townNews(edited: Bool) -> [Article] {
        let places = ["Hartford", "New Haven", "Bridgeport", "Stamford"]
        let people = ["Mayor Luke Bronin", "Governor Ned Lamont", "Chief Jason Thody", "Senator Chris Murphy"]
        let subjects = ["the school budget", "the police contract", "the new bus line", "the flooded river", "the stadium plan"]
        return (0..<60).map { i in
            let place = places[i % 4], person = people[(i / 4) % 4], subject = subjects[(i / 2) % 5]
            var paragraphs = [
                "\(person) spoke in \(place) on Monday about \(subject), which the council will vote on next month.",
                "Residents of \(place) packed the hall, and several said \(subject) had been delayed for years.",
                "\(person) said the city would publish the figures for \(subject) before the vote in \(place).",
            ]
            if edited && i == 7 { paragraphs.append("The council also heard from residents about \(subjects[0]) and the flooded river.") }
            return Fixtures.article(String(format: "%02d.txt", i), title: "\(person) on \(subject) in \(place)", paragraphs)
        }
    }

    @Test("after an edit that changes frequencies above eight, a cached analysis equals a fresh one and reads most topic results back")
    func reuseWithCommonWords() throws {
        let folder = try CacheFolder()
        let analyzer = Analyzer()
        let cold = analyzer.analyze(Self.townNews(edited: false), cache: folder.cache())
        #expect(!cold.analysis.topics.isEmpty && cold.cache.topicResultsComputed > 0)
        let articles = Self.townNews(edited: true)
        let warm = analyzer.analyze(articles, cache: folder.cache())
        #expect(warm.analysis == analyzer.analyze(articles))
        #expect(warm.cache.computed == 1 && warm.cache.summariesReused > 0)
        #expect(warm.cache.topicResultsReused > warm.cache.topicResultsComputed)
        // Most related lists are kept: the edit changed few vectors.
        #expect(cold.cache.relatedReused == 0 && warm.cache.relatedReused > articles.count / 2)
    }

    @Test("a cache of another version, or a damaged one, is ignored and replaced",
          arguments: ["version", "truncated", "garbage"])
    func ignored(damage: String) throws {
        let folder = try CacheFolder()
        let articles = try CompactTextTests.articles()
        let analyzer = Analyzer()
        _ = analyzer.analyze(articles, cache: folder.cache())
        var version = "test"
        let path = folder.cache().textsPath
        switch damage {
        case "version": version = "another"
        case "truncated":
            for path in [path, folder.cache().summariesPath, folder.cache().topicsPath, folder.cache().termsPath] {
                try Data(try Data(contentsOf: URL(fileURLWithPath: path)).dropLast(3)).write(to: URL(fileURLWithPath: path))
            }
        default:
            for path in [path, folder.cache().summariesPath, folder.cache().topicsPath, folder.cache().termsPath] {
                try Data("GZTXC1\n not a cache at all".utf8).write(to: URL(fileURLWithPath: path))
            }
        }
        let again = analyzer.analyze(articles, cache: folder.cache(version: version))
        #expect(again.cache.reused == 0 && again.cache.computed == articles.count && again.cache.summariesReused == 0 && again.cache.saved)
        #expect(again.cache.topicResultsReused == 0 && again.cache.topicResultsComputed > 0 && again.cache.termsReused == 0)
        #expect(again.analysis == analyzer.analyze(articles))
        let third = analyzer.analyze(articles, cache: folder.cache(version: version)).cache
        #expect(third.reused == articles.count && third.summariesReused == articles.count && third.termsReused == articles.count)
        #expect(third.topicResultsReused == again.cache.topicResultsComputed && third.topicResultsComputed == 0)
    }

    @Test("keys tell apart what the text pass reads")
    func keys() throws {
        let article = try #require(try CompactTextTests.articles().first)
        var derived = article
        derived.titleIsDerived.toggle()
        var split = article
        split.paragraphs = [article.paragraphs.joined()]
        var retitled = article
        retitled.title += "!"
        var moved = article
        moved.path = "elsewhere/" + article.path
        let key = AnalysisCache.textKey(article, keepEntities: 10)
        #expect(key == AnalysisCache.textKey(moved, keepEntities: 10), "the path is not read")
        for other in [AnalysisCache.textKey(derived, keepEntities: 10), AnalysisCache.textKey(split, keepEntities: 10),
                      AnalysisCache.textKey(retitled, keepEntities: 10), AnalysisCache.textKey(article, keepEntities: 11)] {
            #expect(other != key)
        }
    }

    @Test("a summary decodes as encoded, with its explained parts")
    func summaryRoundTrip() throws {
        let articles = try CompactTextTests.articles()
        var options = AnalysisOptions()
        options.explain = true
        let folder = try CacheFolder()
        let analyzer = Analyzer(options: options)
        let fresh = analyzer.analyze(articles)
        #expect(fresh.articles.contains { !$0.scores.isEmpty })
        _ = analyzer.analyze(articles, cache: folder.cache())
        let cached = analyzer.analyze(articles, cache: folder.cache())
        #expect(cached.cache.summariesReused == articles.count)
        #expect(cached.analysis == fresh)
    }

    @Test("summary keys follow IDF, the order of term ids, key terms and settings, not where ids start")
    func summaryKeys() {
        let text = Hasher128().hash
        let title: [Int32] = [9, 12], body: [Int32] = [3, 7, 9, 7, 3]
        var idf = (0..<200).map { 1 + Double($0) / 64 }
        let summarizer = Summarizer(weights: SummaryWeights(), count: 3, explain: false)
        func key(_ s: Summarizer = summarizer, text: Hash128 = text, title: [Int32] = title, body: [Int32] = body,
                 idf: [Double] = idf, keyTerms: Set<Int32> = [7]) -> Hash128 {
            s.cacheKey(text: text, titleTerms: title, bodyTerms: body, idf: idf, keyTerms: keyTerms)
        }
        let base = key()
        // The analyzer's way: the usage digest and ids of the article's document vector, made from
        // its distinct terms in first-use order with their counts, give the same key and vector.
        var positions = [Int32](repeating: -1, count: idf.count)
        let (vector, usage) = TermUse(ids: [9, 12, 3, 7], counts: [2, 1, 2, 2]).vectorAndDigest(idf: idf, positions: &positions)
        #expect(positions.allSatisfy { $0 == -1 })
        #expect(vector == SparseVector(terms: title + body, idf: idf))
        #expect(summarizer.cacheKey(seed: summarizer.keySeed, text: text, usage: usage, distinct: vector.ids, keyTerms: [7]) == base)
        // Every id moved by 100, with its IDF: the same vectors, the same key.
        var moved = idf
        for id in [3, 7, 9, 12] { moved[id + 100] = idf[id] }
        #expect(base == key(title: title.map { $0 + 100 }, body: body.map { $0 + 100 }, idf: moved, keyTerms: [107]))
        // A term the article does not use changes nothing.
        idf[50] += 1
        #expect(base == key())
        var heavier = idf
        heavier[7] = heavier[7].nextUp
        let others = [
            key(idf: heavier),
            key(body: [3, 7, 9, 7, 13]),  // 13's place among the ids differs from 3's
            key(body: [2, 7, 9, 7, 2]),  // the same places, but 2's IDF is not 3's
            key(title: [12, 9]),
            key(keyTerms: [3]),
            key(keyTerms: [7, 55]),
            key(text: { var h = Hasher128(); h.add("x"); return h.hash }()),
            key(Summarizer(weights: SummaryWeights(), count: 2, explain: false)),
            key(Summarizer(weights: SummaryWeights(), count: 3, explain: true)),
        ]
        #expect(Set(others + [base]).count == others.count + 1)
    }
}
