import Foundation
import Testing

@testable import GazetteSite

@Suite("gazette.yml")
struct SiteConfigTests {
    @Test("settings are read; unknown keys and bad values name the file and line")
    func loads() throws {
        let folder = try TemporaryFolder()
        try folder.write("title: Hartford Digest\nbaseURL: https://news.example.org\nsummarySentences: 2\n", to: "good.yml")
        let config = try SiteConfig.load(from: folder.url.appendingPathComponent("good.yml"))
        #expect(config.title == "Hartford Digest")
        #expect(config.normalizedBaseURL == "https://news.example.org/")
        #expect(config.summarySentences == 2)

        try folder.write("title: x\ncolour: red\n", to: "unknown.yml")
        #expect(throws: GazetteError.self) { try SiteConfig.load(from: folder.url.appendingPathComponent("unknown.yml")) }
        do {
            _ = try SiteConfig.load(from: folder.url.appendingPathComponent("unknown.yml"))
        } catch {
            #expect("\(error)".hasSuffix("unknown.yml:2: error: unknown setting 'colour'"))
        }
        try folder.write("summarySentences: many\n", to: "bad.yml")
        do {
            _ = try SiteConfig.load(from: folder.url.appendingPathComponent("bad.yml"))
            Issue.record("accepted a bad value")
        } catch {
            #expect("\(error)".hasSuffix("bad.yml:1: error: 'summarySentences' must be a number from 1 to 20"))
        }
    }

    @Test("a base URL is an http(s) URL with a host or a path from the server's root; in gazette.yml a bad one names its line", arguments: [
        ("https://news.example.org/", true), ("http://news.example.org", true), ("https://news.example.org/digest/", true),
        ("/", true), ("/news/", true), ("", true), ("HTTPS://News.example.org/", true),
        ("javascript:alert(1)", false), ("news/", false), ("//cdn.example.org/", false), ("https://", false),
        ("https:///path", false), ("ftp://example.org/", false), ("https://example.org/a b/", false),
        ("https://example.org/?q=1", false), ("/news/#top", false), ("/\"><script>", false), ("/news\\x/", false),
    ])
    func baseURL(_ base: String, valid: Bool) throws {
        #expect((SiteConfig.problem(baseURL: base) == nil) == valid)
        let folder = try TemporaryFolder()
        try folder.write("title: x\nbaseURL: '\(base.replacingOccurrences(of: "'", with: "''"))'\n", to: "c.yml")
        do {
            let config = try SiteConfig.load(from: folder.url.appendingPathComponent("c.yml"))
            #expect(valid, "accepted \(base)")
            #expect(config.baseURL == base)
        } catch {
            #expect(!valid, "refused \(base): \(error)")
            #expect("\(error)".contains("c.yml:2: error: 'baseURL' must be a URL or path where the site is published"))
        }
    }

    @Test("page paths and roots", arguments: [
        ("index.html", 2, "page/2.html"),
        ("topics/x.html", 3, "topics/x.3.html"),
        ("archive/2015/07.html", 1, "archive/2015/07.html"),
    ])
    func pagePaths(first: String, number: Int, expected: String) {
        #expect(SitePaths.page(number, of: first) == expected)
        #expect(SitePaths.root(from: expected) == String(repeating: "../", count: expected.split(separator: "/").count - 1))
    }
}
