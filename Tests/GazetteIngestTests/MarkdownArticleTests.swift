import Foundation
import GazetteCore
import Testing
@testable import GazetteIngest

@Suite("Markdown articles")
struct MarkdownArticleTests {
    static let full = """
    ---
    title: "Harbor Dredging Plan Approved"
    date: 2021-04-09 14:30:00 -04:00
    author: [Ana Silva, Tom Reyes]
    source: Bay Gazette
    url: https://example.com/harbor
    tags: [harbor, dredging]
    categories: Environment, Port
    summary: The port will be dredged next year.
    slug: harbor-plan
    lang: en
    unknown_key: { nested: true }
    ---
    The port authority approved a plan to dredge the harbor **next year**.

    - It will cost $8 million.
    - It will take four months.
    """

    @Test("front matter fields")
    func fields() throws {
        let article = try #require(MarkdownArticleParser.parse(Self.full, path: "a.md").article)
        #expect(article.title == "Harbor Dredging Plan Approved")
        #expect(!article.titleIsDerived)
        #expect(article.date == PublicationDate(year: 2021, month: 4, day: 9, hour: 14, minute: 30, second: 0, utcOffsetMinutes: -240))
        #expect(article.byline == "Ana Silva, Tom Reyes")
        #expect(article.source == "Bay Gazette")
        #expect(article.url == "https://example.com/harbor")
        #expect(article.tags == ["harbor", "dredging"])
        #expect(article.categories == ["Environment", "Port"])
        #expect(article.summary == "The port will be dredged next year.")
        #expect(article.slug == "harbor-plan")
        #expect(article.language == "en")
        #expect(article.format == .markdown)
        #expect(article.paragraphs.first == "The port authority approved a plan to dredge the harbor next year.")
        #expect(article.markdown.hasPrefix("The port authority"))
    }

    @Test("the body's local link and image destinations are kept, each once, in order; web addresses are not")
    func links() throws {
        let text = """
            # Storm damage

            ![Pier](photos/pier.jpg) See [the map](map.pdf), [the map again](map.pdf), [earlier](../2023/storm.md#end),
            [the council](https://example.gov/), [write](mailto:desk@example.org), [top](#top) and `[code](not-a-link.md)`.
            """
        let article = try #require(MarkdownArticleParser.parse(text, path: "2024/storm.md").article)
        #expect(article.links == ["photos/pier.jpg", "map.pdf", "../2023/storm.md#end"])
        #expect(article.title == "Storm damage")
    }

    /// Front matter giving an image, and the image and links the article gets.
    static let imageCases: [(front: String, image: ArticleImage?, links: [String])] = [
        ("image: photos/pier at dawn.jpg\nimage_alt: The pier at dawn\ncaption: Photo by Bo Yu.",
         ArticleImage(source: "photos/pier at dawn.jpg", alt: "The pier at dawn", caption: "Photo by Bo Yu."),
         ["photos/pier at dawn.jpg", "map.pdf"]),
        // Hugo's list: the first is the article's; the body's link to the same file is listed once.
        ("images:\n  - map.pdf\n  - other.jpg\nimageAlt: A map", ArticleImage(source: "map.pdf", alt: "A map"), ["map.pdf"]),
        ("featured_image: https://cdn.example.org/a.jpg", ArticleImage(source: "https://cdn.example.org/a.jpg"), ["map.pdf"]),
        ("cover: ../shared/cover.png", ArticleImage(source: "../shared/cover.png"), ["../shared/cover.png", "map.pdf"]),
        // Unusable sources are warnings, and no image.
        ("image: \"javascript:alert(1)\"", nil, ["map.pdf"]),
        ("image: /images/a.jpg", nil, ["map.pdf"]),
        ("image: https://example.org/a photo.jpg", nil, ["map.pdf"]),
        ("image: \"data:image/png;base64,AAAA\"", nil, ["map.pdf"]),
        ("image: https://", nil, ["map.pdf"]),
        ("images: []", nil, ["map.pdf"]),
    ]

    @Test("an image from the front matter, its alt text and caption; a path beside the article is also a link",
          arguments: imageCases.indices)
    func image(_ index: Int) throws {
        let (front, image, links) = Self.imageCases[index]
        let outcome = MarkdownArticleParser.parse("---\ntitle: Storm\n\(front)\n---\nSee [the map](map.pdf).\n", path: "2024/storm.md")
        let article = try #require(outcome.article)
        #expect(article.image == image)
        #expect(article.links == links)
        let warned = outcome.diagnostics.contains { $0.message.contains("image") }
        #expect(warned == (image == nil && front != "images: []"))
    }

