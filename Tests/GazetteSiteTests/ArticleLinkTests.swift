import Foundation
import GazetteCore
import Testing

@testable import GazetteSite

@Suite("Links beside articles")
struct ArticleLinkTests {
    /// Two Markdown articles that link to each other and to files beside them, some of which
    /// must not be published.
    struct Project {
        let folder: TemporaryFolder
        var input: URL { folder.url.appendingPathComponent("in") }
        var output: URL { folder.url.appendingPathComponent("out") }
        var photo: URL { input.appendingPathComponent("2024/photos/harbour view.png") }

        init() throws {
            folder = try TemporaryFolder()
            try writeFirst(extra: "")
            try writeSecond(slug: "fishermen-react")
            try folder.write("PNG bytes", to: "in/2024/photos/harbour view.png")
            try folder.write("PDF bytes", to: "in/2024/report.pdf")
            try folder.write("private notes", to: "in/notes.docx")
            try folder.write("secret", to: "in/.secret/key.txt")
            try folder.write("outside", to: "outside.png")
            try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("2024/link.png").path,
                                                       withDestinationPath: folder.url.appendingPathComponent("outside.png").path)
            try folder.write("elsewhere", to: "elsewhere/x.png")
            try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("2024/shared").path,
                                                       withDestinationPath: folder.url.appendingPathComponent("elsewhere").path)
        }

        func writeFirst(extra: String) throws {
            try folder.write("""
                ---
                title: Harbour reopens after storm
                slug: harbour-reopens
                date: 2024-03-02
                ---
                The harbour reopened on Friday after a week of repairs, officials said.

                ![The harbour at dawn](photos/harbour%20view.png)

                Read [the follow-up](../second.md#reaction) and [the report](report.pdf?download=1).
                \(extra)
                """, to: "in/2024/first.md")
        }

        func writeSecond(slug: String) throws {
            try folder.write("""
                ---
                title: Fishermen react to the reopening
                slug: \(slug)
                date: 2024-03-03
                ---
                Fishermen welcomed the reopening, saying the week of repairs had cost them dearly.

                Back to [the first story](2024/first.md) and [its photo](<2024/photos/harbour view.png>).
                """, to: "in/second.md")
        }

        func build(cached: Bool = true, into output: URL? = nil) throws -> BuildReport {
            var builder = try SiteBuilder(config: SiteConfig(), templatesDirectory: Repository.templates)
            let output = output ?? self.output
            if cached { builder.cache = BuildCache(folder: folder.url.appendingPathComponent("cache"), output: output) }
            return try builder.build(inputDirectory: input, output: output, strict: false)
        }

        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }

        /// The site equals one built from scratch without the cache.
        func matchesFreshBuild() throws {
            let fresh = folder.url.appendingPathComponent("fresh")
            try? FileManager.default.removeItem(at: fresh)
            _ = try build(cached: false, into: fresh)
            #expect(try SiteFiles.read(output) == SiteFiles.read(fresh))
        }
    }

    @Test("linked files are copied to media/ and links to articles lead to their pages; nothing else is published")
    func copied() throws {
        let project = try Project()
        try project.writeFirst(extra: "Also [hidden](../.secret/key.txt), [outside](../../outside.png), [linked](link.png), [through a linked folder](shared/x.png) and [missing](gone.pdf).")
        let report = try project.build(cached: false)
        let media = OutputFolder.regularFiles(in: project.output).filter { $0.hasPrefix("media/") }
        #expect(media == ["media/2024/photos/harbour view.png", "media/2024/report.pdf"])
        #expect(try Data(contentsOf: project.output.appendingPathComponent("media/2024/photos/harbour view.png")) == Data("PNG bytes".utf8))

        let first = try project.page("articles/harbour-reopens.html")
        #expect(first.contains("<img src=\"../media/2024/photos/harbour%20view.png\" alt=\"The harbour at dawn\" />"))
        #expect(first.contains("href=\"../articles/fishermen-react.html#reaction\""))
        #expect(first.contains("href=\"../media/2024/report.pdf?download=1\""))
        for kept in ["../.secret/key.txt", "../../outside.png", "link.png", "shared/x.png", "gone.pdf"] {
            #expect(first.contains("href=\"\(kept)\""), "left as written: \(kept)")
        }
        let second = try project.page("articles/fishermen-react.html")
        #expect(second.contains("href=\"../articles/harbour-reopens.html\""))
        #expect(second.contains("href=\"../media/2024/photos/harbour%20view.png\""))

        // Only the links left as written are broken, and each has a warning naming the article.
        // (From the output folder, ../../outside.png happens to reach this test's own outside.png.)
        let broken = SiteFiles.brokenLinks(in: "articles/harbour-reopens.html", html: first, site: project.output)
        #expect(broken == ["../.secret/key.txt", "link.png", "shared/x.png", "gone.pdf"].map { "articles/harbour-reopens.html: \($0)" })
        let warned = report.diagnostics.filter { $0.path == "2024/first.md" && $0.severity == .warning }.map(\.message)
        #expect(warned.count == 5)
        for kept in ["../.secret/key.txt", "../../outside.png", "link.png", "shared/x.png", "gone.pdf"] {
            #expect(warned.contains { $0.contains("link to \(kept) ") }, "warned: \(kept)")
        }
    }

    @Test("without the cache, a rebuild compares each linked file with its copy: an unchanged one stays, a changed one is copied again")
    func rebuiltWithoutCache() throws {
        let project = try Project()
        _ = try project.build(cached: false)
        let copy = project.output.appendingPathComponent("media/2024/photos/harbour view.png")
        func inode() throws -> Int? { try FileManager.default.attributesOfItem(atPath: copy.path)[.systemFileNumber] as? Int }
        let before = try inode()
        _ = try project.build(cached: false)
        #expect(try inode() == before, "an unchanged file is left where it is")
        try Data(repeating: 7, count: 3 << 20).write(to: project.photo)
        _ = try project.build(cached: false)
        #expect(try Data(contentsOf: copy) == Data(repeating: 7, count: 3 << 20), "copied in pieces")
        #expect(try inode() != before)
    }

    @Test("a cached rebuild follows a changed file, a renamed page and a dropped link, and equals a build without the cache")
    func rebuilt() throws {
        let project = try Project()
        _ = try project.build()
        let copy = project.output.appendingPathComponent("media/2024/photos/harbour view.png")
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: copy.path)[.systemFileNumber] as? Int)

        try project.writeFirst(extra: "A sentence added.")
        #expect(try !project.build().upToDate)
        #expect(try FileManager.default.attributesOfItem(atPath: copy.path)[.systemFileNumber] as? Int == inode,
                "an unchanged file is kept")
        try project.matchesFreshBuild()

        try Data("new PNG bytes".utf8).write(to: project.photo)
        _ = try project.build()
        #expect(try Data(contentsOf: copy) == Data("new PNG bytes".utf8))
        try project.matchesFreshBuild()

        try project.writeSecond(slug: "fishermen-respond")
        _ = try project.build()
        #expect(try project.page("articles/harbour-reopens.html").contains("href=\"../articles/fishermen-respond.html#reaction\""))
        try project.matchesFreshBuild()

        try project.folder.write("""
            ---
            title: Fishermen react to the reopening
            slug: fishermen-respond
            date: 2024-03-03
            ---
            Fishermen welcomed the reopening, saying the week of repairs had cost them dearly.
            """, to: "in/second.md")
        try FileManager.default.removeItem(at: project.input.appendingPathComponent("2024/first.md"))
        _ = try project.build()
        #expect(!FileManager.default.fileExists(atPath: copy.path), "no article links to the photo any more")
        try project.matchesFreshBuild()
    }

    @Test("an article's image is published as its links are and shown on its page, its cards, link previews and the JSON Feed; one that leads nowhere or to a page is left out")
    func image() throws {
        let folder = try TemporaryFolder()
        func article(_ name: String, _ image: String, day: Int) throws {
            try folder.write("""
                ---
                title: Story \(name)
                date: 2024-03-0\(day)
                image: \(image)
                image_alt: Photo of story \(name)
                caption: Taken by <b>Bo Yu</b>
                ---
                The harbour reopened on Friday after a week of repairs, officials said of story \(name).
                """, to: "in/\(name).md")
        }
        try article("local", "photos/pier at dawn.png", day: 5)
        try article("remote", "https://cdn.example.org/pier.jpg", day: 4)
        try article("missing", "photos/gone.png", day: 3)
        try article("page", "local.md", day: 2)
        // A PNG header: the pages give the size it declares.
        try folder.write("", to: "in/photos/pier at dawn.png")
        try Data(ImageSizeTests.png).write(to: folder.url.appendingPathComponent("in/photos/pier at dawn.png"))
        var config = SiteConfig()
        config.baseURL = "https://news.example.org/"
        let builder = try SiteBuilder(config: config, templatesDirectory: Repository.templates)
        let output = folder.url.appendingPathComponent("out")
        let report = try builder.build(inputDirectory: folder.url.appendingPathComponent("in"), output: output, strict: false)
        func page(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }

        #expect(OutputFolder.regularFiles(in: output).filter { $0.hasPrefix("media/") } == ["media/photos/pier at dawn.png"])
        let local = try page("articles/story-local.html")
        #expect(local.contains("<figure class=\"story-image\"><img src=\"../media/photos/pier%20at%20dawn.png\" alt=\"Photo of story local\" width=\"640\" height=\"360\""))
        #expect(local.contains("<figcaption>Taken by &lt;b&gt;Bo Yu&lt;/b&gt;</figcaption>"))
        #expect(local.contains("<meta property=\"og:image\" content=\"https://news.example.org/media/photos/pier%20at%20dawn.png\">"))
        #expect(local.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
        #expect(local.contains("\"image\":\"https://news.example.org/media/photos/pier%20at%20dawn.png\""), "JSON-LD")
        let front = try page("index.html")
        #expect(front.contains("<img class=\"lead-image\" src=\"media/photos/pier%20at%20dawn.png\""))
        #expect(front.contains("<img class=\"card-image\" src=\"https://cdn.example.org/pier.jpg\" alt=\"Photo of story remote\" loading="), "no size for a remote image")
        let feed = try JSONSerialization.jsonObject(with: Data(page("feed.json").utf8)) as? [String: Any]
        let images = (feed?["items"] as? [[String: Any]] ?? []).map { $0["image"] as? String ?? "-" }
        #expect(images == ["https://news.example.org/media/photos/pier%20at%20dawn.png", "https://cdn.example.org/pier.jpg", "-", "-"])
        // Left out, with a warning naming the article when its file is missing.
        for name in ["missing", "page"] {
            let html = try page("articles/story-\(name).html")
            #expect(!html.contains("<figure"), "\(name)")
            #expect(!html.contains("og:image"), "\(name)")
            #expect(html.contains("<meta name=\"twitter:card\" content=\"summary\">"), "\(name)")
        }
        #expect(report.diagnostics.filter { $0.path == "missing.md" }.map(\.message) == [
            "the image photos/gone.png is left out: photos/gone.png is no article and no readable file of the input folder (symbolic links are not followed)",
        ])
        #expect(SiteFiles.brokenLinks(in: "articles/story-local.html", html: local, site: output).isEmpty)

        // A cached rebuild after the picture changed its size (same path) shows the new size.
        var cached = builder
        let cachedOutput = folder.url.appendingPathComponent("cached")
        cached.cache = BuildCache(folder: folder.url.appendingPathComponent("cache"), output: cachedOutput)
        _ = try cached.build(inputDirectory: folder.url.appendingPathComponent("in"), output: cachedOutput, strict: false)
        var wider = ImageSizeTests.png
        wider.replaceSubrange(16..<24, with: ImageSizeTests.be32(800) + ImageSizeTests.be32(450))
        try Data(wider).write(to: folder.url.appendingPathComponent("in/photos/pier at dawn.png"))
        _ = try cached.build(inputDirectory: folder.url.appendingPathComponent("in"), output: cachedOutput, strict: false)
        let rebuilt = try String(contentsOf: cachedOutput.appendingPathComponent("articles/story-local.html"), encoding: .utf8)
        #expect(rebuilt.contains("width=\"800\" height=\"450\""))
        let fresh = folder.url.appendingPathComponent("fresh")
        _ = try builder.build(inputDirectory: folder.url.appendingPathComponent("in"), output: fresh, strict: false)
        #expect(try SiteFiles.read(cachedOutput) == SiteFiles.read(fresh))
    }
}
