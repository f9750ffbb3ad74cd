import Foundation
import Testing

@testable import GazetteCore

@Suite("Body store")
struct BodyStoreTests {
    private static func article(_ paragraphs: [String], _ markdown: String) -> Article {
        Article(path: "a.md", format: .markdown, title: "T", paragraphs: paragraphs, markdown: markdown)
    }

    /// Bodies that could trip a byte encoding: none, empty strings, non-ASCII, long text.
    static let bodies: [([String], String)] = [
        ([], ""),
        ([""], "\n"),
        (["First paragraph.", "Second ✓ — “quoted”, 日本語, e\u{301}."], "First paragraph.\n\nSecond ✓ — *quoted*.\n"),
        ([String(repeating: "A long paragraph of words. ", count: 5_000)], String(repeating: "x", count: 200_000)),
    ]

    @Test("a stored body reads back as it was, and the article is equal to and hashes as the one in memory",
          arguments: bodies.indices)
    func roundTrip(_ index: Int) throws {
        let store = try #require(BodyStore())
        let (paragraphs, markdown) = Self.bodies[index]
        let inMemory = Self.article(paragraphs, markdown)
        var stored = inMemory
        stored.storeBody(in: store)
        #expect(stored.isBodyStored && !inMemory.isBodyStored)
        #expect(stored.paragraphs == paragraphs)
        #expect(stored.markdown == markdown)
        #expect(stored == inMemory)
        #expect(stored.hashValue == inMemory.hashValue)
        #expect(stored != Self.article(paragraphs, markdown + "x"))
        #expect(stored != Self.article(paragraphs + ["x"], markdown))
        #expect(!stored.withBodyInMemory().isBodyStored)
        #expect(stored.withBodyInMemory() == inMemory)
        #expect(stored.bodyDigest == inMemory.bodyDigest)
    }

    @Test("a body's digest tells paragraphs and Markdown apart, and follows an edit of a stored body")
    func digest() throws {
        let store = try #require(BodyStore())
        let base = Self.article(["One.", "Two."], "One.\n\nTwo.\n")
        let digests = [base, Self.article(["One.\n\nTwo."], "One.\n\nTwo.\n"), Self.article(["One.", "Two."], "One. Two.\n"),
                       Self.article([], "")].map(\.bodyDigest)
        #expect(Set(digests).count == digests.count)
        #expect(Set(digests.map(\.paragraphs)).count == 3)
        var stored = base
        stored.storeBody(in: store)
        #expect(stored.bodyDigest == base.bodyDigest)
        stored.paragraphs = ["One."]
        #expect(stored.bodyDigest == Self.article(["One."], "One.\n\nTwo.\n").bodyDigest)
        stored.storeBody(in: store)
        stored.markdown = "One.\n"
        #expect(stored.bodyDigest == Self.article(["One."], "One.\n").bodyDigest)
    }

    @Test("many bodies in one store each read back as their own, from several threads")
    func manyBodies() throws {
        let store = try #require(BodyStore())
        let originals = (0..<300).map { i in
            Self.article((0..<(i % 7)).map { "Paragraph \($0) of article \(i)." }, "Markdown of article \(i).")
        }
        let stored = Concurrent.map(originals.count) { i in
            var article = originals[i]
            article.storeBody(in: store)
            return article
        }
        #expect(stored.allSatisfy { $0.isBodyStored })
        let readBack = Concurrent.map(stored.count) { stored[$0].paragraphs }
        #expect(readBack == originals.map(\.paragraphs))
        #expect(stored.map(\.markdown) == originals.map(\.markdown))
    }

    @Test("changing a stored body brings it back to memory with the change, and the other part kept")
    func change() throws {
        let store = try #require(BodyStore())
        var article = Self.article(["One.", "Two."], "One.\n\nTwo.\n")
        article.storeBody(in: store)
        article.paragraphs.append("Three.")
        #expect(!article.isBodyStored)
        #expect(article.paragraphs == ["One.", "Two.", "Three."])
        #expect(article.markdown == "One.\n\nTwo.\n")
        article.storeBody(in: store)
        article.markdown = "Changed."
        #expect(article == Self.article(["One.", "Two.", "Three."], "Changed."))
        #expect(article != Self.article(["One.", "Two."], "Changed."))
    }

    @Test("a folder where no file can be made gives no store")
    func noFolder() {
        #expect(BodyStore(directory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")) == nil)
    }
}
