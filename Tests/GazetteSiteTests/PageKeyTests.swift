import Foundation
import GazetteAnalysis
import GazetteCore
import Testing

@testable import GazetteSite

/// `PageKeys` must change whenever a page's values do (any template may show any value): each
/// case changes one input of a small corpus (an article field, its analysis, a topic) and
/// compares every page's key with the fingerprint of its values, before and after; and a topic
/// feed's key whenever its XML changes, and the search files' key whenever one of them does.
@Suite("Page keys")
struct PageKeyTests {
    typealias Change = @Sendable (inout [Article], inout CorpusAnalysis) -> Void

    /// Fourteen articles over three months and undated, with four topics, a slug no topic has,
    /// related stories, versions and one exact copy.
    static func corpus() -> ([Article], CorpusAnalysis) {
        let n = 14
        var articles: [Article] = []
        var analyses: [ArticleAnalysis] = []
        for i in 0..<n {
            let date = [5, 11].contains(i) ? nil
                : PublicationDate(year: 2024, month: 1 + i % 3, day: 1 + i, hour: i % 2 == 0 ? 9 : nil, minute: i % 2 == 0 ? 30 : nil)
            articles.append(Article(
                path: "\(i).md", format: .markdown, title: "Story \(i)", slug: "story-\(i)", date: date,
                byline: i % 2 == 0 ? "Writer \(i)" : nil, dateline: i % 4 == 0 ? "HARTFORD" : nil,
                source: i % 3 == 0 ? "The Courant" : nil, url: i % 5 == 0 ? "https://example.org/\(i)" : nil,
                categories: i % 3 == 1 ? ["Politics"] : [], tags: i % 2 == 1 ? ["tag\(i)"] : [],
                credits: i == 4 ? ["Ann Lee contributed."] : [], links: i == 0 ? ["11.md#x"] : [],
                image: i == 2 ? ArticleImage(source: "https://example.org/2.jpg", alt: "Story two's photo") : nil,
                paragraphs: ["Paragraph of story \(i)."], markdown: "Body of story **\(i)**." + (i == 0 ? " See [story 11](11.md#x)." : "")
            ))
            var analysis = ArticleAnalysis(
                summary: ["Summary of story \(i)."], summaryIndices: [0],
                topics: [["alpha", "beta", "delta"], ["beta"], ["gamma", "alpha"], [], ["ghost", "alpha"]][i % 5],
                related: [(i + 1) % n, (i + 2) % n]
            )
            if i == 6 { analysis.versions = [9] }
            // A summary that is not the opening: its page shows the In brief box.
            if i == 8 { analysis.summaryIndices = [1] }
            if i == 13 { analysis.duplicateOf = 12 }
            analyses.append(analysis)
        }
        // A page of the site (About), which every page's footer lists.
        articles.append(Article(path: "about.md", format: .markdown, title: "About us", slug: "about", isPage: true,
                                paragraphs: ["Who we are."], markdown: "Who we are."))
        analyses.append(ArticleAnalysis(summary: [], summaryIndices: []))
        func members(_ slug: String) -> [Int] { (0..<n).filter { analyses[$0].topics.contains(slug) } }
        let topics = [
            Topic(name: "Alpha", slug: "alpha", articles: members("alpha"), related: ["beta", "ghost"], summary: ["Alpha summary."]),
            Topic(name: "Beta", slug: "beta", articles: members("beta"), related: ["alpha"], summary: []),
            Topic(name: "Gamma", slug: "gamma", articles: members("gamma"), related: [], summary: ["Gamma summary."]),
            // Third on its articles, so their cards do not show it.
            Topic(name: "Delta", slug: "delta", articles: members("delta"), related: [], summary: []),
        ]
        return (articles, CorpusAnalysis(articles: analyses, topics: topics))
    }

