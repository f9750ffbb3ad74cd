import GazetteCore
import Testing
@testable import GazetteIngest

/// One plain-text layout and what must come out of it.
struct TextCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var title: String?
    var derived = false
    var kept: [String] = []
    var removed: [String] = []
    var testDescription: String { name }
}

@Suite("Plain-text articles")
struct TextArticleTests {
    static let cases: [TextCase] = [
        TextCase(name: "masthead, tagline, byline, comments", text: Fixtures.masthead,
                 title: "Council Approves New Footbridge Over Mill Creek",
                 kept: ["The city council voted 6-1", "“It’s about time,” said resident Ola Brandt.",
                        "Councilor Ray Ostrowski"],
                 removed: ["Riverside Ledger", "Peter Alvarez photo", "contributed to this report", "Tags:",
                           "Share this story", "Comments", "posted by", "Finally!", "Another waste",
                           "Riverside Network", "Categories", "Our Sponsors", "Sponsored Messages", "Posted to"]),
        TextCase(name: "kicker and owner line", text: Fixtures.kicker,
                 title: "Storm Knocks Out Power to Thousands Across the County",
                 kept: ["A late-season storm", "\"We ask for patience,\" a utility spokeswoman said."],
                 removed: ["Weather", "Harbor Media Group", "Contact Us"]),
        TextCase(name: "untitled, one paragraph per line", text: Fixtures.untitled,
                 title: "Volunteers planted more than 300 trees along the river trail on Saturday", derived: true,
                 kept: ["Volunteers planted more than 300 trees", "borrowed truck", "Organizers plan a second planting"],
                 removed: ["Sign up for", "Environment"]),
        TextCase(name: "title, blank line, lines", text: Fixtures.titleThenLines,
                 title: "Could the orchard survive a second frost?",
                 kept: ["Apple growers", "wind machines"], removed: ["Could the orchard"]),
        TextCase(name: "wire dateline", text: Fixtures.wire, title: "Ferry Service Resumes After Two-Week Halt",
                 kept: ["Ferry service to the outer islands resumed"], removed: ["PORTLAND", "(AP)"]),
        TextCase(name: "tabloid header", text: Fixtures.tabloid,
                 title: "A retired postman has walked the length of the country in 40 days to raise money for a children's hospital",
                 derived: true, kept: ["A retired postman", "He set off"], removed: ["PUBLISHED", "UPDATED", "Sam Okafor"]),
        TextCase(name: "agency tag", text: Fixtures.agencyTag,
                 title: "A small museum in the hills has found a lost painting in its own basement", derived: true,
                 kept: ["A small museum", "mislabeled"], removed: ["(CNN)"]),
        TextCase(name: "hard-wrapped paragraphs", text: Fixtures.wrapped, title: "Library Extends Weekend Hours",
                 kept: ["the board announced on Wednesday", "reviewed after one year"]),
    ]

