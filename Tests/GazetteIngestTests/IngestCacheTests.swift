import Foundation
import GazetteCore
import Testing
@testable import GazetteIngest

@Suite("Ingest cache")
struct IngestCacheTests {
    /// A small corpus of every kind: Markdown with full front matter, saved HTML, plain text,
    /// an empty file and a file cut at the size limit (read warnings).
    private func corpus() throws -> TempFolder {
        let folder = try TempFolder()
        try folder.write("a.md", """
            ---
            title: "Council <b>votes</b> on the budget"
            date: 2024-03-05T09:30:00+01:00
            author: Jane Roe
            source: The Daily Example
            url: https://example.com/a
            categories: [Politics, Local]
            tags: [budget, council]
            summary: The council voted.
            lang: en
            ---
            HARTFORD, Conn. (AP) — The council voted on *the budget* on Tuesday.

            Gov. Smith said it was "a fair deal". <script>alert(1)</script>

            Madeline Stocker contributed to this report.
            """)
        try folder.write("b.html", """
            <html><head><title>Storm hits the coast</title>
            <meta property="article:published_time" content="2023-10-01T08:00:00Z"></head>
            <body><nav>Home | News</nav><article><h1>Storm hits the coast</h1>
            <p>A storm hit the coast on Sunday, and thousands of homes lost power for the night.</p>
            <p>Crews worked through the night to restore it, the utility said in a statement.</p>
            </article></body></html>
            """)
        try folder.write("c.txt", "Plain Headline Here\n\nA sentence of body text that is long enough to count as prose here.\n")
        try folder.write("d.md", "")
        try folder.write("e.md", "---\ntitle: Long one\n---\n" + String(repeating: "Words of a long story. ", count: 200))
        try folder.write("f.md", "---\ndraft: true\ntitle: A draft\n---\nNot yet.\n")
        return folder
    }

    private func load(_ folder: TempFolder, cache: IngestCache?) throws -> IngestResult {
        ArticleLoader(options: IngestOptions(maxFileBytes: 2_000))
            .load(try ArticleLoader.inputFiles(in: folder.url), cache: cache)
    }

    private func expectSame(_ a: IngestResult, _ b: IngestResult) {
        #expect(a.articles == b.articles)
        #expect(a.diagnostics == b.diagnostics)
        #expect(a.skipped == b.skipped)
    }

    @Test("a cached load equals a load without the cache; only changed Markdown and HTML are parsed again")
    func cachedLoads() throws {
        let folder = try corpus()
        let cacheFolder = try TempFolder()
        let cache = IngestCache(path: cacheFolder.url.appendingPathComponent("ingest.cache").path, version: "test")
        let plain = try load(folder, cache: nil)
        #expect(plain.articles.count == 4)
        #expect(plain.diagnostics.contains { $0.path == "e.md" && $0.severity == .warning })

        let first = try load(folder, cache: cache)
        #expect(first.parsedFromCache == 0)
        expectSame(first, plain)

        let second = try load(folder, cache: cache)
        // a.md, b.html, e.md and f.md; the empty file is refused before parsing, plain text is always parsed.
        #expect(second.parsedFromCache == 4)
        expectSame(second, plain)

        try folder.write("a.md", "---\ntitle: Edited title\n---\nThe edited body of the article, long enough here.\n")
        let edited = try load(folder, cache: cache)
        #expect(edited.parsedFromCache == 3)
        expectSame(edited, try load(folder, cache: nil))
        #expect(edited.articles.first { $0.path == "a.md" }?.title == "Edited title")
    }