    /// Front matter dates, and the revision date the article keeps (nil: none, and a warning
    /// when the front matter gave one).
    static let updateCases: [(front: String, updated: PublicationDate?, warned: Bool)] = [
        ("date: 2024-03-01\nupdated: 2024-03-02", PublicationDate(year: 2024, month: 3, day: 2), false),
        ("date: 2024-03-01T09:00:00Z\nlastmod: 2024-03-01T17:45:00Z",
         PublicationDate(year: 2024, month: 3, day: 1, hour: 17, minute: 45, second: 0, utcOffsetMinutes: 0), false),
        // Written before the date, as front matter often orders it.
        ("modified: 2024-04-01\ndate: 2024-03-01", PublicationDate(year: 2024, month: 4, day: 1), false),
        ("date: 2024-03-01\nlast_modified_at: 2024-05-01", PublicationDate(year: 2024, month: 5, day: 1), false),
        ("date: 2024-03-01\ndate_modified: 2024-05-01", PublicationDate(year: 2024, month: 5, day: 1), false),
        // Without a date, the revision date is kept as it is.
        ("updated: 2024-03-02", PublicationDate(year: 2024, month: 3, day: 2), false),
        // Not after the date: said, and left out.
        ("date: 2024-03-05\nupdated: 2024-03-04", nil, true),
        ("date: 2024-03-05\nupdated: 2024-03-05", nil, true),
        ("date: 2024-03-05T10:00:00Z\nupdated: 2024-03-05", nil, true),
        // Unreadable: the date warning, and no revision.
        ("date: 2024-03-05\nupdated: next week", nil, true),
        ("date: 2024-03-05", nil, false),
    ]

    @Test("a revision date from `updated:` or its other names, kept only when it is after the date",
          arguments: updateCases.indices)
    func updated(_ index: Int) throws {
        let (front, updated, warned) = Self.updateCases[index]
        let outcome = MarkdownArticleParser.parse("---\ntitle: Storm\n\(front)\n---\nBody.\n", path: "storm.md")
        let article = try #require(outcome.article)
        #expect(article.updated == updated)
        #expect(outcome.diagnostics.count == (warned ? 1 : 0))
        // At the revision's line (the front matter's line 3 is the file's line 4).
        if warned, let line = outcome.diagnostics.first?.line {
            #expect(line == 4)
        }
    }

