import Foundation
import GazetteCore
import Testing

@testable import GazetteSite

@Suite("Site labels")
struct SiteLabelTests {
    static let german = """
        language: de
        labels:
          topics: Themen
          archive: Archiv
          readingTime: "{minutes} Min. Lesezeit"
          newerStory: Neuerer Artikel
          olderStory: Älterer Artikel
          storiesBy: "Artikel von {name}"
          author: Autorin
          months: [Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]
          shortMonths: [Jan., Feb., März, Apr., Mai, Juni, Juli, Aug., Sept., Okt., Nov., Dez.]
          dateFormat: "{day}. {month} {year}"
          shortDateFormat: "{day}. {mon} {year}"
          timeFormat: "{hour}:{minute} Uhr"
        """

    @Test("a site's labels put its own words and date formats on its pages and in its search files")
    func german() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.german, to: "gazette.yml")
        let config = try SiteConfig.load(from: folder.url.appendingPathComponent("gazette.yml"))
        try folder.write("---\ntitle: Hafen wieder offen\ndate: 2024-03-05T09:05:00Z\nauthor: Anna Schreiber\n---\nDer Hafen ist nach einer Woche Reparaturen wieder offen, sagte die Stadt am Freitag.\n", to: "in/a.md")
        try folder.write("---\ntitle: Fähre fährt wieder\ndate: 2024-02-01\nauthor: Anna Schreiber\n---\nDie Fähre auf dem Fluss fährt wieder, sagten die Betreiber am Montag.\n", to: "in/b.md")
        var builder = try SiteBuilder(config: config, templatesDirectory: Repository.templates)
        let site = folder.url.appendingPathComponent("out")
        _ = try builder.build(inputDirectory: folder.url.appendingPathComponent("in"), output: site, strict: false)
        func page(_ path: String) throws -> String { try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) }

        let article = try page("articles/hafen-wieder-offen.html")
        #expect(article.contains(">5. März 2024, 09:05 Uhr</time>"))
        #expect(article.contains("1 Min. Lesezeit"))
        #expect(article.contains("Älterer Artikel"))
        #expect(try page("articles/fahre-fahrt-wieder.html").contains("Neuerer Artikel"))
        #expect(try page("topics/index.html").contains("<title>Themen · "))
        #expect(try page("archive/2024/03.html").contains("<title>März 2024 · "))
        let author = try page("authors/anna-schreiber.html")
        #expect(author.contains("Artikel von Anna Schreiber") && author.contains("Autorin"))
        #expect(try page("index.html").contains(">1. Februar 2024</time>"))
        let stories = try page("search/stories-0.js")
        #expect(stories.contains("\"d\":\"5. März 2024\""))
        // Nothing English is left of what labels cover.
        for english in ["min read", "Older story", "Newer story", "March", "Stories by"] {
            #expect(!article.contains(english) && !author.contains(english), "\(english)")
        }
    }

    @Test("placeholders: known ones filled, others and stray braces left as written")
    func fill() {
        #expect(SiteLabels.fill("{minutes} min read", ["minutes": "3"]) == "3 min read")
        #expect(SiteLabels.fill("{a}{b} {c} { } {", ["a": "1", "b": "2"]) == "12 {c} { } {")
        #expect(SiteLabels.fill("{a", ["a": "1"]) == "{a")
        #expect(SiteLabels.fill("plain", [:]) == "plain")
    }

    @Test("labels that are unknown, months that are not twelve names, or a label that is no string are errors at their line", arguments: [
        ("labels:\n  topics: Themen\n  tpics: x\n", 3, "unknown label 'tpics'"),
        ("labels:\n  months: [a, b]\n", 2, "'labels.months' must be a list of the 12 months' names"),
        ("labels:\n  readingTime: [a]\n", 2, "'labels.readingTime' must be a string"),
        ("labels: Themen\n", 1, "'labels' must be a mapping of label names to words"),
    ])
    func refused(yaml: String, line: Int, message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(yaml, to: "c.yml")
        do {
            _ = try SiteConfig.load(from: folder.url.appendingPathComponent("c.yml"))
            Issue.record("accepted \(yaml)")
        } catch {
            #expect("\(error)".hasSuffix("c.yml:\(line): error: \(message)"), "\(error)")
        }
    }
}
