import Foundation
import Testing

@testable import GazetteSite

@Suite("Quick preview")
struct QuickPreviewTests {
    /// Four Markdown articles and three plain-text ones that share a line of site chrome.
    struct Project {
        let folder: TemporaryFolder
        var input: URL { folder.url.appendingPathComponent("in") }
        var output: URL { folder.url.appendingPathComponent("out") }

        init() throws {
            folder = try TemporaryFolder()
            for (name, title) in [("a", "Harbour bridge reopens"), ("b", "Council votes on budget"),
                                  ("c", "Library extends hours"), ("d", "Ferry timetable changes")] {
                try folder.write("""
                    ---
                    title: \(title)
                    date: 2024-03-0\(name.unicodeScalars.first!.value - 96)
                    tags: [town]
                    ---
                    The \(title.lowercased()) story begins here. Residents said the change was welcome.

                    Officials expect more news next week.
                    """, to: "in/\(name).md")
            }
            for index in 0..<3 {
                try folder.write("""
                    Storm closes school number \(index)

                    By Jo Reporter

                    The storm closes school \(index) news came on day \(index). People gathered to talk about it.

                    Tide tables by the Harbour Desk

                    More details will follow this week, officials said on day \(index).
                    """, to: "in/t\(index).txt")
            }
        }

        func builder() throws -> SiteBuilder {
            var builder = try SiteBuilder(config: SiteConfig(), templatesDirectory: Repository.templates)
            builder.keepsCorpus = true
            return builder
        }

        func build() throws -> QuickPreview {
            try #require(try builder().build(inputDirectory: input, output: output, strict: false).preview)
        }

        func quick(_ preview: QuickPreview, _ edited: [String]) throws(QuickPreview.NotQuick) -> [QuickPreview.RenderedPage] {
            let builder: SiteBuilder
            do { builder = try self.builder() } catch { throw .init(description: "\(error)") }
            return try preview.pages(edited: edited, inputDirectory: input, builder: builder)
        }

        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
    }

    @Test("an unedited article renders exactly as the full build wrote it",
          arguments: ["a.md", "t1.txt"])
    func sameAsFullBuild(path: String) throws {
        let project = try Project()
        let preview = try project.build()
        let pages = try project.quick(preview, [path])
        #expect(pages.count == 1)
        let page = try #require(pages.first)
        #expect(page.html == (try project.page(page.path)))
        // Plain text is cleaned with the corpus's line statistics: the line all three carry
        // stays out (read alone, it would even become the title).
        #expect(!page.html.contains("Harbour Desk"))
    }

    @Test("an edited article's page shows its new title and text, with the last analysis")
    func editShows() throws {
        let project = try Project()
        let preview = try project.build()
        let before = try project.page("articles/council-votes-on-budget.html")
        try project.folder.write("""
            ---
            title: Council passes the budget
            slug: council-votes-on-budget
            date: 2024-03-02
            tags: [town]
            ---
            A sentence written after the build. The \("council votes on budget") story begins here.
            """, to: "in/b.md")
        // The slug is pinned, so the page keeps its address.
        let pages = try project.quick(preview, ["b.md"])
        #expect(pages.map(\.path) == ["articles/council-votes-on-budget.html"])
        let html = try #require(pages.first?.html)
        #expect(html.contains("A sentence written after the build."))
        #expect(html.contains("Council passes the budget"))
        #expect(!before.contains("A sentence written after the build."))
    }

    @Test("edits a quick preview cannot show go to the exact build")
    func refusals() throws {
        let project = try Project()
        let preview = try project.build()
        // A new file, a path outside the corpus, too many files, nothing at all.
        try project.folder.write("# New\n\nA new story.\n", to: "in/e.md")
        for edited in [["e.md"], ["missing.md"], ["a.md", "b.md", "c.md", "d.md", "t0.txt"], []] {
            #expect(throws: QuickPreview.NotQuick.self) { try project.quick(preview, edited) }
        }
        // A changed title moves a derived slug (and every link to the page).
        try project.folder.write("---\ntitle: Library closes early\n---\nThe library closes early.\n", to: "in/c.md")
        #expect(throws: QuickPreview.NotQuick.self) { try project.quick(preview, ["c.md"]) }
        // A story that becomes a page of the site leaves every list and joins every footer.
        try project.folder.write("---\ntitle: Ferry timetable changes\ntype: page\n---\nThe ferry timetable changes.\n", to: "in/d.md")
        #expect(throws: QuickPreview.NotQuick.self) { try project.quick(preview, ["d.md"]) }
        // An article that no longer reads, and one that was removed.
        try project.folder.write("", to: "in/d.md")
        #expect(throws: QuickPreview.NotQuick.self) { try project.quick(preview, ["d.md"]) }
        try FileManager.default.removeItem(at: project.input.appendingPathComponent("a.md"))
        #expect(throws: QuickPreview.NotQuick.self) { try project.quick(preview, ["a.md"]) }
    }
}
