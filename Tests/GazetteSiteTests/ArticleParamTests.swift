import Foundation
import GazetteCore
import GazetteMarkdown
import Testing

@testable import GazetteSite

@Suite("Article params")
struct ArticleParamTests {
    static func article(sponsor: String?) -> String {
        """
        ---
        title: Story a
        date: 2024-03-01
        \(sponsor.map { "sponsor: \"\($0)\"\nsponsored: true" } ?? "sponsored: false")
        series: [Harbour, Repairs]
        ---
        The harbour reopened on Friday after a week of repairs, officials said.
        """
    }

    @Test("an article template reads front matter Gazette does not, escaped; a cached rebuild after it changes equals a fresh build")
    func rendered() throws {
        let folder = try TemporaryFolder()
        let templates = folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.templates, to: templates)
        let article = templates.appendingPathComponent("article.mustache")
        let marker = "{{#dateline}}"
        try String(contentsOf: article, encoding: .utf8)
            .replacingOccurrences(of: marker, with: "{{#params.sponsored}}<p class=\"sponsor\">Paid for by {{params.sponsor}}</p>{{/params.sponsored}}"
                                  + "{{#params.series}}<span class=\"series\">{{.}}</span>{{/params.series}}" + marker)
            .write(to: article, atomically: true, encoding: .utf8)
        try folder.write(Self.article(sponsor: "Acme <Tools>"), to: "in/a.md")
        try folder.write("---\ntitle: Story b\ndate: 2024-03-02\n---\nThe ferry runs again on the river, its owners said.\n", to: "in/b.md")

        func build(cached: Bool, into name: String) throws -> URL {
            var builder = try SiteBuilder(config: SiteConfig(), templatesDirectory: templates)
            let output = folder.url.appendingPathComponent(name)
            if cached { builder.cache = BuildCache(folder: folder.url.appendingPathComponent("cache"), output: output) }
            _ = try builder.build(inputDirectory: folder.url.appendingPathComponent("in"), output: output, strict: false)
            return output
        }
        let site = try build(cached: true, into: "out")
        let page = try String(contentsOf: site.appendingPathComponent("articles/story-a.html"), encoding: .utf8)
        #expect(page.contains("<p class=\"sponsor\">Paid for by Acme &lt;Tools&gt;</p><span class=\"series\">Harbour</span><span class=\"series\">Repairs</span>"))
        let other = try String(contentsOf: site.appendingPathComponent("articles/story-b.html"), encoding: .utf8)
        #expect(!other.contains("class=\"sponsor\"") && !other.contains("class=\"series\""))

        for sponsor in ["Acme Boats", nil] as [String?] {
            try folder.write(Self.article(sponsor: sponsor), to: "in/a.md")
            let cached = try build(cached: true, into: "out")
            let fresh = folder.url.appendingPathComponent("fresh")
            try? FileManager.default.removeItem(at: fresh)
            _ = try build(cached: false, into: "fresh")
            #expect(try SiteFiles.read(cached) == SiteFiles.read(fresh))
            let html = try String(contentsOf: cached.appendingPathComponent("articles/story-a.html"), encoding: .utf8)
            #expect(html.contains("Paid for by") == (sponsor != nil))
        }
    }
}

@Suite("Heading ids on article pages")
struct ArticleHeadingTests {
    @Test("the templates' literal ids are found; a body heading's id avoids them")
    func avoidsTemplateIDs() throws {
        let templates = try TemplateSet(directory: Repository.templates)
        #expect(templates.ids.isSuperset(of: ["main", "related-heading", "brief-heading", "topics-heading"]))
        #expect(!templates.ids.contains { $0.contains("{") })
        #expect(TemplateSet.literalIDs(in: "<a id=\"x\"><b id=\"{{slug}}\"><c class=\"id\" id=\"y\">") == ["x", "y"])

        var (articles, analysis) = PageKeyTests.corpus()
        articles[2].format = .markdown
        articles[2].markdown = "Opening.\n\n## Related heading\n\nMore.\n\n## Main\n\nEnd."
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []),
                              config: SiteConfig())
        let html = try templates.render(PageContexts(model: model, templates: templates).articlePage(2))
        #expect(html.contains("<h2 id=\"related-heading-1\">Related heading</h2>"))
        #expect(html.contains("<h2 id=\"main-1\">Main</h2>"))
        // Every id on the page once.
        var ids: [String] = []
        var rest = html[...]
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            let end = rest.firstIndex(of: "\"")!
            ids.append(String(rest[..<end]))
        }
        #expect(ids.count == Set(ids).count, "\(ids)")
    }
}

@Suite("Tables of contents")
struct ContentsTests {
    func page(_ markdown: String, headings: [ArticleHeading], isPage: Bool = false) throws -> String {
        let templates = try TemplateSet(directory: Repository.templates)
        var (articles, analysis) = PageKeyTests.corpus()
        articles[2].isPage = isPage
        articles[2].format = .markdown
        articles[2].markdown = markdown
        articles[2].headings = headings
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []),
                              config: SiteConfig())
        return try templates.render(PageContexts(model: model, templates: templates).articlePage(2))
    }

    @Test("a body with three headings or more of its two highest levels gets a table of contents whose links reach them")
    func contents() throws {
        let markdown = "Opening.\n\n## Main\n\nA.\n\n### Roads\n\nB.\n\n#### Detail\n\nC.\n\n## Main\n\nD."
        let headings = MarkdownRenderer.plainTextAndLinks(markdown).headings.map { ArticleHeading(level: $0.level, text: $0.text) }
        let html = try page(markdown, headings: headings)
        // The template's id="main" makes the first heading main-1; the fourth-level heading is left out.
        #expect(html.contains("<ol><li class=\"toc-depth-1\"><a href=\"#main-1\">Main</a></li><li class=\"toc-depth-2\"><a href=\"#roads\">Roads</a></li>"
                              + "<li class=\"toc-depth-1\"><a href=\"#main-2\">Main</a></li></ol>"))
        for id in ["main-1", "roads", "main-2", "detail"] { #expect(html.contains(" id=\"\(id)\""), "\(id)") }
        let fewer = "Opening.\n\n## One\n\nA.\n\n## Two\n\nB."
        let short = try page(fewer, headings: MarkdownRenderer.plainTextAndLinks(fewer).headings.map { ArticleHeading(level: $0.level, text: $0.text) })
        #expect(!short.contains("class=\"toc\""))
        // A page of the site (an About page with sections) has one too.
        let about = try page(markdown, headings: headings, isPage: true)
        #expect(about.contains("<article class=\"story standalone\">") && about.contains("<a href=\"#roads\">Roads</a>"))
    }
}
