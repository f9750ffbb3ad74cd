import Foundation
import Testing
@testable import GazetteIngest

/// Main-text extraction: what is kept, in which order and shape, and what is dropped.
@Suite struct HTMLMainTextTests {
    static let sentences = [
        "The city council voted on Tuesday evening, after a debate of nearly four hours, to fund the new library.",
        "Supporters said the building, which will open in 2027, would serve thousands of students and families.",
        "Opponents argued that the money, about twelve million dollars, should go to roads, schools and parks.",
        "The mayor said she would sign the measure, and construction is expected to begin next spring.",
    ]

    static func page(article: String, title: String = "Council funds library") -> Data {
        let html = """
        <html><head><title>\(title) | Planet</title></head><body>
        <header><a href="/">Planet</a><nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></nav></header>
        <div class="layout">
          <div class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Another story, with commas, here</a></li></ul></div>
          <article>\(article)</article>
          <div class="comments"><p>Great article, I agree with everything, thanks for writing it, really.</p></div>
          <div class="newsletter"><p>Sign up for our newsletter, and get the news every morning, for free.</p></div>
        </div>
        <footer><p>Copyright 2024 Planet Media, all rights reserved, everywhere.</p></footer>
        </body></html>
        """
        return Data(html.utf8)
    }

    static var paragraphs: String { sentences.map { "<p>\($0)</p>" }.joined(separator: "\n") }

    @Test func keepsArticleParagraphsInOrderAndDropsBoilerplate() {
        let x = HTMLExtractor.extract(Self.page(article: "<h1>Council funds library</h1>" + Self.paragraphs))
        #expect(x.blocks == Self.sentences.map { HTMLBlock(kind: .paragraph, text: $0) })
        let text = x.blocks.map(\.text).joined(separator: " ")
        for unwanted in ["Sport", "Most read", "Great article", "Sign up", "Copyright"] {
            #expect(!text.contains(unwanted), "\(unwanted) leaked")
        }
        #expect(x.title == "Council funds library")
    }

    @Test func keepsStructureWithinContent() {
        let article = """
        \(Self.paragraphs)
        <h2>What happens next</h2>
        <ul><li>Design, in the autumn of this year</li><li>Building, from next spring onwards</li></ul>
        <blockquote><p>It is a great day for the city, and for readers.</p></blockquote>
        <pre>let  x = 1
        print(x)</pre>
        <p>Share this</p>
        <p>Advertisement</p>
        """
        let blocks = HTMLExtractor.extract(Self.page(article: article)).blocks
        #expect(blocks.contains(HTMLBlock(kind: .heading(level: 2), text: "What happens next")))
        #expect(blocks.contains(HTMLBlock(kind: .listItem, text: "Design, in the autumn of this year")))
        #expect(blocks.contains(HTMLBlock(kind: .quote, text: "It is a great day for the city, and for readers.")))
        #expect(blocks.contains(HTMLBlock(kind: .preformatted, text: "let  x = 1\nprint(x)")))
        #expect(!blocks.contains { $0.text == "Share this" || $0.text == "Advertisement" })
    }

