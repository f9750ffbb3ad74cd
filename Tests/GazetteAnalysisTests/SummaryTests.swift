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

    @Test("zero sentences asked gives an empty summary")
    func zero() {
        let result = Analyzer(options: AnalysisOptions(summarySentences: 0)).analyze([Fixtures.troopers])
        #expect(result.articles[0].summary.isEmpty)
    }

    @Test("a derived title earns no title overlap")
    func derivedTitle() {
        var article = Fixtures.troopers
        article.titleIsDerived = true
        let result = Analyzer(options: AnalysisOptions(explain: true)).analyze([article])
        #expect(result.articles[0].scores.allSatisfy { ($0.parts["title"] ?? 0) == 0 })
        let titled = Analyzer(options: AnalysisOptions(explain: true)).analyze([Fixtures.troopers])
        #expect(titled.articles[0].scores.contains { ($0.parts["title"] ?? 0) > 0 })
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
