import Foundation
import GazetteCore
import Testing

@testable import GazetteSite

@Suite("Alias pages")
struct AliasPageTests {
    static func article(_ name: String, aliases: [String], day: Int) -> String {
        """
        ---
        title: Story \(name)
        date: 2024-03-0\(day)
        aliases: [\(aliases.map { "\"\($0)\"" }.joined(separator: ", "))]
        ---
        The harbour reopened on Friday after a week of repairs, officials said of story \(name).
        """
    }

    func build(_ folder: TemporaryFolder, cached: Bool = true, into name: String = "out") throws -> (URL, BuildReport) {
        var config = SiteConfig()
        config.baseURL = "https://news.example.org/archive-site/"
        var builder = try SiteBuilder(config: config, templatesDirectory: Repository.templates)
        let output = folder.url.appendingPathComponent(name)
        if cached { builder.cache = BuildCache(folder: folder.url.appendingPathComponent("cache"), output: output) }
        return (output, try builder.build(inputDirectory: folder.url.appendingPathComponent("in"), output: output, strict: false))
    }

    @Test("each old address gets a page that leads to the article's; Gazette's own folders and taken addresses are warnings")
    func written() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.article("a", aliases: ["/2015/07/old-a/", "/news/a.html", "/articles/x.html", "/news/shared.html", "/Index.html"], day: 2),
                         to: "in/a.md")
        try folder.write(Self.article("b", aliases: ["/news/Shared.html", "b-old"], day: 3), to: "in/b.md")
        let (output, report) = try build(folder)

        let files = OutputFolder.regularFiles(in: output)
        let aliases = files.filter { !$0.contains(".") || $0.hasPrefix("2015/") || $0.hasPrefix("news/") || $0.hasPrefix("b-old/") }
        #expect(aliases == ["2015/07/old-a/index.html", "b-old/index.html", "news/a.html", "news/shared.html"])
        let page = try String(contentsOf: output.appendingPathComponent("2015/07/old-a/index.html"), encoding: .utf8)
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../../articles/story-a.html\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://news.example.org/archive-site/articles/story-a.html\">"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        for path in aliases {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            #expect(SiteFiles.brokenLinks(in: path, html: html, site: output).isEmpty, "\(path)")
        }
        let shared = try String(contentsOf: output.appendingPathComponent("news/shared.html"), encoding: .utf8)
        #expect(shared.contains("url=../articles/story-a.html"), "the first article by path keeps an address")
        #expect(report.diagnostics.map(\.description) == [
            "a.md: warning: the alias articles/x.html is left out: Gazette writes its own pages there",
            "a.md: warning: the alias Index.html is left out: Gazette writes its own pages there",
            "b.md: warning: the alias news/Shared.html is left out: a.md has it",
        ])
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(!sitemap.contains("old-a") && !sitemap.contains("news/"))
    }

    @Test("a cached rebuild drops an alias no article names any more, and equals a build without the cache")
    func rebuilt() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.article("a", aliases: ["/2015/07/old-a/", "/news/a.html"], day: 2), to: "in/a.md")
        let (output, _) = try build(folder)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("2015/07/old-a/index.html").path))
        try folder.write(Self.article("a", aliases: ["/news/a.html"], day: 2), to: "in/a.md")
        _ = try build(folder)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("2015/07/old-a/index.html").path))
        let (fresh, _) = try build(folder, cached: false, into: "fresh")
        #expect(try SiteFiles.read(output) == SiteFiles.read(fresh))
    }
}