    @Test("with the build state's content hashes, an unchanged file is found by its hash and not read")
    func stampedLoads() throws {
        let folder = try corpus()
        let cacheFolder = try TempFolder()
        let cache = IngestCache(path: cacheFolder.url.appendingPathComponent("ingest.cache").path, version: "test")
        let files = try ArticleLoader.inputFiles(in: folder.url)
        func stamps() -> [String: UInt64] {
            Dictionary(uniqueKeysWithValues: files.map { ($0.path, FNV1a.hash((try? Data(contentsOf: $0.url)) ?? Data())) })
        }
        func load(_ stamps: [String: UInt64]) -> IngestResult {
            ArticleLoader(options: IngestOptions(maxFileBytes: 2_000)).load(files, cache: cache, stamps: stamps)
        }
        let plain = try self.load(folder, cache: nil)
        let first = load(stamps())
        #expect(first.parsedFromCache == 0)
        expectSame(first, plain)
        let second = load(stamps())
        // Every Markdown and HTML file, the empty one too (its refusal comes back); plain text is parsed.
        #expect(second.parsedFromCache == 5)
        // Read warnings (e.md is cut at the size limit) come back with the parse.
        expectSame(second, plain)

        // The file is not read while its hash is the one the state gave: the old parse stands.
        let old = stamps()
        try folder.write("a.md", "---\ntitle: Edited title\n---\nThe edited body of the article, long enough here.\n")
        #expect(load(old).articles.first { $0.path == "a.md" }?.title == plain.articles.first { $0.path == "a.md" }?.title)
        // With its new hash it is read and parsed again.
        let edited = load(stamps())
        #expect(edited.parsedFromCache == 4)
        expectSame(edited, try self.load(folder, cache: nil))
        #expect(edited.articles.first { $0.path == "a.md" }?.title == "Edited title")
    }

