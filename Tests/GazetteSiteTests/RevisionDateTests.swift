import Foundation
import GazetteCore
import Testing

@testable import GazetteSite

@Suite("Revision dates")
struct RevisionDateTests {
    static func article(_ name: String, date: String, updated: String? = nil, extra: String = "") -> String {
        """
        ---
        title: Story \(name)
        date: \(date)
        \(updated.map { "updated: \($0)" } ?? "")
        author: Ann Writer
        \(extra)
        ---
        The harbour reopened on Friday after a week of repairs, officials said of story \(name).
        """
    }

    func build(_ folder: TemporaryFolder, cached: Bool = true, into name: String = "out") throws -> URL {
        var config = SiteConfig()
        config.baseURL = "https://news.example.org/"
        var builder = try SiteBuilder(config: config, templatesDirectory: Repository.templates)
        let output = folder.url.appendingPathComponent(name)
        if cached { builder.cache = BuildCache(folder: folder.url.appendingPathComponent("cache"), output: output) }
        _ = try builder.build(inputDirectory: folder.url.appendingPathComponent("in"), output: output, strict: false)
        return output
    }

    func text(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("a revised story says when on its page, in its JSON-LD, sitemap entry and feed entries; the feeds' date is the newest revision")
    func shown() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.article("a", date: "2024-03-01T09:00:00Z", updated: "2024-03-10T10:15:00Z"), to: "in/a.md")
        try folder.write(Self.article("b", date: "2024-03-05"), to: "in/b.md")
        try folder.write(Self.article("c", date: "2023-01-01", updated: "2024-02-01", extra: "type: page"), to: "in/about.md")
        let site = try build(folder)

        let revised = try text(site, "articles/story-a.html")
        #expect(revised.contains("<time datetime=\"2024-03-01T09:00:00Z\">March 1, 2024, 9:00 AM</time><span class=\"updated\">Updated <time datetime=\"2024-03-10T10:15:00Z\">March 10, 2024, 10:15 AM</time></span>"))
        #expect(revised.contains("<meta property=\"article:modified_time\" content=\"2024-03-10T10:15:00Z\">"))
        #expect(revised.contains("\"datePublished\":\"2024-03-01T09:00:00Z\",\"dateModified\":\"2024-03-10T10:15:00Z\""))
        let plain = try text(site, "articles/story-b.html")
        #expect(!plain.contains("Updated") && !plain.contains("modified"))
        // A page shows when it last changed.
        let page = try text(site, "articles/story-c.html")
        #expect(page.contains("Updated <time datetime=\"2024-02-01\">February 1, 2024</time>"))
        #expect(!page.contains("2023-01-01\">"))
        #expect(page.contains("\"dateModified\":\"2024-02-01\""))

        let sitemap = try text(site, "sitemap.xml")
        for (path, day) in [("story-a", "2024-03-10"), ("story-b", "2024-03-05"), ("story-c", "2024-02-01")] {
            #expect(sitemap.contains("<loc>https://news.example.org/articles/\(path).html</loc><lastmod>\(day)</lastmod>"))
        }
        // The site's feed and the author's: the revised entry is updated at its revision, and so
        // is each feed, though the newest story is another.
        for feed in ["feed.xml", "authors/ann-writer.xml"] {
            let atom = try text(site, feed)
            #expect(atom.contains("  <updated>2024-03-10T10:15:00Z</updated>\n  <generator>"), "\(feed)")
            #expect(atom.contains("<updated>2024-03-10T10:15:00Z</updated>\n    <published>2024-03-01T09:00:00Z</published>"), "\(feed)")
            #expect(atom.contains("<updated>2024-03-05T00:00:00Z</updated>\n    <published>2024-03-05T00:00:00Z</published>"), "\(feed)")
        }
        let json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("feed.json"))) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["date_modified"] as? String } == [nil, "2024-03-10T10:15:00Z"])
    }

    @Test("after a revision date changes, a cached rebuild equals a fresh build")
    func cachedRebuild() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.article("a", date: "2024-03-01", updated: "2024-03-10"), to: "in/a.md")
        try folder.write(Self.article("b", date: "2024-03-05"), to: "in/b.md")
        // The newest date, so that the feeds' own date stays and only the entry changes.
        try folder.write(Self.article("c", date: "2024-04-01"), to: "in/c.md")
        _ = try build(folder)
        for updated in ["2024-03-12", nil] as [String?] {
            try folder.write(Self.article("a", date: "2024-03-01", updated: updated), to: "in/a.md")
            let site = try build(folder)
            let fresh = folder.url.appendingPathComponent("fresh")
            try? FileManager.default.removeItem(at: fresh)
            _ = try build(folder, cached: false, into: "fresh")
            #expect(try SiteFiles.read(site) == SiteFiles.read(fresh))
            #expect(try text(site, "articles/story-a.html").contains("Updated") == (updated != nil))
        }
    }
}
