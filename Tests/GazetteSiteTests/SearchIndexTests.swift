import Foundation
import GazetteAnalysis
import GazetteCore
import Testing
@testable import GazetteSite

@Suite("Search index")
struct SearchIndexTests {
    @Test("words are folded and split as the search script splits a query", arguments: [
        ("Luke Bronin", ["luke", "bronin"]),
        ("Zürich, CAFÉ crème", ["zurich", "cafe", "creme"]),
        ("O'Neill's 2024-10-01 plan", ["o", "neill", "s", "2024", "10", "01", "plan"]),
        ("ΑΘΗΝΑΣ Αθήνας", ["αθηνασ", "αθηνασ"]),
        ("हिंदी समाचार", ["हिंदी", "समाचार"]),
        ("  <script>alert(1)</script> ", ["script", "alert", "1", "script"]),
        ("İstanbul", ["istanbul"]),
        ("", []),
    ])
    func words(text: String, expected: [String]) {
        #expect(SearchWords.words(text) == expected)
    }

    @Test("a word's shard is its first two scalars, spelled for a file name", arguments: [
        ("bronin", "br"), ("a", "a"), ("2024", "20"), ("αθηνασ", "_3b1__3b8_"), ("x元", "x_5143_"),
    ])
    func shard(word: String, expected: String) {
        #expect(SearchWords.shard(word) == expected)
    }

    /// The call's arguments, as the JSON array they make.
    static func arguments(_ bytes: [UInt8], call: String) throws -> [Any] {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(call + "(") && text.hasSuffix(");\n"))
        let inner = text.dropFirst(call.count + 1).dropLast(3)
        return try #require(try JSONSerialization.jsonObject(with: Data(("[" + inner + "]").utf8)) as? [Any])
    }

    @Test("every word of a story leads back to it, marked when the headline holds it")
    func postings() throws {
        var (articles, analysis) = PageKeyTests.corpus()
        articles[3].title = "Zürich council votes"
        analysis.articles[3].searchNames = ["Luke Bronin"]
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []),
                              config: SiteConfig())
        let files = SearchIndex.files(model: model, topicNames: ["alpha": "Alpha", "beta": "Beta"])
        var byPath: [String: [UInt8]] = [:]
        for file in files { byPath[file.path] = file.bytes }
        #expect(byPath.count == files.count)

        let manifestText = String(decoding: try #require(byPath[SitePaths.searchIndex]), as: UTF8.self)
        #expect(manifestText.hasPrefix("window.gazetteSearchIndex = "))
        let manifestJSON = manifestText.dropFirst("window.gazetteSearchIndex = ".count).dropLast(2)
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(manifestJSON.utf8)) as? [String: Any])
        let shards = try #require(manifest["shards"] as? [String])
        let chunk = try #require(manifest["chunk"] as? Int)
        #expect(manifest["stories"] as? Int == model.stories.count)
        #expect(shards == shards.sorted() && Set(shards).count == shards.count)
        #expect(Set(byPath.keys) == Set([SitePaths.searchIndex] + shards.map { "search/words-\($0).js" }
            + (0..<(model.stories.count + chunk - 1) / chunk).map { "search/stories-\($0).js" }))

        // Every story's entry, in site order.
        var entries: [[String: Any]] = []
        for part in 0..<(model.stories.count + chunk - 1) / chunk {
            let call = try Self.arguments(byPath["search/stories-\(part).js"]!, call: "gazetteSearch.stories")
            #expect(call[0] as? Int == part)
            entries += try #require(call[1] as? [[String: Any]])
        }
        #expect(entries.map { $0["u"] as? String } == model.stories.map { SitePaths.article(articles[$0].slug) })

        // Word -> story -> in the headline.
        var found: [String: [Int: Bool]] = [:]
        for name in shards {
            let call = try Self.arguments(byPath["search/words-\(name).js"]!, call: "gazetteSearch.words")
            #expect(call[0] as? String == name)
            for case let list as [Any] in try #require(call[1] as? [Any]) {
                let word = try #require(list[0] as? String)
                #expect(SearchWords.shard(word) == name)
                var posting = 0
                for case let gap as Int in list.dropFirst() {
                    #expect(gap > 0 || posting == 0)
                    posting += gap
                    found[word, default: [:]][posting >> 1] = posting & 1 == 1
                }
            }
        }
        for (position, story) in model.stories.enumerated() {
            for word in SearchWords.words(articles[story].title) { #expect(found[word]?[position] == true, "\(word)") }
            for word in SearchWords.words(analysis.articles[story].summary.joined(separator: " ")) {
                #expect(found[word]?[position] != nil, "\(word)")
            }
        }
        let zurich = try #require(model.stories.firstIndex(of: 3))
        #expect(found["zurich"] == [zurich: true])
        #expect(found["bronin"] == [zurich: false])
        #expect(found["writer"]?.count == articles.indices.filter { articles[$0].byline != nil && model.stories.contains($0) }.count)
        #expect(found["alpha"]?.isEmpty == false)
        #expect(found["gamma"] == nil, "only the topic names given are indexed")
    }
}