    @Test("with a body store, a load gives the same articles, each with its body in the store")
    func storedBodies() throws {
        let folder = try corpus()
        let plain = try load(folder, cache: nil)
        let store = try #require(BodyStore())
        let stored = ArticleLoader(options: IngestOptions(maxFileBytes: 2_000))
            .load(try ArticleLoader.inputFiles(in: folder.url), bodies: store)
        expectSame(stored, plain)
        #expect(stored.articles.count == 4 && stored.articles.allSatisfy { $0.isBodyStored })
        #expect(stored.articles.map(\.markdown) == plain.articles.map(\.markdown))
        #expect(!plain.articles.contains { $0.isBodyStored })
        // From the cache, with a store: bodies parsed again go to the store, the others stay in
        // the cache file; every one reads back as parsed.
        let cacheFolder = try TempFolder()
        let cache = IngestCache(path: cacheFolder.url.appendingPathComponent("ingest.cache").path, version: "test")
        for round in 0..<2 {
            let cached = ArticleLoader(options: IngestOptions(maxFileBytes: 2_000))
                .load(try ArticleLoader.inputFiles(in: folder.url), cache: cache, bodies: try #require(BodyStore()))
            #expect(cached.parsedFromCache == (round == 0 ? 0 : 4))
            expectSame(cached, plain)
            #expect(cached.articles.allSatisfy { $0.isBodyStored })
            #expect(cached.articles.map(\.paragraphs) == plain.articles.map(\.paragraphs))
            #expect(cached.articles.map(\.markdown) == plain.articles.map(\.markdown))
            // The digest a body left in the cache file brings with it is that of its text.
            #expect(cached.articles.map(\.bodyDigest) == plain.articles.map(\.bodyDigest))
        }
    }

    @Test("another version's cache, or a damaged one, is not read")
    func versionAndDamage() throws {
        let folder = try corpus()
        let cacheFolder = try TempFolder()
        let path = cacheFolder.url.appendingPathComponent("ingest.cache").path
        _ = try load(folder, cache: IngestCache(path: path, version: "one"))
        #expect(try load(folder, cache: IngestCache(path: path, version: "two")).parsedFromCache == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count / 2] ^= 0xFF
        bytes.removeLast(3)
        try bytes.write(to: URL(fileURLWithPath: path))
        let damaged = try load(folder, cache: IngestCache(path: path, version: "two"))
        #expect(damaged.parsedFromCache == 0)
        expectSame(damaged, try load(folder, cache: nil))
    }

    @Test("an outcome decodes to what was encoded, every field; a cut entry decodes to nil")
    func coding() throws {
        let date = PublicationDate(year: 2024, month: 3, day: 5, hour: 9, minute: 30, second: nil, utcOffsetMinutes: -300)
        let article = Article(
            path: "x/a.md", format: .markdown, title: "Title · “quoted”", titleIsDerived: true, slug: "a-slug",
            date: date, updated: PublicationDate(year: 2024, month: 3, day: 6), byline: "Jane Roe", dateline: nil, source: "Source", url: "https://e.com/",
            categories: ["One", "Two"], tags: [], summary: "", language: "en", draft: true,
            credits: ["Credit line."], links: ["photo.jpg", "../b.md#x"],
            image: ArticleImage(source: "photo.jpg", alt: "A pier", caption: "Photo: Bo Yu"),
            aliases: ["2015/07/a/index.html", "news/a.html"], isPage: true,
            params: [ArticleParam(key: "sponsor", value: .text("Acme")), ArticleParam(key: "Featured", value: .flag(true)),
                     ArticleParam(key: "series", value: .list(["Storm", "2024"])), ArticleParam(key: "empty", value: .list([]))],
            headings: [ArticleHeading(level: 2, text: "What happened"), ArticleHeading(level: 3, text: "Zürich’s café")],
            paragraphs: ["First.", "Second ✓."],
            markdown: "First.\n\nSecond ✓.\n"
        )
        // A new field of `Article` must be added to the coding (and here); `body` holds both
        // `paragraphs` and `markdown`.
        #expect(Mirror(reflecting: article).children.count == 25)
        let diagnostics = [
            Diagnostic(path: "x/a.md", line: 3, column: nil, severity: .warning, message: "a warning"),
            Diagnostic(path: "x/a.md", severity: .note, message: "a note"),
        ]
        let cases = [
            FileOutcome(article: article, diagnostics: diagnostics),
            FileOutcome(article: Article(path: "b.txt", format: .text, title: "T", paragraphs: [], markdown: "")),
            FileOutcome(article: Article(path: "d.md", format: .markdown, title: "T", image: ArticleImage(source: "https://e.com/p.jpg"),
                                         paragraphs: ["P."], markdown: "P.")),
            FileOutcome.skipped(.error("c.html", "not an article")),
        ]
        // Also decoded with the body left in a cache file holding the entry.
        let cacheFolder = try TempFolder()
        let file = CacheFile(path: cacheFolder.url.appendingPathComponent("outcomes.cache").path, version: "test")
        guard var writer = CacheFileWriter(file) else {
            Issue.record("no cache writer")
            return
        }
        let added = writer.add(cases.indices.map { (Hash128(high: UInt64($0), low: 0), cases[$0].encoded()) })
        let finished = writer.finish()
        #expect(added && finished)
        let reader = try #require(CacheFileReader(file))
        for (index, outcome) in cases.enumerated() {
            let bytes = outcome.encoded()
            let decoded = try #require(FileOutcome(decoding: bytes))
            #expect(decoded.article == outcome.article)
            #expect(decoded.diagnostics == outcome.diagnostics)
            let (stored, offset) = try #require(reader.entry(for: Hash128(high: UInt64(index), low: 0)))
            let left = try #require(FileOutcome(decoding: stored, file: (reader, offset)))
            #expect(left.article == outcome.article && left.diagnostics == outcome.diagnostics)
            #expect(left.article?.isBodyStored ?? true)
            #expect(left.article?.paragraphs == outcome.article?.paragraphs && left.article?.markdown == outcome.article?.markdown)
            for cut in 0..<bytes.count {
                #expect(FileOutcome(decoding: Array(bytes.prefix(cut))) == nil)
                #expect(FileOutcome(decoding: Array(bytes.prefix(cut)), file: (reader, offset)) == nil)
            }
            #expect(FileOutcome(decoding: bytes + [0]) == nil)
            #expect(FileOutcome(decoding: bytes + [0], file: (reader, offset)) == nil)
        }
    }
}
