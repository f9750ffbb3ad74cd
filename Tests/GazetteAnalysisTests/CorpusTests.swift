import GazetteCore
import Testing
@testable import GazetteAnalysis

@Suite("Topics, related stories and duplicates")
struct CorpusTests {
    @Test("every Hartford article gets a topic, and topics are well formed")
    func topics() throws {
        let result = Analyzer().analyze(Fixtures.hartford + [Fixtures.football])
        for a in 0..<3 { #expect(!result.articles[a].topics.isEmpty, "article \(a)") }
        let slugs = result.topics.map(\.slug)
        #expect(Set(slugs).count == slugs.count)
        for topic in result.topics {
            #expect(topic.articles.count >= 2)
            #expect(topic.slug == Slug.make(topic.slug))
            #expect(!topic.summary.isEmpty && !topic.reason.isEmpty)
            let dates = topic.articles.map { (Fixtures.hartford + [Fixtures.football])[$0].date }
            let dated = dates.compactMap { $0 }
            #expect(dated == dated.sorted(by: >), "newest first")
            for a in topic.articles { #expect(result.articles[a].topics.contains(topic.slug)) }
        }
        #expect(result.topics.contains { $0.name.contains("Hartford") })
        #expect(zip(result.topics, result.topics.dropFirst()).allSatisfy { $0.articles.count >= $1.articles.count })
    }

    @Test("related stories exclude the article itself and rank by similarity")
    func related() {
        let result = Analyzer(options: AnalysisOptions(relatedCount: 2)).analyze(Fixtures.hartford + [Fixtures.football])
        for (i, analysis) in result.articles.enumerated() {
            #expect(!analysis.related.contains(i))
            #expect(analysis.related.count <= 2)
        }
        #expect(result.articles[0].related.first.map { $0 < 3 } == true)
        #expect(!result.articles[1].related.contains(3))
    }

    @Test("in a small corpus, articles on one subject are each other's related stories")
    func smallCorpusRelated() {
        let result = Analyzer().analyze(Fixtures.hartford)
        for (i, analysis) in result.articles.enumerated() {
            #expect(Set(analysis.related) == Set((0..<Fixtures.hartford.count).filter { $0 != i }), "article \(i)")
        }
    }

    @Test("copies (spacing aside) point to the first copy; edited and re-titled copies are versions; none is related")
    func duplicates() {
        var copy = Fixtures.troopers
        copy.path = "z.txt"
        var edited = Fixtures.troopers
        edited.path = "y.txt"
        edited.paragraphs[1] += " Officials did not say more."
        var retitled = Fixtures.troopers
        retitled.path = "x.txt"
        retitled.title = "Troopers head to the capital city"
        var respaced = Fixtures.troopers
        respaced.path = "a.txt"
        respaced.paragraphs = [respaced.paragraphs.joined(separator: "  ")]
        let result = Analyzer().analyze([Fixtures.patrols, Fixtures.troopers, copy, Fixtures.resources, edited, retitled, respaced])
        // Indices: 0 patrols, 1 troopers, 2 copy, 3 resources, 4 edited, 5 retitled, 6 respaced (paragraph breaks now spaces).
        #expect(result.articles.map(\.duplicateOf) == [nil, nil, 1, nil, nil, nil, 1])
        #expect(result.articles.prefix(6).map(\.versions) == [[], [4, 5], [4, 5], [], [1, 5], [1, 4]])
        #expect(!result.articles[1].related.contains(2) && !result.articles[1].related.contains(4))
        #expect(!result.articles[1].related.contains(5))
        // Another story's copies and versions (1, 2, 4, 5, 6) appear only through the first of them.
        for other in [0, 3] {
            #expect(result.articles[other].related.filter { [2, 4, 5, 6].contains($0) } == [], "article \(other)")
        }
        #expect(result.topics.allSatisfy { !$0.articles.contains(2) })
    }

    /// Two shingle sets with a chosen Jaccard similarity, from a fixed stream of shingles.
    static func shinglePair(size: Int, jaccard: Double, stream: inout UInt64) -> ([UInt64], [UInt64]) {
        func next() -> UInt64 {
            stream &+= 0x9E37_79B9_7F4A_7C15
            return DuplicateDetector.mix(stream)
        }
        // |A ∩ B| = s and |A| = |B| = size give J = s / (2 size - s).
        let shared = Int((2 * Double(size) * jaccard / (1 + jaccard)).rounded())
        let common = (0..<shared).map { _ in next() }
        return (common + (shared..<size).map { _ in next() }, common + (shared..<size).map { _ in next() })
    }

    /// The signature's bins agree about as often as the sets' Jaccard similarity, for long texts
    /// and for short ones whose bins are mostly filled from others; equal sets agree everywhere.
    @Test("signature agreement estimates Jaccard similarity", arguments: [5, 40, 300, 2_000])
    func minHashAgreement(size: Int) throws {
        var stream: UInt64 = UInt64(size) &* 0x1234_5678_9ABC
        for jaccard in [1.0, 0.9, 0.8, 0.5, 0.2, 0.0] {
            var total = 0.0
            let trials = 40
            for _ in 0..<trials {
                let (a, b) = Self.shinglePair(size: size, jaccard: jaccard, stream: &stream)
                let agreement = DuplicateDetector.agreement(try #require(DuplicateDetector.signature(a)),
                                                            try #require(DuplicateDetector.signature(b)))
                if jaccard == 1 { #expect(agreement == 1) }
                total += agreement
            }
            // The set sizes round the similarity (5 shingles: 0.8 is 4 shared of 6, so 0.67).
            let shared = (2 * Double(size) * jaccard / (1 + jaccard)).rounded()
            let exact = shared / (2 * Double(size) - shared)
            #expect(abs(total / Double(trials) - exact) < 0.05, "\(size) shingles, Jaccard \(exact): mean agreement \(total / Double(trials))")
        }
        #expect(DuplicateDetector.signature([]) == nil)
    }

    /// The streamed hash must be the hash of the spaced text for every kind of spacing, and the
    /// text pass's hashes must find the same copies as reading every body again.
    @Test("copy hashes are the spaced text's FNV-1a hash, and find the same copies",
          arguments: [
              ("Title", ["One two", "three"]),
              ("Title", ["One  two\tthree", "", " \n "]),
              ("", ["  leading and trailing  "]),
              ("Zoë", ["Ça va ?\u{0}  next", "\u{0} after a NUL"]),
              ("T", []),
          ])
    func copyHashes(title: String, paragraphs: [String]) {
        #expect(DuplicateDetector.copyHash(title, paragraphs) == FNV1a.hash(DuplicateDetector.spacedText(title, paragraphs)))
        var article = Fixtures.troopers
        article.title = title
        article.paragraphs = paragraphs
        #expect(ArticleText(article: article, splitter: SentenceSplitter()).copyHash == DuplicateDetector.copyHash(title, paragraphs))
        var respaced = article
        respaced.path = "respaced.txt"
        respaced.paragraphs = [paragraphs.joined(separator: " ")]
        let articles = [Fixtures.patrols, article, respaced, Fixtures.troopers, article]
        let found = DuplicateDetector.exactCopies(articles, hashes: articles.map { DuplicateDetector.copyHash($0.title, $0.paragraphs) })
        // The same copies as with the hashes of the built texts, which is how they were first found.
        #expect(found == DuplicateDetector.exactCopies(articles, hashes: articles.map {
            FNV1a.hash(DuplicateDetector.spacedText($0.title, $0.paragraphs))
        }))
        #expect(found[4] == 1)
    }

    @Test("the same input gives the same analysis")
    func deterministic() {
        let input = Fixtures.hartford + [Fixtures.football]
        let options = AnalysisOptions(explain: true)
        #expect(Analyzer(options: options).analyze(input) == Analyzer(options: options).analyze(input))
    }

    @Test("bodies in a body store, and text parts in a scratch file, give the same analysis as in memory",
          arguments: [false, true])
    func storedBodies(explain: Bool) throws {
        var copy = Fixtures.patrols
        copy.path = "e.txt"
        let input = Fixtures.hartford + [Fixtures.football, copy]
        let store = try #require(BodyStore())
        let stored = input.map { article in
            var article = article
            article.storeBody(in: store)
            return article
        }
        let options = AnalysisOptions(explain: explain)
        var inMemory = Analyzer(options: options)
        inMemory.spillsText = false
        let expected = inMemory.analyze(input)
        #expect(Analyzer(options: options).analyze(stored) == expected)
        #expect(Analyzer(options: options).analyze(input) == expected)
        #expect(!expected.topics.isEmpty)
        #expect(expected.articles[4].duplicateOf == 0)
        // Every sentence is kept only to explain its score; the summary always is.
        #expect(expected.articles.allSatisfy { $0.sentences.count == $0.scores.count })
        #expect(expected.articles.allSatisfy { !$0.summary.isEmpty })
        #expect(expected.articles.allSatisfy { $0.sentences.isEmpty != explain })
    }

    @Test("the sample articles each get a topic and a summary")
    func seeds() throws {
        let articles = try SeedFiles.load()
        try #require(articles.count == 3)
        let result = Analyzer().analyze(articles)
        for analysis in result.articles {
            #expect(!analysis.topics.isEmpty)
            #expect((1...3).contains(analysis.summary.count))
        }
    }
}
