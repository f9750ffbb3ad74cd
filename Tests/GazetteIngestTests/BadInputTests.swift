import Foundation
import GazetteCore
import Testing
@testable import GazetteIngest

/// A bad file and the one diagnostic it must produce, as printed.
struct BadFileCase: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var bytes: [UInt8]
    var diagnostic: String
    var skipped: Bool
    var testDescription: String { name }
}

@Suite("Bad input")
struct BadInputTests {
    static let story = Array("Quiet Night on Main Street\n\nNothing much happened on Main Street on Tuesday, residents said.\n".utf8)

    static let cases: [BadFileCase] = [
        BadFileCase(name: "empty", file: "empty.txt", bytes: [], diagnostic: "empty.txt: error: empty file; skipped", skipped: true),
        BadFileCase(name: "blank", file: "blank.md", bytes: Array(" \n\n\t\n".utf8),
                    diagnostic: "blank.md: error: empty file; skipped", skipped: true),
        BadFileCase(name: "NUL bytes", file: "nul.txt", bytes: story + [0, 1, 2, 0],
                    diagnostic: "nul.txt: error: binary file (not text); skipped", skipped: true),
        BadFileCase(name: "random bytes", file: "noise.txt", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) | 0x80 },
                    diagnostic: "noise.txt: error: binary file (not text); skipped", skipped: true),
        BadFileCase(name: "invalid UTF-8", file: "latin1.txt",
                    bytes: Array("Caf".utf8) + [0xE9] + Array(" Opens Its Doors\n\nThe caf".utf8) + [0xE9] + Array(" on the corner opened on Monday, the owner said.\n".utf8),
                    diagnostic: "latin1.txt:1:4: warning: invalid UTF-8: 2 byte sequences replaced with U+FFFD", skipped: false),
        BadFileCase(name: "chrome only", file: "chrome.txt", bytes: Array("Contact Us\n\nShare this story with others.\n".utf8),
                    diagnostic: "chrome.txt: error: no article text found; skipped", skipped: true),
        BadFileCase(name: "unclosed front matter", file: "open.md", bytes: Array("---\ntitle: Open\n\nBody text.\n".utf8),
                    diagnostic: "open.md:1:1: error: front matter: no closing '---' line; skipped", skipped: true),
        BadFileCase(name: "broken front matter", file: "broken.md", bytes: Array("---\ntitle: Fine\ndate: [2015-07-21\n---\nBody.\n".utf8),
                    diagnostic: "broken.md:4:1: error: front matter: did not find expected ',' or ']'; skipped", skipped: true),
        BadFileCase(name: "front matter not a mapping", file: "list.md", bytes: Array("---\n- a\n- b\n---\nBody.\n".utf8),
                    diagnostic: "list.md:2:1: error: front matter: expected a mapping; skipped", skipped: true),
    ]

    @Test("each bad file is named, and skipped or kept", arguments: cases)
    func badFile(_ testCase: BadFileCase) throws {
        let folder = try TempFolder()
        try folder.write(testCase.file, Data(testCase.bytes))
        try folder.write("good.txt", Data(Self.story))
        let result = try folder.load()
        #expect(result.diagnostics.map(\.description) == [testCase.diagnostic])
        #expect(result.skipped == (testCase.skipped ? [testCase.file] : []))
        #expect(result.articles.map(\.path).contains("good.txt"))
        #expect(result.articles.count == (testCase.skipped ? 1 : 2))
    }

    @Test("a file over the limit is cut at a paragraph boundary")
    func truncation() throws {
        let paragraph = "This is a sentence of a very long article about nothing in particular. "
        let text = "A Very Long Article\n\n" + (0..<200).map { _ in String(repeating: paragraph, count: 3) }.joined(separator: "\n\n")
        let folder = try TempFolder()
        try folder.write("long.txt", text)
        let result = try folder.load(IngestOptions(maxFileBytes: 10_000))
        let article = try #require(result.articles.first)
        #expect(article.paragraphs.allSatisfy { $0 == String(repeating: paragraph, count: 3).trimmingCharacters(in: .whitespaces) })
        let kept = article.paragraphs.count
        #expect(kept > 10 && kept < 50)
        let limit = result.diagnostics.map(\.description)
        #expect(limit.count == 1 && limit[0].hasPrefix("long.txt: warning: file is larger than 10000 bytes; read the first "))
    }

    @Test("a 10 MB file is read in bounded time")
    func hugeFile() throws {
        let line = "Word salad with no end and no real meaning at all, said nobody in particular today.\n"
        let folder = try TempFolder()
        try folder.write("huge.txt", String(repeating: line, count: 10_000_000 / line.utf8.count))
        try folder.write("oneline.txt", String(repeating: "abc def ", count: 1_300_000))
        let start = ContinuousClock.now
        let result = try folder.load()
        // Generous for a debug build on a shared machine; the quadratic reflow this guards
        // against took over ten minutes here.
        #expect(ContinuousClock.now - start < .seconds(120))
        #expect(result.articles.count == 2)
        #expect(result.diagnostics.map(\.message).allSatisfy { $0.hasPrefix("file is larger than 4194304 bytes") })
    }

    @Test("UTF-16 with a byte-order mark is decoded")
    func utf16() throws {
        let folder = try TempFolder()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in String(decoding: Self.story, as: UTF8.self).utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try folder.write("wide.txt", Data(bytes))
        let result = try folder.load()
        #expect(result.articles.first?.title == "Quiet Night on Main Street")
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a missing file is an error, not a crash")
    func missingFile() {
        let file = InputFile(url: URL(fileURLWithPath: "/nonexistent/gazette/none.txt"), path: "none.txt")
        let result = ArticleLoader().load([file])
        #expect(result.diagnostics.map(\.description) == ["none.txt: error: cannot read file: no such file; skipped"])
        #expect(result.skipped == ["none.txt"])
    }
}
