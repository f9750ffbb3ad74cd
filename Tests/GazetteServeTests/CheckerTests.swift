import Foundation
import Testing
@testable import GazetteServe

@Suite struct SiteCheckerTests {
    let atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>\n"
    let sitemap = "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>\n"
    let jsonFeed = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\"}]}"

    func soundSite(_ folder: TemporaryFolder) throws {
        try folder.write(Fixtures.page("Home", body: """
            <a href="articles/a.html#top-title">A</a> <a href='topics/'>Topics</a> <a href=feed.xml>feed</a>
            <a href="https://example.org/x">out</a> <a href="mailto:x@example.org">mail</a> <a href="#top-title">up</a>
            <img src="assets/pic%20one.png" alt=""> <a href="/articles/a.html?x=1&amp;y=2">root-relative</a>
            <script>var s = "<a href='nowhere.html'>";</script><!-- <a href="gone.html"> -->
            """), to: "index.html")
        try folder.write(Fixtures.page("Lost"), to: "404.html")
        try folder.write(Fixtures.page("A", body: "<a href=\"../index.html\">home</a><link rel=stylesheet href=\"../assets/style.css\">"), to: "articles/a.html")
        try folder.write(Fixtures.page("Topics"), to: "topics/index.html")
        try folder.write("body{}", to: "assets/style.css")
        try folder.write("PNG", to: "assets/pic one.png")
        try folder.write(atom, to: "feed.xml")
        try folder.write(atom, to: "topics/x.xml")
        try folder.write(sitemap, to: "sitemap.xml")
        try folder.write(jsonFeed, to: "feed.json")
    }

    @Test func soundSiteHasNoProblems() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try soundSite(folder)
        #expect(try SiteChecker(root: folder.url).check() == [])
    }

    @Test func reportsBrokenLinksAnchorsAndFeeds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try soundSite(folder)
        try folder.write(Fixtures.page("B", body: """
            <a href="missing.html">x</a> <a href="a.html#nowhere">y</a> <img src="../../../etc/passwd">
            <a href="../assets/style.css">ok</a>
            """), to: "articles/b.html")
        try folder.write("<feed><entry></feed>", to: "topics/broken.xml")
        try folder.write("<urlset>", to: "sitemap.xml")
        try folder.write("{\"items\": 3}", to: "feed.json")
        let problems = try SiteChecker(root: folder.url).check().map(\.description)
        #expect(problems.contains("articles/b.html: <a href=\"missing.html\">: no such file articles/missing.html"))
        #expect(problems.contains("articles/b.html: <a href=\"a.html#nowhere\">: no id \"nowhere\" in articles/a.html"))
        #expect(problems.contains("articles/b.html: <img src=\"../../../etc/passwd\">: leads outside the site"))
        #expect(problems.contains { $0.hasPrefix("topics/broken.xml: not well-formed XML") })
        #expect(problems.contains { $0.hasPrefix("sitemap.xml: not well-formed XML") })
        #expect(problems.contains("feed.json: JSON Feed has no \"version\" URL"))
        #expect(problems.contains("feed.json: JSON Feed has no \"items\" array"))
        #expect(problems.count == 7, "\(problems)")
    }

    @Test func sitemapIndexAndItsPartsAreChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try soundSite(folder)
        try folder.write("""
            <?xml version="1.0"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap></sitemapindex>
            """, to: "sitemap.xml")
        try folder.write(sitemap, to: "sitemap-1.xml")
        #expect(try SiteChecker(root: folder.url).check() == [])
        try folder.write(atom, to: "sitemap-2.xml")
        try folder.write("<?xml version=\"1.0\"?>\n<sitemapindex/>\n", to: "sitemap-3.xml")
        let problems = try SiteChecker(root: folder.url).check().map(\.description)
        #expect(problems == ["sitemap-2.xml: sitemap root element is <feed>, expected <urlset>",
                             "sitemap-3.xml: sitemap root element is <sitemapindex>, expected <urlset>"])
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: CheckError.self) {
            try SiteChecker(root: URL(fileURLWithPath: "/nonexistent-gazette-site")).check()
        }
    }

    @Test func scannerHandlesQuotesEntitiesAndRawText() {
        let scanner = HTMLScanner("""
            <A HREF="x.html?a=1&amp;b=2" id=one><div data-x='<a href="no">' id = "two"></div>
            <style>a[href="no.css"]{}</style><img src=pic.png><a name=three>
            """)
        #expect(scanner.links.map(\.value) == ["x.html?a=1&b=2", "pic.png"])
        #expect(scanner.ids == ["one", "two", "three"])
    }
}
