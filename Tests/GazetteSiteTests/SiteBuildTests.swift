import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

import GazetteAnalysis
import GazetteCore
@testable import GazetteSite

@Suite("Building a site")
struct SiteBuildTests {
    func build(_ input: URL, baseURL: String = "/", into folder: TemporaryFolder) throws -> URL {
        var config = SiteConfig()
        config.baseURL = baseURL
        let output = folder.url.appendingPathComponent("out")
        _ = try SiteBuilder(config: config, templatesDirectory: Repository.templates)
            .build(inputDirectory: input, output: output, strict: false)
        return output
    }

    @Test("every internal link and asset resolves", arguments: ["/", "/news/", "https://example.org/digest/"])
    func linksResolve(baseURL: String) throws {
        let folder = try TemporaryFolder()
        let site = try build(Repository.seeds, baseURL: baseURL, into: folder)
        let files = try SiteFiles.read(site)
        #expect(files["index.html"] != nil)
        var broken: [String] = []
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            broken += SiteFiles.brokenLinks(in: path, html: String(decoding: data, as: UTF8.self), site: site)
        }
        #expect(broken.sorted() == [])
    }

    @Test("template rendering's processor time is reported inside render+write only when asked for", arguments: [false, true])
    func templateTiming(asked: Bool) throws {
        let folder = try TemporaryFolder()
        var builder = try SiteBuilder(config: SiteConfig(), templatesDirectory: Repository.templates)
        builder.timesTemplates = asked
        let report = try builder.build(inputDirectory: Repository.seeds, output: folder.url.appendingPathComponent("out"), strict: false)
        let stages = report.timings.map(\.stage)
        let templates = report.timings.first { $0.stage == "templates" }
        #expect((templates != nil) == asked)
        guard let templates, let render = report.timings.first(where: { $0.stage == "render+write" }) else { return }
        // Right after the stage it is part of, with processor time only: some, and no more than the stage's.
        #expect(stages.firstIndex(of: "templates") == stages.firstIndex(of: "render+write").map { $0 + 1 })
        #expect(templates.seconds == nil)
        #expect(templates.cpuSeconds > 0 && templates.cpuSeconds <= render.cpuSeconds + 0.01)
    }

    @Test("an article page leaves out its In brief box when the summary is the body's opening",
          arguments: [([0], false), ([0, 1], false), ([1], true), ([0, 2], true), ([1, 2], true)])
    func briefUnlessLede(indices: [Int], shown: Bool) throws {
        var (articles, analysis) = PageKeyTests.corpus()
        articles[2].paragraphs = ["First sentence. Second sentence. Third sentence."]
        analysis.articles[2].summaryIndices = indices
        analysis.articles[2].summary = indices.map { ["First sentence.", "Second sentence.", "Third sentence."][$0] }
        let templates = try TemplateSet(directory: Repository.templates)
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []),
                              config: SiteConfig())
        let html = try templates.render(PageContexts(model: model, templates: templates).articlePage(2))
        #expect(html.contains("In brief") == shown)
        // The summary still describes the page.
        #expect(html.contains("<meta name=\"description\" content=\"\(analysis.articles[2].summary.joined(separator: " "))\""))
    }

    @Test("a Markdown article's written summary is the one its page, cards, feeds and search show; a web page's description is not",
          arguments: [(SourceFormat.markdown, true), (.html, false)])
    func writtenSummary(format: SourceFormat, used: Bool) throws {
        var (articles, analysis) = PageKeyTests.corpus()
        let written = "The summary its author wrote."
        articles[2].format = format
        articles[2].summary = written
        articles[2].paragraphs = ["First sentence. Second sentence."]
        analysis.articles[2].summaryIndices = [0]
        analysis.articles[2].summary = ["First sentence."]
        let templates = try TemplateSet(directory: Repository.templates)
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []),
                              config: SiteConfig())
        let shown = used ? written : "First sentence."
        #expect(model.summary(2) == [shown])
        let contexts = PageContexts(model: model, templates: templates)
        let page = try templates.render(contexts.articlePage(2))
        #expect(page.contains("<meta name=\"description\" content=\"\(shown)\""))
        // A written summary is never the lede, so the In brief box shows it.
        #expect(page.contains("In brief") == used)
        let front = try templates.render(contexts.frontPage(1))
        #expect(front.contains(shown))
        #expect(Feeds(model: model).json(items: [2]).contains(shown))
        let search = SearchIndex.files(model: model, topicNames: [:])
        #expect(search.contains { String(decoding: $0.bytes, as: UTF8.self).contains(shown) })
    }

    @Test("an article in another language than the site's says so on its headline, summary and body; anything but a language tag is left out",
          arguments: [("de", "de"), ("de_DE", "de-DE"), ("pt-BR", "pt-BR"), ("en", nil), ("EN", nil),
                      ("german", nil), ("x", nil), ("\"><script>", nil), ("de-\u{E4}", nil)] as [(String, String?)])
    func language(source: String, shown: String?) throws {
        var (articles, analysis) = PageKeyTests.corpus()
        articles[2].language = source
        let templates = try TemplateSet(directory: Repository.templates)
        let model = SiteModel(corpus: AnalyzedCorpus(articles: articles, analysis: analysis, diagnostics: [], skipped: []),
                              config: SiteConfig())
        #expect(model.language(2) == shown)
        let page = try templates.render(PageContexts(model: model, templates: templates).articlePage(2))
        // Besides the page's own `<html lang>`: the headline and the body (this summary is the lede, so no In brief box).
        #expect(page.components(separatedBy: " lang=\"").count - 1 == (shown == nil ? 1 : 3))
        if let shown {
            #expect(page.contains("<h1 lang=\"\(shown)\">"))
            #expect(page.contains("<div class=\"story-body\" lang=\"\(shown)\">"))
        }
    }

    @Test("feeds and sitemap are well-formed XML; the JSON Feed parses")
    func feedsWellFormed() throws {
        let folder = try TemporaryFolder()
        let site = try build(Repository.seeds, baseURL: "https://example.org/", into: folder)
        for name in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: try Data(contentsOf: site.appendingPathComponent(name)))
            #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("feed.json")))
        let feed = try #require(json as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect((feed["items"] as? [Any])?.count == 3)
        let sitemap = try String(contentsOf: site.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://example.org/articles/"))
        // The site's Atom feed carries each body, as the JSON Feed does; a topic's feed, summaries only.
        let atom = try String(contentsOf: site.appendingPathComponent("feed.xml"), encoding: .utf8)
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(atom.components(separatedBy: "<content type=\"html\">").count - 1 == 3)
        for item in items {
            #expect(atom.contains("<content type=\"html\">" + XML.escape(item["content_html"] as? String ?? "-") + "</content>"))
        }
        let topicFeed = try #require(OutputFolder.regularFiles(in: site).first { $0.hasPrefix("topics/") && $0.hasSuffix(".xml") })
        let topic = try String(contentsOf: site.appendingPathComponent(topicFeed), encoding: .utf8)
        #expect(topic.contains("<summary>") && !topic.contains("<content"))
    }

    @Test("hostile input never reaches a page as markup, and slugs stay inside the site")
    func hostileInput() throws {
        let folder = try TemporaryFolder()
        let site = try build(Repository.fixtures.appendingPathComponent("hostile"), into: folder)
        let files = try SiteFiles.read(site)
        #expect(files.keys.allSatisfy { !$0.contains("..") })
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("onerror="), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains("<b>Doe</b>"), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("etc").path))
    }
}

