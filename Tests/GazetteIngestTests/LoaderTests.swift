import Foundation
import GazetteCore
import Testing
@testable import GazetteIngest

@Suite("Loader")
struct LoaderTests {
    @Test("duplicate slugs get -2, -3 in path order; front matter slugs are made safe")
    func slugs() throws {
        let folder = try TempFolder()
        let body = "\n\nA sentence of body text that is long enough to count as prose here.\n"
        try folder.write("c.txt", "Same Headline Here" + body)
        try folder.write("a.txt", "Same Headline Here" + body)
        try folder.write("b/b.txt", "Same Headline Here" + body)
        try folder.write("d.md", "---\nslug: ../../etc/Passwd\n---\nText of the article.\n")
        try folder.write("e.md", "---\ntitle: \"../..//\"\n---\nText of the article.\n")
        let result = try folder.load()
        #expect(result.articles.map(\.path) == ["a.txt", "b/b.txt", "c.txt", "d.md", "e.md"])
        #expect(result.articles.map(\.slug) == ["same-headline-here", "same-headline-here-2", "same-headline-here-3",
                                                "etc-passwd", "untitled"])
    }

    @Test("the result does not depend on the order files are given in")
    func deterministic() throws {
        let folder = try TempFolder()
        var files: [InputFile] = []
        for i in 0..<40 {
            files.append(try folder.write("f\(i).txt", "Headline Number \(i % 7)\n\nBody text number \(i), written for this test only.\n"))
        }
        files.append(try folder.write("bad.txt", Data([0, 0, 0])))
        let forward = ArticleLoader().load(files)
        let backward = ArticleLoader().load(files.reversed())
        #expect(forward.articles == backward.articles)
        #expect(forward.diagnostics == backward.diagnostics)
        #expect(forward.skipped == ["bad.txt"])
        #expect(Set(forward.articles.map(\.slug)).count == 40)
    }

    @Test("input files: articles only, hidden ones passed over, sorted")
    func inputFiles() throws {
        let folder = try TempFolder()
        for name in ["b.md", "a.txt", "c.html", "notes.json", ".hidden.txt", ".git/x.txt", "sub/d.markdown"] {
            try folder.write(name, "x")
        }
        let files = try ArticleLoader.inputFiles(in: folder.url, pathPrefix: "in/")
        #expect(files.map(\.path) == ["in/a.txt", "in/b.md", "in/c.html", "in/sub/d.markdown"])
    }

    @Test("a file whose name is not valid UTF-8 is reported as unreadable, not silently passed over")
    func undecodableName() throws {
        let folder = try TempFolder()
        try folder.write("sub/plain.md", "# Plain\n\nA body that says enough to be an article of its own.\n")
        // "caf\u{E9}.md" spelt in Latin-1: the 0xE9 byte alone is not UTF-8.
        let name: [CChar] = Array("caf".utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)] + Array(".md".utf8CString)
        let path = Array(folder.url.appendingPathComponent("sub").path.utf8CString.dropLast()) + [CChar(0x2F)] + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        let text = Array("# Caf\u{E9}\n\nThe caf\u{E9} on the corner opened on Monday, the owner said.\n".utf8)
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)

        // Foundation cannot spell such a name as a path that opens (its enumerator could not either).
        let files = try ArticleLoader.inputFiles(in: folder.url)
        #expect(files.map(\.path) == ["sub/caf\u{FFFD}.md", "sub/plain.md"])
        let loaded = ArticleLoader().load(files)
        #expect(loaded.articles.map(\.title) == ["Plain"])
        #expect(loaded.skipped == ["sub/caf\u{FFFD}.md"])
        #expect(loaded.diagnostics.contains { (d: Diagnostic) in d.path == "sub/caf\u{FFFD}.md" && d.severity == .error
            && d.message.contains("name is not valid UTF-8") })
    }

    @Test("a linked input folder is read through its link; links inside it are not followed")
    func linkedFolder() throws {
        let folder = try TempFolder()
        try folder.write("real/a.md", "x")
        try folder.write("outside/secret.txt", "x")
        let fm = FileManager.default
        try fm.createSymbolicLink(at: folder.url.appendingPathComponent("real/linked"),
                                  withDestinationURL: folder.url.appendingPathComponent("outside"))
        try fm.createSymbolicLink(at: folder.url.appendingPathComponent("seeds"),
                                  withDestinationURL: folder.url.appendingPathComponent("real"))
        let files = try ArticleLoader.inputFiles(in: folder.url.appendingPathComponent("seeds"))
        #expect(files.map(\.path) == ["a.md"])
    }
}