    @Test("title and body", arguments: cases)
    func titleAndBody(_ testCase: TextCase) throws {
        let article = try #require(TextArticleParser(corpus: CorpusStatistics()).parse(testCase.text, path: "x.txt").article)
        if let title = testCase.title { #expect(article.title == title) }
        #expect(article.titleIsDerived == testCase.derived)
        for snippet in testCase.kept { #expect(article.bodyText.contains(snippet), "lost: \(snippet)") }
        for snippet in testCase.removed { #expect(!article.bodyText.contains(snippet), "kept: \(snippet)") }
    }

    @Test("metadata of the masthead layout")
    func mastheadMetadata() throws {
        let article = try #require(TextArticleParser(corpus: CorpusStatistics()).parse(Fixtures.masthead, path: "x.txt").article)
        #expect(article.source == "Riverside Ledger")
        #expect(article.byline == "Dana Whitfield")
        #expect(article.date == PublicationDate(year: 2019, month: 3, day: 3, hour: 9, minute: 15))
        #expect(article.categories == ["Transportation", "City Council", "Budget"])
        #expect(article.tags == ["footbridge", "Mill Creek"])
        #expect(article.credits == ["Lena Park contributed to this report."])
        #expect(article.paragraphs.first?.hasPrefix("The city council voted") == true)
    }

    @Test("wire and tabloid metadata")
    func wireMetadata() throws {
        let parser = TextArticleParser(corpus: CorpusStatistics())
        let wire = try #require(parser.parse(Fixtures.wire, path: "w.txt").article)
        #expect(wire.dateline == "PORTLAND, Maine (AP)")
        #expect(wire.paragraphs.first?.hasPrefix("Ferry service") == true)
        let tabloid = try #require(parser.parse(Fixtures.tabloid, path: "t.txt").article)
        #expect(tabloid.byline == "Sam Okafor")
        #expect(tabloid.date == PublicationDate(year: 2014, month: 3, day: 5, hour: 8, minute: 58, utcOffsetMinutes: -300))
        let owner = try #require(parser.parse(Fixtures.kicker, path: "k.txt").article)
        #expect(owner.source == "Harbor Media Group")
    }

    /// Metadata lines above a story, and the date and revision date it gets.
    static let revisionCases: [(lines: String, date: PublicationDate?, updated: PublicationDate?)] = [
        ("By Dana Whitfield\nPublished March 3, 2019\nUpdated March 4, 2019",
         PublicationDate(year: 2019, month: 3, day: 3), PublicationDate(year: 2019, month: 3, day: 4)),
        // The revision line first: before, its date became the publication date.
        ("Last updated: March 9, 2019\nBy Dana Whitfield | March 3, 2019",
         PublicationDate(year: 2019, month: 3, day: 3), PublicationDate(year: 2019, month: 3, day: 9)),
        // The only date: it dates the story, and is no revision.
        ("Updated March 4, 2019", PublicationDate(year: 2019, month: 3, day: 4), nil),
        // Not after the publication: nothing to show.
        ("Published March 3, 2019\nUpdated March 3, 2019", PublicationDate(year: 2019, month: 3, day: 3), nil),
        ("By Dana Whitfield", nil, nil),
    ]

    @Test("an Updated line is the story's revision date when it is after the publication date, else its date when it is the only one",
          arguments: revisionCases.indices)
    func revision(_ index: Int) throws {
        let (lines, date, updated) = Self.revisionCases[index]
        let text = "Council Funds the Footbridge\n\n\(lines)\n\nThe city council voted on Tuesday to fund the footbridge over Mill Creek, ending a two-year debate.\n"
        let article = try #require(TextArticleParser(corpus: CorpusStatistics()).parse(text, path: "r.txt").article)
        #expect(article.date == date)
        #expect(article.updated == updated)
        #expect(!article.bodyText.contains("pdated"))
    }

    @Test("plain text becomes escaped Markdown")
    func escapedMarkdown() throws {
        let text = "A Title For Escaping\n\n<script>alert(1)</script> costs *5* & [more](javascript:x) here.\n\n# not a heading, said the source.\n"
        let article = try #require(TextArticleParser(corpus: CorpusStatistics()).parse(text, path: "e.txt").article)
        #expect(article.paragraphs == ["<script>alert(1)</script> costs *5* & [more](javascript:x) here.",
                                       "# not a heading, said the source."])
        #expect(article.markdown == #"\<script\>alert\(1\)\</script\> costs \*5\* \& \[more\]\(javascript:x\) here."#
            + "\n\n" + ##"\# not a heading, said the source."##)
    }

    @Test("a line repeated across the corpus is chrome")
    func repeatedLines() throws {
        let chrome = "Audio playback is unavailable here"
        let texts = (1...3).map { "Story number \($0) begins with a long sentence about the town budget and its many problems.\n\(chrome)\nStory \($0) ends here with another sentence of text." }
        let corpus = CorpusStatistics(lineSets: texts.map { ($0.hashValue, CorpusStatistics.lineSet(of: $0)) })
        let article = try #require(TextArticleParser(corpus: corpus).parse(texts[0], path: "r.txt").article)
        #expect(!article.bodyText.contains(chrome))
        #expect(article.paragraphs.count == 2)
    }
}
