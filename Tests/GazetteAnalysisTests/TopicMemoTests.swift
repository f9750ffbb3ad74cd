import Foundation
import GazetteCore
import Testing

@testable import GazetteAnalysis

@Suite("Topic memo")
struct TopicMemoTests {
    static let fruits = ["apple", "banana", "cherry", "durian", "elderberry", "fig", "grape", "kiwi", "lemon", "mango"]

    /// Article 0 names every fruit in `order`; articles 1 to 4 each name some fruits, a
    /// different number of times; article 5 names none. Only article 0 changes between the
    /// corpora below, and never which words it has.
    static func texts(first order: [String], member4: String? = nil) -> [ArticleText] {
        var articles = [Fixtures.article("0.txt", title: "Market report", ["The market sold \(order.joined(separator: " and ")) today."])]
        for m in 1...4 {
            let named = fruits.enumerated().filter { ($0.offset + m) % 3 != 0 }.map(\.element)
            let sentence = named.enumerated().map { k, fruit in Array(repeating: fruit, count: 1 + (k * m) % 4).joined(separator: " ") }
            articles.append(Fixtures.article("\(m).txt", title: "Orchard \(m)", [
                "The orchard grew " + sentence.joined(separator: " and ") + ".",
                m == 4 ? (member4 ?? "Pickers came in autumn.") : "Pickers came in autumn.",
            ]))
        }
        articles.append(Fixtures.article("5.txt", title: "Harbour news", ["Ships docked at the harbour on Tuesday."]))
        let splitter = SentenceSplitter()
        return articles.map { ArticleText(article: $0, splitter: splitter) }
    }

    @Test("a result read back is the float worked out afresh, though the corpus met its terms in another order")
    func exactAcrossTermOrder() throws {
        let folder = try AnalysisCacheTests.CacheFolder()
        let file = folder.cache().topics
        let members = [1, 2, 3, 4]
        let before = CorpusIndex(texts: Self.texts(first: Self.fruits))
        let first = TopicMemo(file: file, index: before)
        _ = first.cohesion(members) { TopicCohesion.cohesion(members, documents: before.documents) }
        var centroid = DenseSum(dimension: DenseSum.dimension(of: before.documents))
        _ = first.joins(members: [1, 2], pending: [3, 4], share: 0.5) {
            TopicExpander.joining([3, 4], topic: [1, 2], documents: before.documents, share: 0.5, centroid: &centroid)
        }
        #expect(first.computed == 2 && first.reused == 0)
        #expect(first.save())

        // Article 0 names the same fruits backwards: the corpus meets the terms in another
        // order, but every vector (terms and weights) is as it was.
        let after = CorpusIndex(texts: Self.texts(first: Self.fruits.reversed()))
        let second = TopicMemo(file: file, index: after)
        #expect(second.documents == first.documents)
        let fresh = TopicCohesion.cohesion(members, documents: after.documents)
        let read = second.cohesion(members) { Double.nan }
        #expect(read.bitPattern == fresh.bitPattern)
        var scratch = DenseSum(dimension: DenseSum.dimension(of: after.documents))
        let freshJoins = TopicExpander.joining([3, 4], topic: [1, 2], documents: after.documents, share: 0.5, centroid: &scratch)
        #expect(second.joins(members: [1, 2], pending: [3, 4], share: 0.5) { [-1] } == freshJoins)
        #expect(second.reused == 2 && second.computed == 0)
        #expect(second.save())

        // A member's text changes: its cohesion is worked out again.
        let edited = CorpusIndex(texts: Self.texts(first: Self.fruits, member4: "Pickers came in autumn with kiwi."))
        let third = TopicMemo(file: file, index: edited)
        let again = third.cohesion(members) { TopicCohesion.cohesion(members, documents: edited.documents) }
        #expect(third.reused == 0 && third.computed == 1)
        #expect(again.bitPattern != fresh.bitPattern)
    }

    @Test("an edit that gives one more article a word 24 others have leaves their vectors as they were")
    func commonWordEdit() {
        func index(edited: Bool) -> CorpusIndex {
            var articles = [Fixtures.article("00.txt", title: "Orchard sale", [edited ? "The orchard sold apples at the harbour." : "The orchard sold apples."])]
            for i in 1...24 {
                let fruits = Self.fruits.enumerated().filter { ($0.offset * i) % 5 < 2 }.map(\.element)
                articles.append(Fixtures.article(String(format: "%02d.txt", i), title: "Harbour report \(i)", [
                    "Ships brought \(fruits.joined(separator: " and ")) to the harbour.",
                ]))
            }
            let splitter = SentenceSplitter()
            return CorpusIndex(texts: articles.map { ArticleText(article: $0, splitter: splitter) })
        }
        let before = index(edited: false), after = index(edited: true)
        let harbour = try? #require(before.termIDs.first { $0.key.hasPrefix("harbo") }?.value)
        #expect(harbour.map { before.documentFrequency[Int($0)] } == 24)
        #expect(after.termText == before.termText)
        #expect(after.documents[0] != before.documents[0])
        #expect(Array(after.documents[1...]) == Array(before.documents[1...]))
    }
}

