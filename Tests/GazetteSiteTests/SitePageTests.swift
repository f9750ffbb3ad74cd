import Foundation
import GazetteAnalysis
import GazetteCore
import Testing

@testable import GazetteSite

@Suite("Pages of the site")
struct SitePageTests {
    static let stories = [
        ("harbour", "Harbour reopens after storm", "The harbour reopened on Friday after a week of repairs to the storm-damaged pier, officials said."),
        ("pier", "Pier repairs finished", "Repairs to the storm-damaged pier finished on Thursday, and the harbour will reopen on Friday, officials said."),
        ("school", "School board approves budget", "The school board approved next year's budget on Tuesday after a long debate about teachers' pay."),
    ]

    static func write(_ folder: TemporaryFolder, page: Bool) throws {
        for (day, story) in stories.enumerated() {
            try folder.write("---\ntitle: \(story.1)\ndate: 2024-03-0\(day + 1)\nauthor: Ann Writer\n---\n\(story.2)\n", to: "in/\(story.0).md")
        }
        if page {
            // The page shares the stories' words, byline and tags: it must still stay out of their analysis and lists.
            try folder.write("""
                ---
                title: About the Harbour Digest
                type: page
                author: Ann Writer
                tags: [harbour]
                aliases: [/about/]
                ---
                The Harbour Digest reports on the harbour, the pier and the school board. Officials and
                readers write to us about repairs, storms and budgets.
                """, to: "in/about.md")
        }
    }

    static func build(_ folder: TemporaryFolder, templates: URL = Repository.templates, into name: String) throws -> URL {
        let output = folder.url.appendingPathComponent(name)
        _ = try SiteBuilder(config: SiteConfig(), templatesDirectory: templates)
            .build(inputDirectory: folder.url.appendingPathComponent("in"), output: output, strict: false)
        return output
    }

    @Test("a page is rendered with its template and listed in every footer, but no list, feed, search or analysis has it")
    func page() throws {
        let folder = try TemporaryFolder()
        try Self.write(folder, page: true)
        let site = try Self.build(folder, into: "out")
        let files = try SiteFiles.read(site)
        func text(_ path: String) -> String { String(decoding: files[path] ?? Data(), as: UTF8.self) }

        let about = text("articles/about-the-harbour-digest.html")
        #expect(about.contains("<article class=\"story standalone\">"))
        #expect(about.contains("\"@type\":\"WebPage\""))
        #expect(!about.contains("NewsArticle") && !about.contains("Related stories") && !about.contains("In brief"))
        #expect(text("about/index.html").contains("url=../articles/about-the-harbour-digest.html"), "its alias")
        for (path, data) in files where path.hasSuffix(".html") && !path.hasPrefix("about/") {
            // The not-found page's links start at the site's root: it is served at any path.
            let root = path == SitePaths.notFound ? "/" : SitePaths.root(from: path)
            #expect(String(decoding: data, as: UTF8.self).contains("href=\"\(root)articles/about-the-harbour-digest.html\">About the Harbour Digest</a></p>"),
                    "the footer of \(path) links the page")
        }
        // Nowhere else: not on the front page, in the archive, the author's page, a topic, the feeds or search.
        for (path, data) in files where !path.hasPrefix("articles/about") && !path.hasPrefix("about/") && !["sitemap.xml", ".gazette-manifest"].contains(path) {
            let mentions = String(decoding: data, as: UTF8.self).components(separatedBy: "about-the-harbour-digest").count - 1
            #expect(mentions == (path.hasSuffix(".html") ? 1 : 0), "\(path) lists the page")
        }
        #expect(text("sitemap.xml").contains("articles/about-the-harbour-digest.html"))

        // The stories' analysis is the same as without the page.
        let without = try TemporaryFolder()
        try Self.write(without, page: false)
        let plain = try Self.build(without, into: "out")
        for story in ["harbour-reopens-after-storm", "pier-repairs-finished", "school-board-approves-budget"] {
            let path = "articles/\(story).html"
            let withPage = text(path).replacingOccurrences(of: " · <a href=\"../articles/about-the-harbour-digest.html\">About the Harbour Digest</a>", with: "")
            #expect(withPage == String(decoding: try Data(contentsOf: plain.appendingPathComponent(path)), as: UTF8.self), "\(path)")
        }
    }

    @Test("a template folder without page.mustache renders pages with article.mustache")
    func fallback() throws {
        let folder = try TemporaryFolder()
        try Self.write(folder, page: true)
        let templates = folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.templates, to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("page.mustache"))
        let site = try Self.build(folder, templates: templates, into: "out")
        let about = try String(contentsOf: site.appendingPathComponent("articles/about-the-harbour-digest.html"), encoding: .utf8)
        #expect(about.contains("<article class=\"story\">"))
        #expect(about.contains("<h1>About the Harbour Digest</h1>"))
    }

    @Test("an analysis of some articles spreads over the corpus with every index moved")
    func spread() {
        var a = ArticleAnalysis(summary: ["A."], summaryIndices: [0], related: [1], duplicateOf: nil)
        a.versions = [1]
        let b = ArticleAnalysis(summary: ["B."], summaryIndices: [0], related: [0], duplicateOf: 0)
        let analysis = CorpusAnalysis(articles: [a, b], topics: [Topic(name: "T", slug: "t", articles: [1, 0])])
        let spread = analysis.spread(to: [1, 3], count: 4)
        #expect(spread.articles.map(\.summary) == [[], ["A."], [], ["B."]])
        #expect(spread.articles[1].related == [3] && spread.articles[1].versions == [3])
        #expect(spread.articles[3].related == [1] && spread.articles[3].duplicateOf == 1)
        #expect(spread.topics[0].articles == [3, 1])
    }
}
