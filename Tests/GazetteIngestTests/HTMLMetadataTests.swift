import Foundation
import GazetteCore
import Testing
@testable import GazetteIngest

/// Metadata from meta elements, JSON-LD, links and the document.
@Suite struct HTMLMetadataTests {
    static let paragraph = "<p>The council met on Tuesday, and after a long debate, it voted to fund the new library.</p>"

    @Test func openGraphAndArticleMeta() {
        let html = """
        <html lang="en-GB"><head><title>Ignored | Daily Planet</title>
        <meta property="og:title" content="Council funds library">
        <meta property="og:site_name" content="Daily Planet">
        <meta name="author" content="Lois Lane">
        <meta property="article:published_time" content="2015-07-21T05:30:00-04:00">
        <meta property="article:section" content="Local">
        <meta property="article:tag" content="libraries"><meta property="article:tag" content="budget">
        <meta name="description" content="The vote was close.">
        <link rel="canonical" href="https://planet.example/library">
        </head><body><article>\(Self.paragraph)</article></body></html>
        """
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.title == "Council funds library")
        #expect(x.siteName == "Daily Planet")
        #expect(x.byline == "Lois Lane")
        #expect(x.date == PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30, second: 0, utcOffsetMinutes: -240))
        #expect(x.url == "https://planet.example/library")
        #expect(x.language == "en-GB")
        #expect(x.description == "The vote was close.")
        #expect(x.categories == ["Local"])
        #expect(x.tags == ["libraries", "budget"])
    }

    @Test func jsonLDGraphWithBadBlockBeside() {
        let html = """
        <html><head><title>Page</title>
        <script type="application/ld+json">{ not json</script>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"The Courant"},
          {"@type":["NewsArticle"],"headline":"Storm closes roads","datePublished":"2020-01-02",
           "author":[{"@type":"Person","name":"Ann Writer"}],"publisher":{"name":"Courant Media"},
           "keywords":"weather, roads","articleSection":["Weather"]}]}</script>
        </head><body>\(Self.paragraph)</body></html>
        """
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.title == "Storm closes roads")
        #expect(x.byline == "Ann Writer")
        #expect(x.date == PublicationDate(year: 2020, month: 1, day: 2))
        #expect(x.siteName == "Courant Media")
        #expect(x.tags == ["weather", "roads"])
        #expect(x.categories == ["Weather"])
    }

    @Test func jsonLDGraphNamesAuthorAndPublisherByID() {
        let html = """
        <html><head><title>Page</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"Organization","@id":"https://x.org/#org","name":"Courant Media"},
          {"@type":"Article","headline":"Storm closes roads","author":{"@id":"https://x.org/#/person/1"},
           "publisher":{"@id":"https://x.org/#org"}},
          {"@type":"Person","@id":"https://x.org/#/person/1","name":"Ann Writer"}]}</script>
        </head><body>\(Self.paragraph)</body></html>
        """
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.byline == "Ann Writer")
        #expect(x.siteName == "Courant Media")
    }

    @Test(arguments: [
        ("Storm closes roads across the state | The Courant", "The Courant", "Storm closes roads across the state"),
        ("Storm closes roads across the state - Courant", nil, "Storm closes roads across the state"),
        ("Q&A - the long answer to a short question about it", nil, "Q&A - the long answer to a short question about it"),
    ] as [(String, String?, String)])
    func titleSuffix(title: String, site: String?, expected: String) {
        #expect(HTMLMetadataReader.strippingSiteSuffix(title, siteName: site) == expected)
    }

    @Test func fallsBackToTitleTimeAndRelAuthor() {
        let html = """
        <html><head><title>Bridge reopens – Town Crier</title></head><body>
        <p>By <a rel="author" href="/x">Sam Reporter</a> <time datetime="2019-03-04">March 4</time></p>
        <div>\(Self.paragraph)</div></body></html>
        """
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.title == "Bridge reopens")
        #expect(x.byline == "Sam Reporter")
        #expect(x.date == PublicationDate(year: 2019, month: 3, day: 4))
    }

    @Test func jsonLDAuthorsMakeOneBylineEachOnce() {
        let html = """
        <html><head><title>Page</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm",
        "author":[{"name":"Ann Writer"},{"name":"By Bo Yu"},"Cy Lee"],"creator":"Ann Writer"}</script>
        </head><body>\(Self.paragraph)</body></html>
        """
        #expect(HTMLExtractor.extract(Data(html.utf8)).byline == "Ann Writer, Bo Yu and Cy Lee")
        #expect(HTMLMetadataReader.list(["Ann Writer"]) == "Ann Writer")
        #expect(HTMLMetadataReader.list(["No Author"]) == nil)
    }

    @Test func jsonLDWithRawLineBreaksInStringsStillReads() {
        let html = "<html><head><title>Page</title><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
            + "\"headline\":\"Storm closes roads\",\n\"description\":\"Two lines\nand\ta tab\",\"author\":{\"name\":\"Ann Writer\"}}"
            + "</script></head><body>\(Self.paragraph)</body></html>"
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.byline == "Ann Writer")
        #expect(x.description == "Two lines and a tab")
    }

    @Test("a link to an author's page names the writer when nothing else does, if its text reads as a name",
          arguments: [("Ann Writer", "Ann Writer"), ("9 articles", nil), ("Authors", nil)] as [(String, String?)])
    func authorPageLink(text: String, expected: String?) {
        let html = """
        <html><head><title>Bridge reopens</title></head><body>
        <p><a href="https://example.org/author/ann-writer/">\(text)</a></p>
        <div>\(Self.paragraph)</div></body></html>
        """
        #expect(HTMLExtractor.extract(Data(html.utf8)).byline == expected)
    }

    @Test func aBylineThatDatesItselfGivesTheNameAndTheDate() {
        let html = """
        <html><head><title>Bridge reopens – Town Crier</title></head><body>
        <div class="entry-byline">Posted on March 3, 2021 by Lee Park</div>
        <div>\(Self.paragraph)</div></body></html>
        """
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.byline == "Lee Park")
        #expect(x.date == PublicationDate(year: 2021, month: 3, day: 3))
    }

    /// Head markup, and the revision date the page gives (nil: none worth showing).
    static let revisionCases: [(head: String, updated: PublicationDate?)] = [
        ("<meta property=\"article:published_time\" content=\"2024-03-03\"><meta property=\"article:modified_time\" content=\"2024-03-04T10:15:00Z\">",
         PublicationDate(year: 2024, month: 3, day: 4, hour: 10, minute: 15, second: 0, utcOffsetMinutes: 0)),
        ("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council funds library\",\"datePublished\":\"2024-03-03\",\"dateModified\":\"2024-03-05\"}</script>",
         PublicationDate(year: 2024, month: 3, day: 5)),
        ("<meta property=\"article:published_time\" content=\"2024-03-03\"><meta property=\"og:updated_time\" content=\"2024-03-06\">",
         PublicationDate(year: 2024, month: 3, day: 6)),
        // Most pages stamp the publication time as the modification time too: nothing new.
        ("<meta property=\"article:published_time\" content=\"2024-03-03T08:00:00Z\"><meta property=\"article:modified_time\" content=\"2024-03-03T08:00:00Z\">", nil),
        ("<meta property=\"article:published_time\" content=\"2024-03-03\"><meta property=\"article:modified_time\" content=\"2023-01-01\">", nil),
        ("<meta property=\"article:published_time\" content=\"2024-03-03\"><meta property=\"article:modified_time\" content=\"soon\">", nil),
        ("<meta property=\"article:published_time\" content=\"2024-03-03\">", nil),
    ]

    @Test("a page's modification date is its revision date when it is after the publication date",
          arguments: revisionCases.indices)
    func revision(_ index: Int) {
        let (head, updated) = Self.revisionCases[index]
        let html = "<html><head><title>Council funds library</title>\(head)</head><body><article>\(Self.paragraph)</article></body></html>"
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.date?.year == 2024)
        #expect(x.updated == updated)
    }

    @Test func anItempropTimeGivesTheRevisionDate() {
        let html = """
        <html><head><title>Council funds library</title></head><body><article>
        <p class="meta"><time itemprop="datePublished" datetime="2024-03-03">March 3</time>,
        updated <time itemprop="dateModified" datetime="2024-03-07">March 7</time></p>
        \(Self.paragraph)</article></body></html>
        """
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.date == PublicationDate(year: 2024, month: 3, day: 3))
        #expect(x.updated == PublicationDate(year: 2024, month: 3, day: 7))
    }

    @Test func aWebPageNodeGivesOnlyItsDateWhenNoArticleNodeDoes() {
        let html = """
        <html><head><title>Storm closes roads across the state | The Courant</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebPage","name":"News - The Courant","datePublished":"2018-06-07T10:13:17+00:00"},
          {"@type":"WebSite","name":"The Courant"}]}</script>
        </head><body><article>\(Self.paragraph)</article></body></html>
        """
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.date == PublicationDate(year: 2018, month: 6, day: 7, hour: 10, minute: 13, second: 17, utcOffsetMinutes: 0))
        #expect(x.title == "Storm closes roads across the state")
    }

    @Test func menuHeadingsGiveWayToTheTitleAndAProfileLinkToTheByline() {
        let html = """
        <html><head><title>Storm closes roads across the state | The Courant</title>
        <meta property="article:author" content="https://www.facebook.com/thecourant/">
        </head><body><nav><h1>Sections</h1></nav>
        <p>By <a rel="author" href="/staff/ann">Ann Writer</a></p>
        <article>\(Self.paragraph)</article></body></html>
        """
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.title == "Storm closes roads across the state")
        #expect(x.byline == "Ann Writer")
    }

    @Test(arguments: [
        (["Storm closes roads"], "Storm closes roads | The Courant", "Storm closes roads"),
        (["Sections", "Storm closes roads"], "Storm closes roads | The Courant", "Storm closes roads"),
        (["Sections", "About"], "Axios Future", nil),
        (["Page", "User"], "BeginnersGuide/Download - Python Wiki", nil),
        (["", "Storm closes roads"], nil, "Storm closes roads"),
        ([], "Storm closes roads", nil),
    ] as [([String], String?, String?)])
    func headlineHeading(h1s: [String], title: String?, expected: String?) {
        #expect(HTMLMetadataReader.headline(h1s, titleElement: title) == expected)
    }

    @Test(arguments: [
        ("By Lois Lane", "Lois Lane"),
        ("Von Patrick Czerny -", "Patrick Czerny"),
        ("James Whittaker -", "James Whittaker"),
        ("NH. Shear, SP. Spielberg,", "NH. Shear, SP. Spielberg"),
        ("View all posts by Dana Whitfield", "Dana Whitfield"),
        ("Posted on March 3, 2021 by Lee Park", "Lee Park"),
        ("Author: Kim Ode am 12.03.2019, 10:15 Uhr", "Kim Ode"),
        (": Sam R.", "Sam R."),
        ("Rosa Diaz Mar 4, 2022", "Rosa Diaz"),
        ("Ola Berg 8 January 2020, 3:51 pm 11 Edit", "Ola Berg"),
        ("Wire Service Updated: June 2, 2021", "Wire Service"),
        ("Tom Lake - June 2, 2021 5 minutes", "Tom Lake"),
        ("Ana Ruiz @anaruiz", "Ana Ruiz"),
        ("Lindsey O&#039;Neil", "Lindsey O'Neil"),
        // A month or a number that is no date stays.
        ("Kate May", "Kate May"),
        ("Lea Holt, 7 News", "Lea Holt, 7 News"),
        ("By:", nil),
        ("No Author", nil),
        ("Follow", nil),
        ("https://www.facebook.com/planet", nil),
        ("www.example.com/lois", nil),
        (" - ", nil),
    ] as [(String, String?)])
    func bylines(raw: String, expected: String?) {
        #expect(HTMLMetadataReader.cleanByline(raw) == expected)
    }

    @Test(arguments: [
        ("2015-07-21", PublicationDate(year: 2015, month: 7, day: 21)),
        ("2015-07-21T09:30:00Z", PublicationDate(year: 2015, month: 7, day: 21, hour: 9, minute: 30, second: 0, utcOffsetMinutes: 0)),
        ("2015-07-21T09:30:00.000+0530", PublicationDate(year: 2015, month: 7, day: 21, hour: 9, minute: 30, second: 0, utcOffsetMinutes: 330)),
        ("July 21, 2015", PublicationDate(year: 2015, month: 7, day: 21)),
        ("Tue, 21 Jul 2015 05:30:00 +0000", PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30, second: 0, utcOffsetMinutes: 0)),
    ] as [(String, PublicationDate)])
    func dates(text: String, expected: PublicationDate) {
        #expect(HTMLDateParser.parse(text) == expected)
    }

    @Test(arguments: ["", "soon", "2015-13-45", "99999999999", "2015-02-30"])
    func badDatesAreNil(text: String) {
        #expect(HTMLDateParser.parse(text) == nil)
    }
}

/// Dates printed in the page when no metadata gives one.
@Suite struct HTMLPrintedDateTests {
    @Test func printedDateIsTheLastResort() {
        let html = """
        <html><body><span class="post-date">March 5, 2021</span>
        <article>\(HTMLMetadataTests.paragraph)</article></body></html>
        """
        #expect(HTMLExtractor.extract(Data(html.utf8)).date == PublicationDate(year: 2021, month: 3, day: 5))
    }
}
