import Foundation
import GazetteCore
import Testing

@testable import GazetteAnalysis

@Suite("Term table")
struct TermTableTests {
    @Test("a table decodes as encoded, and not with an order that is not by ascending bytes", arguments: [
        ([1, 0, 2], true), ([0, 1, 2], false), ([1, 1, 2], false), ([1, 0], false), ([1, 0, 3], false), ([2, 1, 0], false),
    ] as [([Int32], Bool)])
    func roundTrip(order: [Int32], valid: Bool) {
        let terms = ["bus", "apple", "zebra"]
        let table = TermTable(terms: terms, order: order)
        #expect((TermTable(decoding: table.encoded()) == table) == valid)
    }

    @Test("terms new to the table merge into its byte order as sorting the whole table would place them", arguments: [
        ["rivet"], ["aa", "zz", "m"], ["école", "Zürich", "ab", "a", "budget2"], [],
    ])
    func merge(added: [String]) {
        let old = ["budget", "bus", "a b", "river", "Ærø", "school", "b"]
        let order = StringOrder.byteOrder(old)
        let terms = old + added
        let merged = TermTable.merged(order, adding: (old.count..<terms.count).map(Int32.init), terms: terms)
        #expect(merged == StringOrder.byteOrder(terms))
    }

    @Test("a stored use outside the table, or damaged, is not read")
    func uses() {
        let use = TermUse(ids: [4, 0, 2], counts: [1, 3, 1])
        let bytes = TermTable.encode(use)
        #expect(TermTable.decode(bytes, count: 5) == use)
        #expect(TermTable.decode(bytes, count: 4) == nil)
        #expect(TermTable.decode(Array(bytes.dropLast()), count: 5) == nil)
        #expect(TermTable.decode(bytes + [0], count: 5) == nil)
    }

    @Test("a text read with its table ids skips its term strings, and not when their count differs")
    func tableTerms() throws {
        let article = try #require(try CompactTextTests.articles().first)
        let text = ArticleText(article: article, splitter: SentenceSplitter())
        let ids = (0..<Int32(text.localTerms.count)).map { $0 * 2 }
        let read = try #require(ArticleText(decoding: text.encoded(), tableTerms: ids))
        #expect(read.localTerms.isEmpty && read.tableTerms == ids)
        #expect(read.bodyTerms == text.bodyTerms && read.titleTerms == text.titleTerms && read.spans == text.spans)
        #expect(ArticleText(decoding: text.encoded(), tableTerms: Array(ids.dropLast())) == nil)
    }

    /// `count` articles of `words` made-up words each, none shared between articles.
    static func coined(_ count: Int, words: Int, from first: Int = 0) -> [Article] {
        let letters = Array("bcdfghjklmnpqrstvwxz"), vowels = Array("aeiou")
        func word(_ n: Int) -> String {
            var n = n, out = ""
            for _ in 0..<4 {
                out.append(letters[n % letters.count])
                out.append(vowels[n % vowels.count])
                n /= letters.count
            }
            return out
        }
        return (first..<(first + count)).map { a in
            let text = (0..<words).map { word(a * words + $0) }.joined(separator: " ")
            return Fixtures.article("coined-\(a).txt", title: "Report \(a)", ["The council heard \(text) on Monday."])
        }
    }

    @Test("when unused terms outnumber used ones, the table is dropped and the next analysis starts a new one")
    func wasteful() throws {
        let folder = try AnalysisCacheTests.CacheFolder()
        let analyzer = Analyzer()
        let many = Self.coined(50, words: 120)
        let cold = analyzer.analyze(many, cache: folder.cache())
        #expect(cold.cache.saved && FileManager.default.fileExists(atPath: folder.cache().termsPath))
        // Two of the fifty articles keep a few hundred of the table's 6,000 terms.
        let few = Array(many.prefix(2))
        let shrunk = analyzer.analyze(few, cache: folder.cache())
        #expect(shrunk.cache.termsReused == 2 && shrunk.analysis == analyzer.analyze(few))
        #expect(!FileManager.default.fileExists(atPath: folder.cache().termsPath))
        let fresh = analyzer.analyze(few, cache: folder.cache())
        #expect(fresh.cache.termsReused == 0 && fresh.cache.saved && fresh.analysis == analyzer.analyze(few))
        #expect(FileManager.default.fileExists(atPath: folder.cache().termsPath))
        let again = analyzer.analyze(few + Self.coined(1, words: 50, from: 60), cache: folder.cache())
        #expect(again.cache.termsReused == 2)
        #expect(again.analysis == analyzer.analyze(few + Self.coined(1, words: 50, from: 60)))
    }
}
