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

    @Test("no topic takes the slug of the topic list's page; other clashes still take suffixes",
          arguments: [(["Index"], ["index-2"]), (["Index", "index"], ["index-2", "index-3"]),
                      (["Indexes", "Hartford"], ["hartford", "indexes"])])
    func reservedSlugs(names: [String], slugs: [String]) {
        let articles = Fixtures.hartford
        let candidates = names.enumerated().map { i, name in
            TopicCandidate(key: "key \(i)", name: name, kind: nil, articles: Array(articles.indices),
                           strength: articles.map { _ in 1 }, aliases: ["key \(i)"])
        }
        let (topics, _) = TopicBuilder().build(candidates, articles: articles,
                                               summaries: articles.map { _ in [] }, duplicateOf: articles.map { _ in nil })
        #expect(topics.map(\.slug).sorted() == slugs)
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

    /// `detect` finds buckets by sorting; the reference fills a dictionary of buckets in article
    /// order, as `detect` once did. Signatures come in families that share some bands, so
    /// buckets hold many articles (more than the 64 earlier ones `detect` compares with), and
    /// some articles have no signature.
    @Test("near-duplicate detection matches the dictionary-of-buckets reference", arguments: [1, 7, 300, 2_000])
    func bucketsBySorting(count: Int) {
        var stream = UInt64(count) &* 0x9E37_79B9
        func next() -> UInt64 {
            stream = DuplicateDetector.mix(stream)
            return stream
        }
        let families = (0..<max(1, count / 150)).map { _ in (0..<DuplicateDetector.hashes).map { _ in next() } }
        let signatures: [[UInt64]?] = (0..<count).map { _ in
            if next() % 13 == 0 { return nil }
            var signature = families[Int(next() % UInt64(families.count))]
            // Keep most values (same bands, often above the threshold), change the others.
            let kept = [1.0, 0.95, 0.85, 0.7, 0.3][Int(next() % 5)]
            for k in signature.indices where Double(next() % 1000) / 1000 >= kept { signature[k] = next() }
            return signature
        }
        let detector = DuplicateDetector()
        #expect(detector.detect(signatures: signatures) == Self.referenceDetect(signatures, threshold: detector.threshold))
        if count >= 300 { #expect(detector.detect(signatures: signatures).contains { $0 != nil }) }
    }

    /// An article is compared with the first 64 earlier articles of each bucket it falls in. Here
    /// the near-copy shares 28 of 32 bands with the original, and each of those bands is also
    /// shared by `crowd` earlier articles unlike either: with 63 the original is the 64th of each
    /// bucket and found, with 64 it is the 65th and missed.
    @Test("each bucket compares the first 64 earlier articles", arguments: [(63, true), (64, false)])
    func crowdedBuckets(crowd: Int, found: Bool) {
        var stream: UInt64 = 99
        func random() -> [UInt64] {
            (0..<DuplicateDetector.hashes).map { _ in
                stream = DuplicateDetector.mix(stream)
                return stream
            }
        }
        let rows = DuplicateDetector.hashes / DuplicateDetector.bands
        let original = random()
        var copy = original
        for band in 28..<DuplicateDetector.bands { for r in 0..<rows { copy[band * rows + r] = random()[0] } }
        var signatures: [[UInt64]?] = []
        for band in 0..<28 {
            for _ in 0..<crowd {
                var member = random()
                for r in 0..<rows { member[band * rows + r] = original[band * rows + r] }
                signatures.append(member)
            }
        }
        signatures += [original, copy]
        let detected = DuplicateDetector().detect(signatures: signatures)
        #expect(detected.last! == (found ? signatures.count - 2 : nil))
        let reference = Self.referenceDetect(signatures, threshold: DuplicateDetector().threshold)
        #expect(detected.indices.filter { detected[$0] != reference[$0] }.isEmpty)
    }

    static func referenceDetect(_ signatures: [[UInt64]?], threshold: Double) -> [Int?] {
        let rows = DuplicateDetector.hashes / DuplicateDetector.bands
        var buckets: [UInt64: [Int]] = [:]
        var duplicateOf = [Int?](repeating: nil, count: signatures.count)
        for j in signatures.indices {
            guard let signature = signatures[j] else { continue }
            var best: Int? = nil
            for band in 0..<DuplicateDetector.bands {
                var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
                for r in 0..<rows { key = DuplicateDetector.mix(key ^ signature[band * rows + r]) }
                for i in (buckets[key] ?? []).prefix(64) where best.map({ i < $0 }) ?? true {
                    let same = zip(signatures[i]!, signature).filter { $0 == $1 }.count
                    if Double(same) / Double(signature.count) >= threshold { best = i }
                }
                buckets[key, default: []].append(j)
            }
            if let best { duplicateOf[j] = duplicateOf[best] ?? best }
        }
        return duplicateOf
    }

    /// Table sizes from one alias to thousands, hashes that collide in their slots, topics
    /// listing one alias hash twice (each listing counts), and keys of no topic.
    @Test("the alias table finds the topics a dictionary of lists finds", arguments: [0, 1, 5, 3_000])
    func aliasTable(topics: Int) {
        var stream = UInt64(topics) &+ 17
        func next() -> UInt64 {
            stream = DuplicateDetector.mix(stream)
            return stream
        }
        // A small pool of hashes, many sharing their low bits, so slots fill up and probe on.
        let pool = (0..<max(1, topics / 2)).map { k in k % 3 == 0 ? next() << 20 : next() }
        let aliases = (0..<topics).map { _ in (0..<Int(1 + next() % 4)).map { _ in pool[Int(next() % UInt64(pool.count))] } }
        var reference: [UInt64: [Int32]] = [:]
        for (t, hashes) in aliases.enumerated() { for h in hashes { reference[h, default: []].append(Int32(t)) } }
        let table = AliasTable(aliases)
        // Keys of no topic as well: most look-ups of an article's mentions find nothing.
        for key in pool + [0, 1] + (0..<500).map({ _ in next() }) {
            var found: [Int32] = []
            table.forEachTopic(of: key) { found.append($0) }
            #expect(found == reference[key] ?? [], "key \(key)")
        }
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
