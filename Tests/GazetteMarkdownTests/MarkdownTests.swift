import Foundation
import Testing

@testable import GazetteMarkdown

@Suite("Markdown rendering through cmark-gfm")
struct MarkdownRendererTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let markdown: String
        let contains: [String]
        let excludes: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "paragraph", markdown: "Hello *world*", contains: ["<p>Hello <em>world</em></p>"], excludes: []),
        Case(name: "strikethrough", markdown: "~~gone~~", contains: ["<del>gone</del>"], excludes: []),
        Case(name: "table", markdown: "| a | b |\n|---|---|\n| 1 | 2 |", contains: ["<table>", "<td>1</td>"], excludes: []),
        Case(name: "aligned table uses CSS, not the obsolete align attribute",
             markdown: "| a | b |\n|--:|:-:|\n| 1 | 2 |", contains: ["<td style=\"text-align: right\">1</td>"], excludes: ["align=\""]),
        Case(name: "autolink", markdown: "see https://example.org now", contains: ["<a href=\"https://example.org\">"], excludes: []),
        Case(name: "raw HTML omitted", markdown: "<script>alert(1)</script>\n\nok <b onclick=\"x()\">b</b>",
             contains: ["raw HTML omitted"], excludes: ["<script", "onclick"]),
        Case(name: "javascript link dropped", markdown: "[x](javascript:alert(1))", contains: ["<a href=\"\">x</a>"], excludes: ["javascript:"]),
    ]

    @Test("renders GFM safely", arguments: cases)
    func renders(_ example: Case) {
        let html = MarkdownRenderer.html(example.markdown)
        for needle in example.contains { #expect(html.contains(needle), "\(html)") }
        for needle in example.excludes { #expect(!html.contains(needle), "\(html)") }
    }

    @Test("raw HTML passes only when the site opts in; tagfilter still disarms <script>")
    func rawHTMLOptIn() {
        let html = MarkdownRenderer.html("<div class=\"x\">hi</div>\n\n<script>x</script>", options: .allowRawHTML)
        #expect(html.contains("<div class=\"x\">hi</div>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test("plain text drops markup and keeps paragraphs apart")
    func plainText() {
        let text = MarkdownRenderer.plainText("# Title\n\nSome **bold** [link](http://x).\n\nNext.")
        #expect(text == "Title\n\nSome bold link.\n\nNext.\n")
    }

    @Test("concurrent renders equal serial ones: parsing is serialised, rendering runs in parallel")
    func concurrent() {
        let documents = (0..<64).map { index in
            "# Note \(index)\n\n~~gone \(index)~~ and *kept* www.example.com/\(index)\n\n| a | b |\n|:-|-:|\n| \(index) | ~~x~~ |\n\n- one\n- two\n"
        }
        let html = documents.map { MarkdownRenderer.html($0) }
        let plain = documents.map { MarkdownRenderer.plainText($0) }
        #expect(html.allSatisfy { $0.contains("<del>") && $0.contains("<table>") && $0.contains("<a href=") })
        let rounds = 2_000
        // Each round writes only its own slot, so no lock is needed to collect the verdicts.
        let same = UnsafeMutableBufferPointer<Bool>.allocate(capacity: rounds)
        defer { same.deallocate() }
        same.initialize(repeating: false)
        nonisolated(unsafe) let slots = same
        DispatchQueue.concurrentPerform(iterations: rounds) { round in
            let d = round % documents.count
            slots[round] = round % 2 == 0 ? MarkdownRenderer.html(documents[d]) == html[d] : MarkdownRenderer.plainText(documents[d]) == plain[d]
        }
        #expect(same.filter { !$0 }.count == 0)
    }
}

@Suite("Escaping plain text for Markdown")
struct MarkdownEscaperTests {
    @Test("escaped text renders literally", arguments: [
        "<script>alert('x')</script>",
        "*not emphasis* and _not_ either",
        "# not a heading",
        "1. not a list",
        "- not a list",
        "[not](a link) `not code` a | b ~~c~~",
        "AT&T &amp; friends \\ backslash",
    ])
    func roundTrip(_ text: String) {
        let html = MarkdownRenderer.html(MarkdownEscaper.escape(text))
        let expected = "<p>" + text
            .replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;") + "</p>\n"
        #expect(html == expected)
    }
}

@Suite("Links in Markdown")
struct MarkdownLinkTests {
    static let document = """
        See [the report](report.pdf "Report"), ![a photo](photos/a.jpg), <https://example.org>,
        [again](report.pdf) and [ref][r].

        [r]: other.md#x
        """

    @Test("link and image destinations are listed in document order, with the plain text")
    func listed() {
        let (text, links, _) = MarkdownRenderer.plainTextAndLinks(Self.document)
        #expect(links == ["report.pdf", "photos/a.jpg", "https://example.org", "report.pdf", "other.md#x"])
        #expect(text == MarkdownRenderer.plainText(Self.document))
    }

    @Test("rewritten destinations replace links' and images' URLs, escaped; others stay")
    func rewritten() {
        let html = MarkdownRenderer.html(Self.document) { url in
            switch url {
            case "report.pdf": "../media/report.pdf"
            case "photos/a.jpg": "../media/photos/a b.jpg"
            case "other.md#x": "../articles/other.html#x\"onmouseover=\"x"
            default: nil
            }
        }
        #expect(html.contains("<a href=\"../media/report.pdf\" title=\"Report\">the report</a>"))
        #expect(html.contains("<img src=\"../media/photos/a%20b.jpg\" alt=\"a photo\" />"))
        #expect(html.contains("<a href=\"../articles/other.html#x%22onmouseover=%22x\">ref</a>"))
        #expect(html.contains("<a href=\"https://example.org\">"))
        #expect(!html.contains("href=\"report.pdf\""))
    }

    @Test("raw HTML's links are not rewritten, and javascript: stays disarmed")
    func rawAndUnsafe() {
        let html = MarkdownRenderer.html("[x](a.png) <a href=\"a.png\">y</a>", options: .allowRawHTML) { _ in "b.png" }
        #expect(html.contains("<a href=\"b.png\">x</a>"))
        #expect(html.contains("<a href=\"a.png\">y</a>"))
        let unsafe = MarkdownRenderer.html("[x](a.png)") { _ in "javascript:alert(1)" }
        #expect(!unsafe.contains("javascript:"))
    }
}

@Suite("Heading ids")
struct HeadingIDTests {
    static let slugs: [(text: String, id: String)] = [
        ("What happened", "what-happened"),
        ("  The council's vote: 7–2 ", "the-councils-vote-72"),
        ("snake_case and -- dashes", "snake-case-and-dashes"),
        ("Zürich’s Café", "zürichs-café"),
        ("Москва 2024", "москва-2024"),
        ("!!!", "section"),
        ("", "section"),
    ]

    @Test("an id is the heading's letters and digits, lower-cased, words joined by hyphens", arguments: slugs.indices)
    func slug(_ index: Int) {
        #expect(HeadingIDs.slug(Self.slugs[index].text) == Self.slugs[index].id)
    }

    @Test("each heading gets an id unique on its page, apart from the template's own; its markup and text are as before")
    func rendered() {
        let markdown = """
            Intro.

            ## What *happened* [here](https://example.org/)

            ### Details

            ## What happened here

            # Related stories

            ##

            > ## Quoted heading
            """
        let html = MarkdownRenderer.html(markdown, headingIDs: HeadingIDs(reserved: ["related-stories"]))
        #expect(html == """
            <p>Intro.</p>
            <h2 id="what-happened-here">What <em>happened</em> <a href="https://example.org/">here</a></h2>
            <h3 id="details">Details</h3>
            <h2 id="what-happened-here-1">What happened here</h2>
            <h1 id="related-stories-1">Related stories</h1>
            <h2 id="section"></h2>
            <blockquote>
            <h2 id="quoted-heading">Quoted heading</h2>
            </blockquote>

            """)
        // Without ids, as cmark renders it.
        #expect(MarkdownRenderer.html("## What happened").contains("<h2>What happened</h2>"))
    }

    @Test("ids stay unique when a heading's text reads as another's suffixed id, and across thousands of equal headings")
    func manyHeadings() {
        var ids = HeadingIDs(reserved: ["main"])
        #expect(["a", "a", "a 1", "Main", "main"].map { ids.next(for: $0) } == ["a", "a-1", "a-1-1", "main-1", "main-2"])
        var many = HeadingIDs()
        let made = (0..<20_000).map { _ in many.next(for: "Update") }
        #expect(Set(made).count == 20_000)
        #expect(made.last == "update-19999")
        // Rendered: every heading tight on its line (once each replaced across the whole body).
        let body = (0..<5_000).map { "## Update\n\nLine \($0)." }.joined(separator: "\n\n")
        let html = MarkdownRenderer.html(body, headingIDs: HeadingIDs())
        #expect(html.components(separatedBy: "\">Update</h2>\n").count - 1 == 5_000)
        #expect(html.hasSuffix("<h2 id=\"update-4999\">Update</h2>\n<p>Line 4999.</p>\n"))
    }

    @Test("the plain-text parse lists the headings' levels and text, in order, as ids are made from them")
    func outline() {
        let markdown = "Intro.\n\n## What *happened* [here](x.html)\n\n### Details\n\n> # Quoted\n\nSetext\n------\n"
        let headings = MarkdownRenderer.plainTextAndLinks(markdown).headings
        #expect(headings.map(\.level) == [2, 3, 1, 2])
        #expect(headings.map(\.text) == ["What happened here", "Details", "Quoted", "Setext"])
        let alone = MarkdownRenderer.headings(markdown)
        #expect(alone.map(\.level) == headings.map(\.level) && alone.map(\.text) == headings.map(\.text))
        // A setext heading over two lines: one line of text, as its id reads it.
        #expect(MarkdownRenderer.plainTextAndLinks("Line one\nline two\n---\n").headings.map(\.text) == ["Line one line two"])
        var ids = HeadingIDs()
        let html = MarkdownRenderer.html(markdown, headingIDs: HeadingIDs())
        for heading in headings { #expect(html.contains("<h\(heading.level) id=\"\(ids.next(for: heading.text))\">")) }
    }

    @Test("a heading's raw HTML is still omitted, and allowed raw HTML around headings is left as written")
    func rawHTML() {
        let safe = MarkdownRenderer.html("## Hi <b onclick=\"x()\">there</b>", headingIDs: HeadingIDs())
        #expect(safe.contains("<h2 id=\"hi-there\">Hi <!-- raw HTML omitted -->there<!-- raw HTML omitted --></h2>"))
        let raw = MarkdownRenderer.html("<h2>\nMine\n</h2>\n\n## Ours", options: .allowRawHTML, headingIDs: HeadingIDs())
        #expect(raw.contains("<h2 id=\"ours\">Ours</h2>"))
        #expect(raw.contains("<h2>\nMine"))
    }
}
