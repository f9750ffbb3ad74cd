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

@Suite("gazette.yml params")
struct SiteParamTests {
    static func load(_ yaml: String) throws -> SiteConfig {
        let folder = try TemporaryFolder()
        try folder.write(yaml, to: "c.yml")
        return try SiteConfig.load(from: folder.url.appendingPathComponent("c.yml"))
    }

    @Test("params keep their order and shape: booleans stay booleans, null is false, every other scalar is its text")
    func read() throws {
        let config = try Self.load("""
            title: x
            params:
              newsroom: "Hartford Desk"
              phone: 860-555-0100
              founded: 1764
              notice: true
              quoted: "true"
              nothing: ~
              social:
                - name: Mastodon
                  url: https://social.example/@desk
            """)
        #expect(config.params == .map([
            .init(key: "newsroom", value: .text("Hartford Desk")),
            .init(key: "phone", value: .text("860-555-0100")),
            .init(key: "founded", value: .text("1764")),
            .init(key: "notice", value: .flag(true)),
            .init(key: "quoted", value: .text("true")),
            .init(key: "nothing", value: .flag(false)),
            .init(key: "social", value: .list([.map([.init(key: "name", value: .text("Mastodon")),
                                                     .init(key: "url", value: .text("https://social.example/@desk"))])])),
        ]))
        #expect(try Self.load("title: x\n").params == .map([]))
    }

    @Test("templates read params as site.params, escaped like any value; the settings, which key the cache, change with them")
    func rendered() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Repository.templates, to: folder.url.appendingPathComponent("templates"))
        let footer = folder.url.appendingPathComponent("templates/partials/footer.mustache")
        try (String(contentsOf: footer, encoding: .utf8)
             + "{{#site.params.notice}}<p class=\"notice\">{{site.params.newsroom}}</p>{{/site.params.notice}}"
             + "{{#site.params.social}}<a href=\"{{url}}\">{{name}}</a>{{/site.params.social}}\n")
            .write(to: footer, atomically: true, encoding: .utf8)
        let config = try Self.load("""
            params:
              newsroom: "Desk <b>&</b>"
              notice: yes
              social: [{name: Mastodon, url: "https://social.example/@desk"}]
            """)
        var (articles, analysis) = PageKeyTests.corpus()
        articles[2].title = "Story"
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []), config: config)
        let templates = try TemplateSet(directory: folder.url.appendingPathComponent("templates"))
        let html = try templates.render(PageContexts(model: model, templates: templates).frontPage(1))
        #expect(html.contains("<p class=\"notice\">Desk &lt;b&gt;&amp;&lt;/b&gt;</p><a href=\"https://social.example/@desk\">Mastodon</a>"))
        var quiet = config
        quiet.params = .map([.init(key: "notice", value: .flag(false))])
        let plain = try templates.render(PageContexts(model: SiteModel(corpus: model.corpus, config: quiet), templates: templates).frontPage(1))
        #expect(!plain.contains("class=\"notice\""))
        #expect("\(config)" != "\(quiet)")
    }

    @Test("params that are no mapping, a key twice, a list for a key or values nested too deep are errors at their line", arguments: [
        ("params: [a, b]\n", 1, "'params' must be a mapping of names to values"),
        ("params:\n  a: 1\n  a: 2\n", 2, "the mapping starting here names 'a' more than once"),
        ("params:\n  ok: 1\n  [x]: 2\n", 3, "a key in 'params' must be a name"),
        ("params:\n  deep: " + String(repeating: "[", count: 17) + "x" + String(repeating: "]", count: 17) + "\n", 1,
         "'params' nests deeper than 16 levels"),
    ])
    func refused(yaml: String, line: Int, message: String) throws {
        do {
            _ = try Self.load(yaml)
            Issue.record("accepted \(yaml)")
        } catch {
            #expect("\(error)".hasSuffix("c.yml:\(line): error: \(message)"), "\(error)")
        }
    }

    @Test("a few lines of aliases cannot stand for millions of values")
    func aliasBomb() throws {
        var yaml = "params:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            yaml += "  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        do {
            _ = try Self.load(yaml)
            Issue.record("accepted 10 million values")
        } catch {
            #expect("\(error)".contains("'params' holds more than 10000 values"), "\(error)")
        }
    }
}