    /// Every page by path: its key (if it has one) and the fingerprint of its values; and every
    /// topic feed, with the hash of its XML.
    static func pages(_ articles: [Article], _ analysis: CorpusAnalysis, seed: Hasher128 = Hasher128(),
                      pageSize: Int = 3) throws -> [String: (key: Hash128?, values: Hash128?)] {
        var config = SiteConfig()
        config.pageSize = pageSize
        let templates = try TemplateSet(directory: Repository.templates)
        // Links between articles resolve without the input folder's files.
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []), config: config,
                              inputDirectory: URL(fileURLWithPath: "/nonexistent"))
        let contexts = PageContexts(model: model, templates: templates)
        let keys = PageKeys(model: model, seed: seed)
        let values = PageFingerprints(seed: Hasher128())
        var pages: [String: (key: Hash128?, values: Hash128?)] = [:]
        for job in PageJob.all(for: model, contexts: contexts) {
            let page = contexts.page(for: job)
            let keyed = keys.key(for: job)
            #expect(keyed == nil || keyed?.path == page.path, "\(job)")
            pages[page.path] = (keyed?.key, values.fingerprint(of: page))
        }
        // Topic feeds, by their XML.
        let feeds = Feeds(model: model)
        for topic in model.topics {
            let items = Array(model.stories(of: topic).prefix(feeds.limit))
            let xml = feeds.atom(title: topic.name, selfPath: SitePaths.topicFeed(topic.slug),
                                 alternatePath: SitePaths.topic(topic.slug), items: items)
            var hasher = Hasher128()
            hasher.add(xml)
            pages[SitePaths.topicFeed(topic.slug)] = (keys.feedKey(path: SitePaths.topicFeed(topic.slug), name: topic.name, items: items), hasher.hash)
        }
        // Author and source feeds, by their XML.
        for facet in model.facets(.author) + model.facets(.source) {
            let items = Array(facet.stories.prefix(feeds.limit))
            let xml = feeds.atom(title: facet.name, selfPath: SitePaths.facetFeed(facet), alternatePath: SitePaths.facet(facet), items: items)
            var hasher = Hasher128()
            hasher.add(xml)
            pages[SitePaths.facetFeed(facet)] = (keys.feedKey(path: SitePaths.facetFeed(facet), name: facet.name, items: items), hasher.hash)
        }
        // The search files, as one: they share one key.
        let names = Dictionary(model.topics.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        var search = Hasher128()
        for file in SearchIndex.files(model: model, topicNames: names) {
            search.add(file.path)
            file.bytes.withUnsafeBytes { search.add(bytes: $0) }
        }
        pages[SitePaths.searchIndex] = (keys.searchKey(topicNames: names), search.hash)
        return pages
    }

    static let changes: [(String, Change)] = [
        ("title", { a, _ in a[2].title = "Story two, revised" }),
        ("slug", { a, _ in a[12].slug = "story-twelve" }),
        ("byline added", { a, _ in a[1].byline = "New Writer" }),
        ("byline removed", { a, _ in a[4].byline = nil }),
        ("source", { a, _ in a[0].source = "The Bugle" }),
        ("dateline", { a, _ in a[3].dateline = "PARIS" }),
        ("url", { a, _ in a[5].url = "https://example.org/moved" }),
        ("day", { a, _ in a[6].date?.day = 28 }),
        ("hour", { a, _ in a[8].date?.hour = 17 }),
        ("zone", { a, _ in a[8].date?.utcOffsetMinutes = -300 }),
        ("month", { a, _ in a[7].date?.month = 3 }),
        ("date removed", { a, _ in a[3].date = nil }),
        ("categories", { a, _ in a[8].categories = ["Sport"] }),
        ("tags", { a, _ in a[9].tags += ["extra"] }),
        ("credits", { a, _ in a[10].credits = ["Bo Yu contributed."] }),
        ("body", { a, _ in a[1].markdown = "Another body." }),
        // Story 0 links to story 11, which shares no list or card with it.
        ("linked article's slug", { a, _ in a[11].slug = "story-eleven" }),
        ("link dropped", { a, _ in a[0].links = [] }),
        ("summary", { _, c in c.articles[2].summary = ["A new summary."] }),
        ("written summary", { a, _ in a[8].summary = "A summary its author wrote." }),
        ("language", { a, _ in a[4].language = "de" }),
        // Story 3's title shows on the pages of the stories before and after it, as a link onward.
        ("neighbour's title", { a, _ in a[3].title = "Story three, renamed" }),
        ("reading time", { a, _ in a[2].paragraphs = Array(repeating: "A long paragraph of story two.", count: 60) }),
        ("page title", { a, _ in a[14].title = "About the Courant" }),
        ("page body", { a, _ in a[14].markdown = "Who we are, and how to reach us." }),
        ("becomes a page", { a, _ in a[6].isPage = true }),
        ("image added", { a, _ in a[3].image = ArticleImage(source: "https://example.org/3.jpg") }),
        ("image moved", { a, _ in a[2].image?.source = "https://example.org/2-large.jpg" }),
        ("image alt", { a, _ in a[2].image?.alt = "The harbour at dawn" }),
        ("image caption", { a, _ in a[2].image?.caption = "Photo: Bo Yu" }),
        ("image removed", { a, _ in a[2].image = nil }),
        // Only the search files show the names an article mentions.
        ("search names", { _, c in c.articles[5].searchNames = ["Luke Bronin"] }),
        // The same sentence, no longer the body's first: the page shows its "In brief" box.
        ("summary no longer the lede", { _, c in c.articles[2].summaryIndices = [1] }),
        ("article topics", { _, c in c.articles[3].topics = ["gamma"] }),
        ("related", { _, c in c.articles[4].related = [0] }),
        ("versions", { _, c in c.articles[6].versions = [1, 9] }),
        ("copy", { _, c in c.articles[7].duplicateOf = 0 }),
        ("copy removed", { _, c in c.articles[13].duplicateOf = nil }),
        // A story without topics leaves its month: with one story a page, the first page of the
        // month lists the same story but one page fewer.
        ("copy without topics", { _, c in c.articles[3].duplicateOf = 4 }),
        // Category "Politics" (articles 1, 4, 7, 10, 13) now links to a topic page.
        ("category taken by a topic", { _, c in c.topics[2].labels = ["Politics"] }),
        ("topic name", { _, c in c.topics[0].name = "Alpha Renamed" }),
        ("name of a topic no card shows", { _, c in c.topics[3].name = "Delta Renamed" }),
        ("topic summary", { _, c in c.topics[1].summary = ["Beta at last has a summary."] }),
        ("topic related", { _, c in c.topics[2].related = ["alpha"] }),
        ("topic members", { _, c in c.topics[2].articles.append(1) }),
        ("topic removed", { _, c in c.topics.removeLast() }),
    ]

    @Test("every page whose values change gets a new key", arguments: changes.map(\.0), [1, 3])
    func keysFollowChanges(name: String, pageSize: Int) throws {
        let change = try #require(Self.changes.first { $0.0 == name }?.1)
        var (articles, analysis) = Self.corpus()
        let before = try Self.pages(articles, analysis, pageSize: pageSize)
        change(&articles, &analysis)
        let after = try Self.pages(articles, analysis, pageSize: pageSize)
        var changed = 0
        for (path, page) in after {
            guard let old = before[path], old.values != page.values else { continue }
            changed += 1
            if let key = page.key { #expect(key != old.key, "\(path) changed but kept its key") }
        }
        #expect(changed > 0 || Set(after.keys) != Set(before.keys), "the change shows in some page's values")
    }

    @Test("a change keeps the keys of pages that do not show it; another seed changes every key")
    func keysStay() throws {
        var (articles, analysis) = Self.corpus()
        let before = try Self.pages(articles, analysis)
        articles[10].credits = ["Bo Yu contributed."]
        let after = try Self.pages(articles, analysis)
        let keyed = after.filter { $0.value.key != nil }
        let kept = keyed.filter { before[$0.key]?.key == $0.value.key }
        #expect(keyed.count > 20)
        #expect(kept.count == keyed.count - 1, "only story 10's page shows its credits")

        var seed = Hasher128()
        seed.add("other templates")
        let reseeded = try Self.pages(articles, analysis, seed: seed)
        #expect(reseeded.allSatisfy { $0.value.key == nil || $0.value.key != after[$0.key]?.key })
    }
}