    @Test("front matter Gazette does not read is kept for templates: text, lists of text, true or false; mappings are left out without a word")
    func params() throws {
        let text = """
            ---
            title: Storm
            Sponsor: "Acme <Tools>"
            featured: yes
            quoted: "true"
            retired: ~
            series: [Storm, "", 2024]
            weight: 10
            menu: {main: {weight: 3}}
            nested: [[a]]
            tags: [Weather]
            ---
            Body.
            """
        let outcome = MarkdownArticleParser.parse(text, path: "s.md")
        let article = try #require(outcome.article)
        #expect(article.params == [
            ArticleParam(key: "Sponsor", value: .text("Acme <Tools>")),
            ArticleParam(key: "featured", value: .flag(true)),
            ArticleParam(key: "quoted", value: .text("true")),
            ArticleParam(key: "retired", value: .flag(false)),
            ArticleParam(key: "series", value: .list(["Storm", "2024"])),
            ArticleParam(key: "weight", value: .text("10")),
        ])
        #expect(article.tags == ["Weather"])
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test("a Markdown article and a saved web page list their body's headings; a leading heading that became the title is not among them")
    func headings() throws {
        let markdown = MarkdownArticleParser.parse("# Storm\n\nIntro.\n\n## Roads\n\nClosed.\n\n### Bridges\n\nOpen.\n", path: "s.md")
        let article = try #require(markdown.article)
        #expect(article.title == "Storm")
        #expect(article.headings == [ArticleHeading(level: 2, text: "Roads"), ArticleHeading(level: 3, text: "Bridges")])
        let html = """
            <html><head><title>Storm closes roads</title></head><body><article><h1>Storm closes roads</h1>
            <p>The storm closed roads across the state on Tuesday, and officials said more closures were likely.</p>
            <h2>Which roads</h2><p>Route 9 and Route 2 were closed for most of the day, the state police said.</p>
            </article></body></html>
            """
        let page = try #require(HTMLArticleBuilder.build(HTMLExtractor.extract(Data(html.utf8)), path: "p.html").article)
        #expect(page.headings == [ArticleHeading(level: 2, text: "Which roads")])
    }

    @Test("past the fiftieth key Gazette does not read, the rest are left out with one warning")
    func tooManyParams() throws {
        let keys = (1...60).map { "key\($0): \($0)" }.joined(separator: "\n")
        let outcome = MarkdownArticleParser.parse("---\ntitle: Storm\n\(keys)\n---\nBody.\n", path: "s.md")
        let article = try #require(outcome.article)
        #expect(article.params.count == ArticleParam.maximumCount)
        #expect(article.params.last?.key == "key50")
        #expect(outcome.diagnostics.map(\.description) == ["s.md:53:8: warning: " + IngestMessage.tooManyParams])
    }

    @Test("aliases become site paths, each once; one that names no page of a static site is a warning at its line")
    func aliases() throws {
        let text = "---\ntitle: Storm\naliases:\n  - /2015/07/storm/\n  - /news/storm.html\n  - 2015/07/storm\n  - /index.php?p=12\n---\nBody.\n"
        let outcome = MarkdownArticleParser.parse(text, path: "s.md")
        #expect(outcome.article?.aliases == ["2015/07/storm/index.html", "news/storm.html"])
        #expect(outcome.diagnostics.map(\.description) == [
            "s.md:4:3: warning: front matter: alias '/index.php?p=12' names no page of a static site (a path such as /2015/07/story/ or /news/story.html); ignored",
        ])
    }

    @Test("type: page (or layout: page) makes a page of the site; any other type, a story", arguments: [
        ("type: page", true), ("layout: Page", true), ("type: post", false), ("type: [page]", false), ("", false),
    ])
    func page(front: String, isPage: Bool) throws {
        let article = try #require(MarkdownArticleParser.parse("---\ntitle: About\n\(front)\n---\nWho we are.\n", path: "about.md").article)
        #expect(article.isPage == isPage)
    }

    @Test("an article's aliases after its twentieth are left out with a warning: each would be a file of the site")
    func manyAliases() throws {
        let list = (1...25).map { "  - /old/\($0)/" }.joined(separator: "\n")
        let outcome = MarkdownArticleParser.parse("---\ntitle: Storm\naliases:\n\(list)\n---\nBody.\n", path: "s.md")
        #expect(outcome.article?.aliases == (1...20).map { "old/\($0)/index.html" })
        #expect(outcome.diagnostics.map(\.description) == ["s.md:4:3: warning: front matter: 25 aliases; only the first 20 are used"])
    }

    @Test("title from the first heading, which leaves the body")
    func headingTitle() throws {
        let text = "# Lighthouse *Reopens*\n\nThe old lighthouse reopened to visitors on Sunday.\n"
        let article = try #require(MarkdownArticleParser.parse(text, path: "h.md").article)
        #expect(article.title == "Lighthouse Reopens")
        #expect(article.markdown == "The old lighthouse reopened to visitors on Sunday.")
        #expect(!article.titleIsDerived)
    }

    @Test("no title and no heading: derived from the lede")
    func derivedTitle() throws {
        let text = "---\ndate: July 21, 2015\n---\nThe school board met for six hours on Tuesday. It adjourned without a vote.\n"
        let article = try #require(MarkdownArticleParser.parse(text, path: "d.md").article)
        #expect(article.title == "The school board met for six hours on Tuesday")
        #expect(article.titleIsDerived)
        #expect(article.date == PublicationDate(year: 2015, month: 7, day: 21))
    }

    @Test("wrong types and unsafe values are warnings at their line")
    func fieldWarnings() throws {
        let text = "---\ntitle: [a, b]\ndate: someday\nurl: javascript:alert(1)\ndraft: maybe\n---\nBody text here.\n"
        let outcome = MarkdownArticleParser.parse(text, path: "w.md")
        #expect(outcome.diagnostics.map(\.description) == [
            "w.md:2:8: warning: front matter: 'title' should be a string; ignored",
            "w.md:3:7: warning: front matter: cannot read date 'someday'; ignored",
            "w.md:4:6: warning: front matter: url 'javascript:alert(1)' is not http or https; ignored",
            "w.md:5:8: warning: front matter: 'draft' should be true or false; ignored",
        ])
        #expect(outcome.article?.url == nil)
    }

    @Test("drafts are skipped unless asked for")
    func drafts() throws {
        let folder = try TempFolder()
        try folder.write("draft.md", "---\ntitle: Not Yet\ndraft: true\n---\nUnfinished.\n")
        let hidden = try folder.load()
        #expect(hidden.articles.isEmpty)
        #expect(hidden.skipped.isEmpty)
        #expect(hidden.diagnostics.map(\.description) == ["draft.md: note: draft; skipped (drafts are not published)"])
        let shown = try folder.load(IngestOptions(includeDrafts: true))
        #expect(shown.articles.map(\.title) == ["Not Yet"])
    }
}