@Suite("The output folder")
struct OutputFolderTests {
    @Test("a folder with files Gazette did not write is refused and left alone")
    func refusesForeignFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("precious", to: "out/notes.txt")
        let builder = try SiteBuilder(config: SiteConfig(), templatesDirectory: Repository.templates)
        #expect(throws: GazetteError.self) {
            try builder.build(inputDirectory: Repository.seeds, output: folder.url.appendingPathComponent("out"), strict: false)
        }
        let kept = try String(contentsOf: folder.url.appendingPathComponent("out/notes.txt"), encoding: .utf8)
        #expect(kept == "precious")
    }

    @Test("a file added to a built site makes the next build refuse it")
    func refusesForeignFileInOwnSite() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        let builder = try SiteBuilder(config: SiteConfig(), templatesDirectory: Repository.templates)
        _ = try builder.build(inputDirectory: Repository.seeds, output: output, strict: false)
        _ = try builder.build(inputDirectory: Repository.seeds, output: output, strict: false)
        try folder.write("mine", to: "out/articles/mine.html")
        #expect(throws: GazetteError.self) {
            try builder.build(inputDirectory: Repository.seeds, output: output, strict: false)
        }
    }

    @Test("a broken template fails the build, names file and line, and leaves the previous site")
    func brokenTemplateKeepsSite() throws {
        let folder = try TemporaryFolder()
        let templates = folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.templates, to: templates)
        let output = folder.url.appendingPathComponent("out")
        _ = try SiteBuilder(config: SiteConfig(), templatesDirectory: templates)
            .build(inputDirectory: Repository.seeds, output: output, strict: false)
        let before = try SiteFiles.read(output)
        try folder.write("<p>\n{{#broken}}\n<p>never closed\n", to: "templates/topics.mustache")
        do {
            _ = try SiteBuilder(config: SiteConfig(), templatesDirectory: templates)
            Issue.record("a broken template was accepted")
        } catch let error as GazetteError {
            #expect(error.description.hasSuffix("topics.mustache:4:1: error: template: a section is never closed")
                || error.description.contains("topics.mustache:"), "\(error)")
        }
        #expect(try SiteFiles.read(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("staging") }
        #expect(leftovers == [])
    }
}

