import Foundation
import GazetteAnalysis
import GazetteCore
import Testing

@testable import GazetteSite

@Suite("Author and source pages")
struct FacetTests {
    @Test("a byline names each of its authors once; a suffix stays with its name", arguments: [
        ("Ann Writer", ["Ann Writer"]),
        ("Ann Writer and Bo Yu", ["Ann Writer", "Bo Yu"]),
        ("Ann Writer, Bo Yu & Cy Lee", ["Ann Writer", "Bo Yu", "Cy Lee"]),
        ("Ann Writer; Bo  Yu", ["Ann Writer", "Bo Yu"]),
        ("Perry Bacon, Jr.", ["Perry Bacon, Jr."]),
        ("Grant Tinsley, PhD and Ann Writer", ["Grant Tinsley, PhD", "Ann Writer"]),
        ("Ann Writer, ann  writer", ["Ann Writer"]),
        (" , ", []),
        ("  Ann   Writer ", ["Ann Writer"]),
        ("", []),
    ] as [(String, [String])])
    func authors(byline: String, expected: [String]) {
        #expect(FacetIndex.authors(in: byline) == expected)
    }

    @Test("a name's page takes its commonest spelling, lists its stories in site order, and slugs stay unique")
    func index() {
        let index = FacetIndex(kind: .author, stories: [
            (4, ["Ann Writer"]), (2, ["ann writer", "Ann-Writer"]), (7, ["ann writer"]), (1, ["Bo Yu", "ANN WRITER"]),
        ])
        #expect(index.facets.map(\.name) == ["ann writer", "Ann-Writer", "Bo Yu"])
        #expect(index.facets.map(\.slug) == ["ann-writer", "ann-writer-2", "bo-yu"])
        #expect(index.facets[0].stories == [4, 2, 7, 1])
        #expect(index.position(named: "ANN   Writer") == 0)
        #expect(index.position(named: " ann\twriter ") == 0)
        #expect(index.position(named: "Cy Lee") == nil)
        #expect(["Ann Writer", "ANN  WRITER", " Ann Writer", "Ann Writer ", "Ann\u{A0}Writer", "ann\nwriter"].allSatisfy {
            FacetIndex.key($0) == "ann writer"
        })
    }

    @Test("an article links each author and its source to their pages; a name no story carries stays plain")
    func articleLinks() throws {
        var (articles, analysis) = PageKeyTests.corpus()
        articles[2].byline = "Ann Writer, Bo Yu and Writer 4"
        articles[2].source = "The Courant"
        // A copy (13 duplicates 12) is no story: its byline's name has no page, and its own URL never shows as one.
        articles[13].byline = "Ghost Writer"
        articles[13].url = "https://example.org/original"
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []),
                              config: SiteConfig())
        let templates = try TemplateSet(directory: Repository.templates)
        let contexts = PageContexts(model: model, templates: templates)
        let page = try templates.render(contexts.articlePage(2))
        #expect(page.contains("""
            <span class="byline">By <a href="../authors/ann-writer.html">Ann Writer</a>, <a href="../authors/bo-yu.html">Bo Yu</a> \
            and <a href="../authors/writer-4.html">Writer 4</a></span>
            """))
        #expect(page.contains("<span class=\"source\"><a href=\"../sources/the-courant.html\">The Courant</a></span>"))
        let copy = try templates.render(contexts.articlePage(13))
        #expect(copy.contains("<span class=\"byline\">By Ghost Writer</span>"))
        #expect(model.facets(.author).allSatisfy { $0.name != "Ghost Writer" })

        let courant = try #require(model.facets(.source).first { $0.name == "The Courant" })
        #expect(courant.stories == model.stories.filter { [0, 2, 3, 6, 9, 12].contains($0) })
        let list = try templates.render(contexts.facetPage(courant, number: 1))
        #expect(list.contains("<h1>Stories from The Courant</h1>"))
        #expect(list.components(separatedBy: "<article class=\"card\">").count - 1 == min(courant.stories.count, SiteConfig().pageSize))
    }
}
