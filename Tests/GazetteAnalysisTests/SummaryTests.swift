import GazetteCore
import Testing
@testable import GazetteAnalysis

@Suite("Summaries")
struct SummaryTests {
    @Test("summaries are verbatim body sentences in article order", arguments: [1, 2, 3])
    func verbatimInOrder(count: Int) throws {
        let result = Analyzer(options: AnalysisOptions(summarySentences: count)).analyze(Fixtures.hartford)
        for (analysis, article) in zip(result.articles, Fixtures.hartford) {
            #expect(analysis.summaryIndices.count == count)
            #expect(analysis.summaryIndices == analysis.summaryIndices.sorted())
            for sentence in analysis.summary {
                #expect(article.paragraphs.contains { $0.contains(sentence) })
            }
        }
    }

    @Test("never picks bylines, questions or boilerplate")
    func skipsJunk() {
        let result = Analyzer(options: AnalysisOptions(summarySentences: 5)).analyze([Fixtures.patrols])
        let summary = result.articles[0].summary
        #expect(!summary.isEmpty)
        #expect(!summary.contains { $0.hasPrefix("By ") || $0.hasSuffix("?") || $0.contains("newsletter") })
    }

    /// LexRank as first written: similarities by `SparseVector.dot`, then every row's non-zero
    /// entries in column order on each step of the walk.
    static func referenceLexRank(_ vectors: [SparseVector], damping: Double = 0.85) -> [Double] {
        let n = vectors.count
        guard n > 1 else { return Array(repeating: 1, count: n) }
        var sim = Array(repeating: 0.0, count: n * n)
        var rowSum = Array(repeating: 0.0, count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let s = vectors[i].dot(vectors[j])
                guard s > 0.02 else { continue }
                sim[i * n + j] = s
                sim[j * n + i] = s
                rowSum[i] += s
                rowSum[j] += s
            }
        }
        var rank = Array(repeating: 1.0 / Double(n), count: n)
        for _ in 0..<40 {
            var next = Array(repeating: (1 - damping) / Double(n), count: n)
            var dangling = 0.0
            for i in 0..<n {
                guard rowSum[i] > 0 else { dangling += rank[i]; continue }
                let share = damping * rank[i] / rowSum[i]
                for j in 0..<n where sim[i * n + j] > 0 { next[j] += share * sim[i * n + j] }
            }
            for j in 0..<n { next[j] += damping * dangling / Double(n) }
            rank = next
        }
        let top = rank.max() ?? 1
        return top > 0 ? rank.map { $0 / top } : rank
    }

    /// The dense look-ups and the walk over non-zero entries must give the plain version's scores
    /// bit for bit, also with one scratch sum carried from article to article.
    @Test("LexRank's scores equal the plain sparse version's, bit for bit")
    func lexRankReference() throws {
        let articles = try CompactTextTests.articles()
        let splitter = SentenceSplitter()
        let texts = articles.map { ArticleText(article: $0, splitter: splitter) }
        let index = CorpusIndex(texts: texts)
        var scratch = DenseSum(dimension: index.idf.count)
        var compared = 0
        for a in texts.indices {
            let vectors = index.sentenceVectors(article: a, bodyTerms: index.bodyTerms(of: a)).filter { !$0.isEmpty }
            let expected = Self.referenceLexRank(vectors)
            #expect(LexRank.scores(vectors).map(\.bitPattern) == expected.map(\.bitPattern), "\(articles[a].path)")
            #expect(LexRank.scores(vectors, scratch: &scratch).map(\.bitPattern) == expected.map(\.bitPattern))
            if Set(expected).count > 2 { compared += 1 }
        }
        #expect(compared >= 5)
    }

    @Test("zero sentences asked gives an empty summary")
    func zero() {
        let result = Analyzer(options: AnalysisOptions(summarySentences: 0)).analyze([Fixtures.troopers])
        #expect(result.articles[0].summary.isEmpty)
    }

    @Test("a derived title earns no title overlap")
    func derivedTitle() {
        var article = Fixtures.troopers
        article.titleIsDerived = true
        var options = AnalysisOptions(explain: true)
        options.summaryWeights.ledeWithoutTitle = false
        let result = Analyzer(options: options).analyze([article])
        #expect(result.articles[0].scores.allSatisfy { ($0.parts["title"] ?? 0) == 0 })
        #expect(result.articles[0].scores.contains { ($0.parts["centrality"] ?? 0) > 0 })
        let titled = Analyzer(options: AnalysisOptions(explain: true)).analyze([Fixtures.troopers])
        #expect(titled.articles[0].scores.contains { ($0.parts["title"] ?? 0) > 0 })
    }

    /// An article whose lede is not what the other parts pick: its opening sentences are short and
    /// say little, and a later, longer sentence carries most of the repeated terms.
    static let buriedCentre = [
        "By Jane Doe",
        "The council met on Monday.",
        "It was a long meeting.",
        "Members spoke about the budget.",
        "The council budget for parks, roads and schools grew, and the council budget vote on parks, roads and schools passed, members of the council said.",
        "Parks, roads and schools will share the budget the council passed.",
    ]

    @Test("an article without a title line is summarised by its lede; a titled one is not", arguments: [1, 2, 3])
    func ledeWithoutTitle(count: Int) throws {
        let untitled = Fixtures.article("u.txt", Self.buriedCentre)
        let titled = Fixtures.article("t.txt", title: "Council passes budget for parks, roads and schools", Self.buriedCentre)
        #expect(untitled.titleIsDerived && !titled.titleIsDerived)
        let result = Analyzer(options: AnalysisOptions(summarySentences: count, explain: true)).analyze([untitled, titled])
        let lede = result.articles[0]
        // The first usable sentences in order: the byline is never usable.
        #expect(lede.summary == Array(Self.buriedCentre[1...count]))
        // Scored by position alone, falling with rank.
        let usable = lede.scores.filter { $0.parts["excluded"] == nil }
        #expect(usable.allSatisfy { $0.parts.keys.sorted() == ["position"] && $0.total == $0.parts["position"] })
        #expect(zip(usable, usable.dropFirst()).allSatisfy { $0.total > $1.total })
        // The same text with a title line is scored on every part and picks the long sentence.
        #expect(result.articles[1].summary.contains(Self.buriedCentre[4]))
        #expect(result.articles[1].scores.contains { ($0.parts["centrality"] ?? 0) > 0 })
    }

    @Test("the lede skips a sentence that would overrun the word budget")
    func ledeBudget() {
        let long = Array(repeating: "word", count: 100).joined(separator: " ") + "."
        let sentences = ["The first sentence is short.", long, "The third sentence is short too.", "So is the fourth one here."]
        let result = Analyzer().analyze([Fixtures.article("u.txt", sentences)])
        #expect(result.articles[0].summary == [sentences[0], sentences[2], sentences[3]])
    }

    @Test("a sentence ending a quotation begun before it is chosen only after its opening, in a lede")
    func quotationContinuation() {
        let paragraphs = [
            "The council met on Monday to vote on the budget for parks and roads.",
            "\"We will fund the parks. The council budget for parks, roads and schools grew, and the council budget vote on parks, roads and schools passed,\" the mayor said.",
            "Parks, roads and schools will share the budget the council passed on Monday.",
            "Members spoke about the budget for parks for a long time.",
        ]
        let continuation = "The council budget for parks, roads and schools grew, and the council budget vote on parks, roads and schools passed,\" the mayor said."
        let untitled = Fixtures.article("u.txt", paragraphs)
        let titled = Fixtures.article("t.txt", title: "Council passes budget for parks, roads and schools", paragraphs)
        let result = Analyzer(options: AnalysisOptions(summarySentences: 3, explain: true)).analyze([untitled, titled])
        #expect(result.articles[0].sentences.contains(continuation))
        #expect(result.articles[0].summary == [paragraphs[0], "\"We will fund the parks.", continuation])
        #expect(result.articles[1].summary.count == 3)
        #expect(!result.articles[1].summary.contains(continuation))
    }

    @Test("a sentence continues a quotation when its first quotation mark closes one", arguments: [
        ("This is targeted,\" Bronin said.", true),
        ("This is targeted,” Bronin said.", true),
        ("He said: \"This is targeted.\"", false),
        ("\"This is targeted,\" Bronin said.", false),
        ("“This is targeted,” Bronin said.", false),
        ("Bronin called it a \"targeted\" partnership.", false),
        ("He said \"the partnership is targeted.", false),
        ("No quotation marks at all.", false),
        ("The 6\" pipe and the 8\" pipe.", false),
    ] as [(String, Bool)])
    func continuesQuotation(sentence: String, expected: Bool) {
        #expect(SentenceFilter.continuesQuotation(sentence) == expected)
        if expected { #expect(SentenceFilter.rejection(sentence, words: 5) == "quote-continuation") }
    }

    @Test("explain fills one score per sentence with named parts summing to the total")
    func explain() throws {
        let result = Analyzer(options: AnalysisOptions(explain: true)).analyze(Fixtures.hartford)
        let first = result.articles[0]
        #expect(first.scores.count == first.sentences.count)
        for score in first.scores where score.parts["excluded"] == nil {
            let sum = score.parts.values.reduce(0, +)
            #expect(abs(sum - score.total) < 1e-9)
            #expect(score.parts["position"] != nil && score.parts["centrality"] != nil)
        }
        let plain = Analyzer().analyze(Fixtures.hartford)
        #expect(plain.articles[0].scores.isEmpty)
    }

    @Test("an empty article gets an empty analysis")
    func empty() {
        let result = Analyzer().analyze([Fixtures.article("e.txt", [])])
        #expect(result.articles[0].sentences.isEmpty && result.articles[0].summary.isEmpty)
    }
}
