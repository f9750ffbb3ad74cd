import Foundation
import GazetteCore
import Testing
@testable import GazetteIngest

/// SplitMix64: a small seeded generator, so every run feeds the same bytes.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random and mutated inputs built from the fixtures and from pieces that trip parsers.
struct InputMutator {
    var random: SeededGenerator

    static let pieces: [[UInt8]] = [
        "---\n", "...\n", "\n\n", "title: [", "date: 2015-13-45\n", "slug: ../../x\n", "<script>alert(1)</script>",
        "posted by: x | July 21, 2015 8:08am\n", "By . ", " PUBLISHED: ", "(CNN) -- ", "HARTFORD, Conn. (AP) — ",
        "Tags: , , ,\n", "Posted to: ,\n", "Comments\n", "# ", "```", "&amp;", "\u{202E}", "\u{FEFF}", "\r\n", "\r",
        "Sign up for our newsletter.\n", "Christine Stuart photo ", "*[_`", "&anchor x\n", "*anchor\n",
        "image: ../../etc/passwd\n", "image: javascript:alert(1)\n", "aliases: [/a/, ../b/, /index.html]\n", "type: page\n",
        "images:\n  - x.png\n", "alias: /%2e%2e/\n", "updated: 2015-07-20\n", "sponsor: [a, {b: c}]\n", "featured: ~\n", "\n## Section\n", "Setext\n---\n", "lastmod: 2099-01-01T10:00:00Z\n",
        "<meta property=\"article:modified_time\" content=\"2015-07-22\">",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x00], [0x1B, 0x5B], [0xED, 0xA0, 0x80]]

    mutating func bytes(from seed: [UInt8]) -> [UInt8] {
        var bytes = seed
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0: bytes.insert(contentsOf: Self.pieces.randomElement(using: &random)!, at: at)
            case 1 where at < bytes.count: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, at + Int.random(in: 1...40, using: &random))
                bytes.removeSubrange(min(at, end)..<end)
            case 3:
                let end = min(bytes.count, at + Int.random(in: 0...60, using: &random))
                let chunk = Array(bytes[min(at, end)..<end])
                bytes.insert(contentsOf: chunk, at: at)
            case 4: bytes.insert(contentsOf: (0..<Int.random(in: 1...30, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
            default: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "a"), count: Int.random(in: 1...500, using: &random)), at: at)
            }
        }
        return bytes
    }

    mutating func randomBytes() -> [UInt8] {
        (0..<Int.random(in: 0...600, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
    }
}

@Suite("Fuzzing")
struct FuzzTests {
    static let seeds: [[UInt8]] = [
        Fixtures.masthead, Fixtures.kicker, Fixtures.untitled, Fixtures.titleThenLines, Fixtures.wire,
        Fixtures.tabloid, Fixtures.agencyTag, Fixtures.wrapped, MarkdownArticleTests.full,
        "---\ntitle: T\ndate: 2020-01-01\ntags: [a, b]\n---\n# H\n\nText *with* [a link](http://x).\n",
        "---\ntitle: About\ntype: page\nimage: photos/a b.png\nimage_alt: A\naliases: [/about/, /old/about.html]\n---\nWho we are.\n",
    ].map { Array($0.utf8) }

    @Test("thousands of mutated files never crash the loader and keep its invariants", arguments: 0..<8)
    func mutatedFiles(round: Int) throws {
        var mutator = InputMutator(random: SeededGenerator(state: UInt64(round) &* 7919 &+ 1))
        let folder = try TempFolder()
        var files: [InputFile] = []
        for i in 0..<300 {
            let seed = Self.seeds[i % Self.seeds.count]
            let bytes = i % 10 == 9 ? mutator.randomBytes() : mutator.bytes(from: seed)
            let ext = ["txt", "md", "markdown", "txt", "md"][i % 5]
            files.append(try folder.write("f\(round)-\(i).\(ext)", Data(bytes)))
        }
        Self.checkInvariants(ArticleLoader().load(files), files: files)
    }

    @Test("random bytes decode or are refused, never crash", arguments: 0..<4)
    func randomDecoding(round: Int) {
        var mutator = InputMutator(random: SeededGenerator(state: 0xC0FFEE &+ UInt64(round)))
        for i in 0..<500 {
            let bytes = i % 2 == 0 ? mutator.randomBytes() : mutator.bytes(from: Self.seeds[i % Self.seeds.count])
            switch SourceReader.decode(Data(bytes), path: "r.txt", maxBytes: 400) {
            case .text(let source):
                #expect(source.warnings.allSatisfy { $0.path == "r.txt" && $0.severity == .warning })
                _ = TextArticleParser(corpus: CorpusStatistics()).parse(source.text, path: "r.txt")
                _ = MarkdownArticleParser.parse(source.text, path: "r.md")
            case .rejected(let diagnostic):
                #expect(diagnostic.path == "r.txt" && diagnostic.severity == .error)
            }
        }
    }

    static func checkInvariants(_ result: IngestResult, files: [InputFile]) {
        let paths = Set(files.map(\.path))
        var slugs = Set<String>()
        for article in result.articles {
            #expect(paths.contains(article.path))
            #expect(article.slug.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "bad slug \(article.slug)")
            #expect(slugs.insert(article.slug).inserted)
            #expect(!article.title.isEmpty && article.title.count <= TitleText.maxLength)
            #expect(!article.title.unicodeScalars.contains { TextSanitizer.isInvisible($0) })
            #expect(article.paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
            if article.format == .text { #expect(!article.markdown.contains(/(^|[^\\])</)) }
            // Images and aliases only as `ArticleImage.isUsable` and `AliasPath` allow.
            if let image = article.image { #expect(ArticleImage.isUsable(image.source)) }
            #expect(article.aliases.count <= AliasPath.maximumCount)
            for alias in article.aliases {
                #expect(alias.hasSuffix(".html") || alias.lowercased().hasSuffix(".htm"))
                #expect(!alias.split(separator: "/").contains { $0 == ".." || $0.hasPrefix(".") } && !alias.hasPrefix("/"))
            }
            #expect(article.wordCount == Article.countWords(article.paragraphs))
            #expect(article.params.count <= ArticleParam.maximumCount)
            #expect(article.headings.allSatisfy { (1...6).contains($0.level) && !$0.text.contains("\n") })
            if article.format == .text { #expect(article.headings.isEmpty) }
            // A revision date only after the publication date.
            if let updated = article.updated, let date = article.date { #expect(updated > date) }
            if let updated = article.updated { #expect(updated.isValid) }
        }
        for diagnostic in result.diagnostics {
            #expect(paths.contains(diagnostic.path))
            #expect(!diagnostic.message.isEmpty)
        }
        #expect(result.diagnostics == result.diagnostics.sorted())
        let accounted = Set(result.articles.map(\.path)).union(result.skipped)
        let drafts = result.diagnostics.filter { $0.severity == .note }.map(\.path)
        #expect(accounted.union(drafts) == paths)
        for path in result.skipped {
            #expect(result.diagnostics.contains { $0.path == path && $0.severity == .error })
        }
    }
}