extension OutputFolderTests {
    static func attribute<Value>(_ key: FileAttributeKey, of url: URL) throws -> Value {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[key] as? Value)
    }

    static func inode(_ url: URL) throws -> Int { try attribute(.systemFileNumber, of: url) }

    @Test("a rebuild links the files whose bytes are unchanged, writes the others, and never reuses a symbolic link")
    func unchangedFilesAreLinked() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        var first = try OutputFolder(destination: output)
        for (path, text) in [("same.html", "kept"), ("a/edited.html", "old"), ("grown.html", "old"), ("linked.html", "x"), ("twice.html", "one")] {
            try first.write(text, to: path)
        }
        try first.commit()
        let sameInode = try Self.inode(output.appendingPathComponent("same.html"))
        let editedInode = try Self.inode(output.appendingPathComponent("a/edited.html"))
        // A symbolic link with the right bytes behind it stands where a page was.
        try folder.write("x", to: "elsewhere.html")
        try FileManager.default.removeItem(at: output.appendingPathComponent("linked.html"))
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("linked.html"),
                                                   withDestinationURL: folder.url.appendingPathComponent("elsewhere.html"))

        var second = try OutputFolder(destination: output)
        // A symbolic link in the old site: it is swapped out whole, not patched.
        #expect(!second.patchesInPlace)
        for (path, text) in [("same.html", "kept"), ("a/edited.html", "new"), ("grown.html", "older"), ("linked.html", "x"), ("added.html", "+"), ("twice.html", "one")] {
            try second.write(text, to: path)
        }
        // Written again after it was linked: the previous site's file must not change.
        try second.store(Data("two".utf8), at: "twice.html")
        #expect(try String(contentsOf: output.appendingPathComponent("twice.html"), encoding: .utf8) == "one")
        try second.commit()
        let files = try SiteFiles.read(output)
        #expect(files.mapValues { String(decoding: $0, as: UTF8.self) } == [
            "same.html": "kept", "a/edited.html": "new", "grown.html": "older", "linked.html": "x", "added.html": "+",
            "twice.html": "two",
            OutputFolder.manifestName: "a/edited.html\nadded.html\ngrown.html\nlinked.html\nsame.html\ntwice.html\n",
        ])
        #expect(try Self.inode(output.appendingPathComponent("same.html")) == sameInode)
        #expect(try Self.inode(output.appendingPathComponent("a/edited.html")) != editedInode)
        let linked = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("linked.html").path)
        #expect(linked[.type] as? FileAttributeType == .typeRegular)
        // The replaced site is deleted, folders and all; the symbolic link it held went, not its target.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["elsewhere.html", "out"])
        #expect(try String(contentsOf: folder.url.appendingPathComponent("elsewhere.html"), encoding: .utf8) == "x")
    }
}

@Suite("Template assets")
struct AssetTests {
    @Test("a symbolic link in templates/assets is not followed into the site")
    func symlinkedAssetSkipped() throws {
        let folder = try TemporaryFolder()
        let templates = folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.templates, to: templates)
        try folder.write("secret", to: "outside/secret.txt")
        try FileManager.default.createSymbolicLink(
            at: templates.appendingPathComponent("assets/secret.txt"),
            withDestinationURL: folder.url.appendingPathComponent("outside/secret.txt")
        )
        let output = folder.url.appendingPathComponent("out")
        _ = try SiteBuilder(config: SiteConfig(), templatesDirectory: templates)
            .build(inputDirectory: Repository.seeds, output: output, strict: false)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/style.css").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/secret.txt").path))
    }
}
