import GazetteCore
import Testing
@testable import GazetteAnalysis

@Suite("Labels as topics")
struct TopicLabelTests {
    static func candidate(_ key: String, _ articles: [Int], strength: Int = 5, aliases: [String] = []) -> TopicCandidate {
        TopicCandidate(key: key, name: key.capitalized, kind: nil, articles: articles,
                       strength: articles.map { _ in strength }, aliases: [key] + aliases)
    }

    @Test("a label with a selected topic's key or alias adds its articles to the topic, below every mention")
    func joins() {
        let police = TopicCandidate.key("Police")
        let selected = [Self.candidate(TopicCandidate.key("budget"), [1, 4]),
                        Self.candidate(TopicCandidate.key("Hartford Police"), [0], aliases: [police])]
        let merged = TopicLabels.merge(selected, labels: [["Police"], ["budget"], [], ["Budget ", "Police"], ["Budget"]],
                                       duplicateOf: [nil, nil, nil, nil, nil])
        #expect(merged.count == 2)
        #expect(merged[0].articles == [1, 3, 4] && merged[0].strength == [5, 1, 5])
        #expect(merged[0].labels == .joined && merged[0].name == selected[0].name)
        #expect(merged[1].articles == [0, 3] && merged[1].strength == [5, 1])
    }

    @Test("other labels become topics of their articles, however few, named by their commonest spelling")
    func labelOnly() {
        let labels = [["Public Safety", "public  safety"], ["Election 2015"], ["public safety"], ["Public Safety"], ["Public safety"]]
        let merged = TopicLabels.merge([], labels: labels, duplicateOf: [nil, nil, nil, 2, nil])
        #expect(merged.map(\.key) == [TopicCandidate.key("Election 2015"), TopicCandidate.key("public safety")])
        #expect(merged[0].name == "Election 2015" && merged[0].articles == [1])
        // Article 3 is a duplicate (it takes article 2's topics); article 0 counts once.
        #expect(merged[1].articles == [0, 2, 4] && merged[1].strength == [1, 1, 1])
        // "Public Safety" and "public safety" once each, "Public safety" once: the first met wins.
        #expect(merged[1].name == "Public Safety")
        #expect(merged.allSatisfy { $0.labels == .only })
    }

    @Test("an all lower-case label is named with a capital first letter; others as written",
          arguments: [("getting started", "Getting started"), ("iPhone", "iPhone"), ("Public Safety", "Public Safety"), ("élections", "Élections")])
    func naming(label: String, name: String) {
        #expect(TopicLabels.merge([], labels: [[label]], duplicateOf: [nil]).map(\.name) == [name])
    }

    @Test("blank and overlong labels, and those past an article's twentieth, are left out")
    func skipped() {
        let many = (1...25).map { "Label \($0)x" }
        let labels = [["", "   ", String(repeating: "long ", count: 20), "Real one"], many]
        let merged = TopicLabels.merge([], labels: labels, duplicateOf: [nil, nil])
        #expect(merged.map(\.name).contains("Real one"))
        #expect(merged.count == 1 + TopicLabels.perArticle)
        #expect(!merged.map(\.name).contains("Label 21x"))
    }

    @Test("an article's categories and tags become topic pages with a reason; its own topics stay first")
    func analysis() throws {
        var articles = Fixtures.hartford + [Fixtures.football]
        articles[0].categories = ["Public Safety"]
        articles[3].tags = ["Public Safety", "Sport"]
        let result = Analyzer().analyze(articles)
        let safety = try #require(result.topics.first { $0.name == "Public Safety" })
        #expect(Set(safety.articles) == [0, 3])
        #expect(safety.reason.hasPrefix("label (category or tag)"))
        #expect(safety.labels == ["Public Safety"])
        let sport = try #require(result.topics.first { $0.name == "Sport" })
        #expect(sport.articles == [3])
        #expect(result.articles[3].topics.last == sport.slug || result.articles[3].topics.last == safety.slug)
        #expect(result.articles[0].topics.first != safety.slug, "a label comes after the article's own topics")
        let unlabelled = Analyzer().analyze(Fixtures.hartford + [Fixtures.football])
        #expect(result.articles[1].topics == unlabelled.articles[1].topics)
    }
}
