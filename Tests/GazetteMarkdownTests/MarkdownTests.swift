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

    @Test("concurrent renders keep every extension (the C library is serialised)")
    func concurrent() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask { MarkdownRenderer.html("~~s\(index)~~ | a |\n|---|\n| b |").contains("<del>") }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 })
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
