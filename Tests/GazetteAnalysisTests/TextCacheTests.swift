import Foundation
import GazetteCore
import Testing

@testable import GazetteAnalysis

@Suite("Text cache")
struct TextCacheTests {
    /// A cache file in a folder of its own, removed afterwards.
    final class CacheFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-text-cache-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func cache(version: String = "test") -> TextCache {
            TextCache(path: url.appendingPathComponent("texts.cache").path, version: version)
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

    @Test("cut or padded bytes decode to nothing")
    func damaged() throws {
        let article = try #require(try CompactTextTests.articles().first)
        let bytes = ArticleText(article: article, splitter: SentenceSplitter()).encoded()
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            #expect(ArticleText(decoding: Array(bytes.prefix(length))) == nil, "\(length) of \(bytes.count) bytes")
        }
        #expect(ArticleText(decoding: bytes + [0]) == nil)
    }

    @Test("a cached analysis equals a fresh one, and only changed articles are worked out")
    func reuse() throws {
        let folder = try CacheFolder()
        var articles = try CompactTextTests.articles()
        let analyzer = Analyzer()
        let cold = analyzer.analyze(articles, cache: folder.cache())
        #expect(cold.cache == TextCache.Report(reused: 0, computed: articles.count, saved: true))
        #expect(cold.analysis == analyzer.analyze(articles))

        articles[1].paragraphs.append("A paragraph added after the first build, naming Mayor Luke Bronin.")
        let warm = analyzer.analyze(articles, cache: folder.cache())
        #expect(warm.cache == TextCache.Report(reused: articles.count - 1, computed: 1, saved: true))
        #expect(warm.analysis == analyzer.analyze(articles))
    }

    @Test("a cache of another version, or a damaged one, is ignored and replaced",
          arguments: ["version", "truncated", "garbage"])
    func ignored(damage: String) throws {
        let folder = try CacheFolder()
        let articles = try CompactTextTests.articles()
        let analyzer = Analyzer()
        _ = analyzer.analyze(articles, cache: folder.cache())
        var version = "test"
        let path = folder.cache().path
        switch damage {
        case "version": version = "another"
        case "truncated": try Data(try Data(contentsOf: URL(fileURLWithPath: path)).dropLast(3)).write(to: URL(fileURLWithPath: path))
        default: try Data("GZTXC1\n not a cache at all".utf8).write(to: URL(fileURLWithPath: path))
        }
        let again = analyzer.analyze(articles, cache: folder.cache(version: version))
        #expect(again.cache == TextCache.Report(reused: 0, computed: articles.count, saved: true))
        #expect(again.analysis == analyzer.analyze(articles))
        #expect(analyzer.analyze(articles, cache: folder.cache(version: version)).cache.reused == articles.count)
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
        let key = TextCache.Key(article, keepEntities: 10)
        #expect(key == TextCache.Key(moved, keepEntities: 10), "the path is not read")
        for other in [TextCache.Key(derived, keepEntities: 10), TextCache.Key(split, keepEntities: 10),
                      TextCache.Key(retitled, keepEntities: 10), TextCache.Key(article, keepEntities: 11)] {
            #expect(other != key)
        }
    }
}