    @Test func dataTableBecomesAMarkdownTableAndLayoutTableStaysParagraphs() throws {
        let data = """
        <table><caption>Her <i>Tuesday</i></caption><thead><tr><th>Time</th><th>Place</th></tr></thead>
        <tbody><tr><td><b>8:10</b> AM</td><td>Goes to the <a href="/g">graveyard</a></td></tr>
        <tr><td>12:30 PM</td><td>Washes | dries dishes<p><img src="d.jpg"></p></td></tr>
        <tr><td><a href="/t">Later</a></td><td><a href="/t">Later</a></td></tr></tbody></table>
        """
        let x = HTMLExtractor.extract(Self.page(article: Self.paragraphs + data))
        let cells = x.blocks.filter { if case .tableCell = $0.kind { true } else { false } }
        #expect(cells.map(\.text) == ["Time", "Place", "8:10 AM", "Goes to the graveyard", "12:30 PM", "Washes | dries dishes",
                                       "Later", "Later"])
        #expect(x.blocks.contains(HTMLBlock(kind: .paragraph, text: "Her Tuesday")))
        let article = try #require(HTMLArticleBuilder.build(x, path: "t.html").article)
        #expect(article.paragraphs.suffix(8) == ["Time", "Place", "8:10 AM", "Goes to the graveyard", "12:30 PM", "Washes | dries dishes",
                                                 "Later", "Later"])
        #expect(article.markdown.hasSuffix("""
        | Time | Place |
        | --- | --- |
        | 8:10 AM | Goes to the graveyard |
        | 12:30 PM | Washes \\| dries dishes |
        | Later | Later |
        """))

        // A table that lays out paragraphs, one of a single row, one that holds a data table
        // (only the inner one is a table).
        for (layout, inner) in [
            ("<table><tr><td><p>\(Self.sentences[0])</p></td><td><p>\(Self.sentences[1])</p></td></tr><tr><td>a</td><td>b</td></tr></table>", []),
            ("<table><tr><td>Time</td><td>Place</td></tr></table>", []),
            ("<table><tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr><tr><td>e</td></tr></table>",
             ["a", "b", "c", "d"]),
        ] {
            let blocks = HTMLExtractor.extract(Self.page(article: Self.paragraphs + layout)).blocks
            #expect(blocks.filter { if case .tableCell = $0.kind { true } else { false } }.map(\.text) == inner, "\(layout)")
        }
    }

    @Test func tableWithDroppedCellsKeepsItsShape() {
        let cell = { (table: Int, row: Int, column: Int, text: String) in
            HTMLBlock(kind: .tableCell(table: table, row: row, column: column), text: text)
        }
        let markdown = HTMLMarkdown.render([
            HTMLBlock(kind: .paragraph, text: "Before."),
            cell(0, 0, 0, "A"), cell(0, 0, 1, "B"), cell(0, 1, 1, "*d*"), cell(0, 3, 0, "e"),
            cell(1, 0, 0, "Lonely"), cell(1, 0, 1, "row"),
        ])
        #expect(markdown == "Before.\n\n| A | B |\n| --- | --- |\n|  | \\*d\\* |\n| e |  |\n\nLonely\n\nrow")
    }

    @Test func hostileMarkupNeverReachesText() {
        let article = Self.paragraphs + """
        <script>alert("x")</script><style>p { color: red }</style>
        <p onclick="evil()">Clicking <a href="javascript:evil()">here</a> is harmless, as the text is plain.</p>
        <iframe src="https://evil.example"></iframe><svg><text>svg text</text></svg>
        """
        let text = HTMLExtractor.extract(Self.page(article: article)).blocks.map(\.text).joined(separator: "\n")
        #expect(!text.contains("alert") && !text.contains("color") && !text.contains("svg text"))
        #expect(!text.contains("<") && !text.contains("javascript:"))
        #expect(text.contains("Clicking here is harmless, as the text is plain."))
    }

    @Test func jsonLDArticleBodyFillsInForAScriptRenderedPage() throws {
        let body = Self.sentences.joined(separator: "\n")
        let json = String(decoding: try JSONSerialization.data(withJSONObject: ["@type": "NewsArticle", "articleBody": body]), as: UTF8.self)
        let html = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><div id=\"app\">Loading…</div></body></html>"
        #expect(HTMLExtractor.extract(Data(html.utf8)).blocks.map(\.text) == Self.sentences)
    }

    @Test func emptyAndTextlessPagesWarn() {
        for data in [Data(), Data("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8)] {
            let x = HTMLExtractor.extract(data)
            #expect(x.blocks.isEmpty)
            #expect(x.warnings.contains("no main text found"))
        }
    }

    @Test(arguments: [150, 50_000])
    func deepNestingIsBounded(depth: Int) {
        let html = String(repeating: "<div>", count: depth) + "<p>\(Self.sentences[0])</p>" + String(repeating: "</div>", count: depth)
        let x = HTMLExtractor.extract(Data(html.utf8))
        // libxml2 stops at its own depth limit (256); within it, the text is found.
        if depth < 256 { #expect(x.blocks.map(\.text) == [Self.sentences[0]]) }
    }

    @Test func largePageIsFast() {
        var html = "<html><body><article>"
        let para = Self.sentences.joined(separator: " ") + " <a href='/x'>link</a></p>\n"
        var count = 0
        while html.utf8.count < 10_000_000 {
            html += "<p>\(count). " + para
            count += 1
        }
        let start = Date()
        let x = HTMLExtractor.extract(Data(html.utf8))
        #expect(x.blocks.count > 10_000)
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