@Suite("Topic merger")
struct TopicMergerTests {
    static func candidate(_ key: String, _ articles: [Int], kind: EntityKind? = nil) -> TopicCandidate {
        TopicCandidate(key: key, name: key, kind: kind, articles: articles, strength: articles.map { _ in 1 }, aliases: [key])
    }

    @Test("a prefix joins the longer key sharing most of its articles, a surname its dominant person; keys stay sorted")
    func merges() {
        let merged = TopicMerger.merge([
            Self.candidate("bronin", [1, 2]),
            Self.candidate("hartford police", [1, 2, 3]),
            Self.candidate("hartford police chief", [3]),
            Self.candidate("hartford police depart", [1, 2, 4]),
            Self.candidate("luke bronin", [2, 5, 6], kind: .person),
            Self.candidate("mayor", [7]),
            Self.candidate("sara bronin", [8], kind: .person),
        ])
        #expect(merged.map(\.key) == ["hartford police chief", "hartford police depart", "luke bronin", "mayor", "sara bronin"])
        let department = merged[1], luke = merged[2]
        #expect(department.articles == [1, 2, 3, 4] && department.strength == [2, 2, 1, 1])
        #expect(department.aliases == ["hartford police", "hartford police depart"])
        #expect(luke.articles == [1, 2, 5, 6] && luke.aliases == ["bronin", "luke bronin"])
    }

    @Test("two forms of one word merge into the larger when they share half the smaller's articles",
          arguments: [
              // Sharing three of four articles: "econom" joins "economi".
              (("economi", [1, 2, 3, 4, 5, 6]), ("econom", [1, 2, 3, 9]), true),
              // Sharing one of four: two topics.
              (("economi", [1, 2, 3, 4, 5, 6]), ("econom", [1, 7, 8, 9]), false),
              // Alike but different words: "brentford" goes on four letters past "brent".
              (("brentford", [1, 2, 3, 4]), ("brent", [1, 2, 3]), false),
              (("russia", [1, 2, 3, 4, 5]), ("russian", [3, 4, 5, 6, 7]), true),
              // Four letters in common are not enough.
              (("polit", [1, 2, 3]), ("polic", [1, 2, 3]), false),
              // A short key the stemmer leaves alone and its plural: "pc" and "pcs".
              (("pc", [1, 2, 3, 4]), ("pcs", [2, 3, 4]), true),
              (("mp", [1, 2, 3, 4]), ("mps", [5, 6, 7]), false),
              // Only a trailing "s" makes a short plural.
              (("pc", [1, 2, 3, 4]), ("pcb", [2, 3, 4]), false),
          ])
    func wordForms(large: (String, [Int]), small: (String, [Int]), merges: Bool) {
        let merged = TopicMerger.mergeWordForms([Self.candidate(large.0, large.1), Self.candidate(small.0, small.1),
                                                 Self.candidate("mayor", [1, 2])])
        if merges {
            let target = large.1.count >= small.1.count ? large.0 : small.0
            #expect(merged.map(\.key) == [target, "mayor"])
            #expect(merged[0].articles == Array(Set(large.1 + small.1)).sorted())
            #expect(merged[0].aliases == [large.0, small.0].sorted())
        } else {
            #expect(merged.count == 3)
        }
    }

    @Test("people's names are never forms of a word")
    func wordFormsSkipPeople() {
        let merged = TopicMerger.mergeWordForms([Self.candidate("williams", [1, 2, 3], kind: .person),
                                                 Self.candidate("william", [1, 2, 3, 4])])
        #expect(merged.count == 2)
    }

    @Test("a word joins a person only when the person has at least half as many articles",
          arguments: [([1, 2], true), ([4, 5, 6, 7, 8, 9], true), (Array(1...7), false), (Array(1...50), false)])
    func surnameNeedsSharedArticles(word: [Int], joins: Bool) {
        let merged = TopicMerger.merge([
            Self.candidate("african growth", [1, 2, 60], kind: .person),
            Self.candidate("growth", word),
        ])
        #expect(merged.map(\.key) == (joins ? ["african growth"] : ["african growth", "growth"]))
    }
}
