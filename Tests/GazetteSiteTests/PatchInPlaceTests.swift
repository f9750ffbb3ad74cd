import Foundation
import Testing

@testable import GazetteSite

/// Patch mode: a rebuild over a site Gazette wrote renames only changed files into place.
extension OutputFolderTests {
    static func site(_ files: [(String, String)], at output: URL) throws {
        var folder = try OutputFolder(destination: output)
        for (path, text) in files { try folder.write(text, to: path) }
        try folder.commit()
    }

    static func text(of output: URL) throws -> [String: String] {
        try SiteFiles.read(output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test("a rebuild over Gazette's own site touches only what changed, and deletes what went with its emptied folders")
    func patchesInPlace() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        try Self.site([("same.html", "kept"), ("a/edited.html", "old"), ("old/gone.html", "bye"), ("twice.html", "one"),
                       ("flip.html", "x")], at: output)
        let sameInode = try Self.inode(output.appendingPathComponent("same.html"))
        let sameTime: Date = try Self.attribute(.modificationDate, of: output.appendingPathComponent("same.html"))
        let twiceInode = try Self.inode(output.appendingPathComponent("twice.html"))
        let editedInode = try Self.inode(output.appendingPathComponent("a/edited.html"))
        let before = try Self.text(of: output)

        var second = try OutputFolder(destination: output)
        #expect(second.patchesInPlace)
        try second.write("kept", to: "same.html")
        try second.write("new", to: "a/edited.html")
        try second.write("+", to: "b/c/added.html")
        // Written twice: changed, then back to its old bytes; unchanged, then changed.
        try second.write("two", to: "twice.html")
        try second.store(Data("one".utf8), at: "twice.html")
        try second.write("x", to: "flip.html")
        try second.store(Data("y".utf8), at: "flip.html")
        // Until the commit, the old site is as it was.
        #expect(try Self.text(of: output) == before)
        try second.commit()

        #expect(try Self.text(of: output) == [
            "same.html": "kept", "a/edited.html": "new", "b/c/added.html": "+", "twice.html": "one", "flip.html": "y",
            OutputFolder.manifestName: "a/edited.html\nb/c/added.html\nflip.html\nsame.html\ntwice.html\n",
        ])
        #expect(try Self.inode(output.appendingPathComponent("same.html")) == sameInode)
        #expect(try Self.attribute(.modificationDate, of: output.appendingPathComponent("same.html")) as Date == sameTime)
        #expect(try Self.inode(output.appendingPathComponent("twice.html")) == twiceInode)
        #expect(try Self.inode(output.appendingPathComponent("a/edited.html")) != editedInode)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out"])
    }

    @Test("a file replaced by a folder of the same name, and the reverse")
    func fileAndFolderSwapPlaces() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        try Self.site([("a", "file"), ("b/inner.html", "in b")], at: output)
        try Self.site([("a/inner.html", "in a"), ("b", "file")], at: output)
        #expect(try Self.text(of: output) == [
            "a/inner.html": "in a", "b": "file", OutputFolder.manifestName: "a/inner.html\nb\n",
        ])
    }

    @Test("a commit cut short leaves a site the next build may replace, under a manifest no finished build wrote")
    func interruptedCommit() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        let first = [("a.html", "a1"), ("b.html", "b1"), ("gone.html", "g")]
        let second = [("a.html", "a2"), ("b.html", "b2"), ("c/new.html", "n")]
        try Self.site(first, at: output)
        let finished = try #require(BuildState.manifestStamp(of: output))

        var cut = try OutputFolder(destination: output)
        cut.interruptAfterMoves = 1
        for (path, text) in second { try cut.write(text, to: path) }
        #expect(throws: GazetteError.self) { try cut.commit() }
        cut.abandon()
        // Half old, half new: the manifest lists both sites' files, and its stamp is new.
        let files = try Self.text(of: output)
        #expect(files["a.html"] == "a2" && files["b.html"] == "b1" && files["gone.html"] == nil)
        let listed = try #require(files[OutputFolder.manifestName]).split(separator: "\n").map(String.init).sorted()
        #expect(listed == ["a.html", "b.html", "c/new.html", "gone.html"])
        let interim = try #require(BuildState.manifestStamp(of: output))
        #expect(interim.hash != finished.hash)

        try Self.site(second, at: output)
        #expect(try Self.text(of: output) == [
            "a.html": "a2", "b.html": "b2", "c/new.html": "n", OutputFolder.manifestName: "a.html\nb.html\nc/new.html\n",
        ])
    }

    @Test("two pages written to one path stop the commit, and the previous site stays", arguments: [false, true])
    func clashStopsCommit(overOwnSite: Bool) throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        if overOwnSite { try Self.site([("topics/index.html", "all topics")], at: output) }
        let before = overOwnSite ? try Self.text(of: output) : [:]
        var next = try OutputFolder(destination: output)
        try next.write("all topics, new", to: "topics/index.html")
        try next.write("the topic Index", to: "topics/index.html")
        #expect(throws: GazetteError.self) { try next.commit() }
        next.abandon()
        #expect(overOwnSite ? try Self.text(of: output) == before : !FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a path in the old manifest that leaves the folder is never deleted")
    func manifestNotTrusted() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        try Self.site([("a.html", "a")], at: output)
        try folder.write("keep me", to: "victim.txt")
        try folder.write("a.html\n../victim.txt\n/etc/hostname\n", to: "out/\(OutputFolder.manifestName)")
        try Self.site([("b.html", "b")], at: output)
        #expect(try String(contentsOf: folder.url.appendingPathComponent("victim.txt"), encoding: .utf8) == "keep me")
        #expect(try Self.text(of: output) == ["b.html": "b", OutputFolder.manifestName: "b.html\n"])
    }

    @Test("a listed file that is gone from the folder is not kept, so it is written again")
    func goneFileNotKept() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        try Self.site([("a.html", "a"), ("b/c.html", "c")], at: output)
        try FileManager.default.removeItem(at: output.appendingPathComponent("b/c.html"))
        var next = try OutputFolder(destination: output)
        #expect(next.patchesInPlace)
        #expect(try next.reuse("a.html") && !(try next.reuse("b/c.html")))
        try next.write("c", to: "b/c.html")
        next.record(["a.html"])
        try next.commit()
        #expect(try Self.text(of: output) == ["a.html": "a", "b/c.html": "c", OutputFolder.manifestName: "a.html\nb/c.html\n"])
    }

    @Test("only relative paths that stay in the folder are inside it", arguments: [
        ("index.html", true), ("articles/a.html", true), ("a/b/c.xml", true), ("...", true), ("a/.hidden", true),
        ("a..b/c", true), ("", false), ("/etc/hostname", false), ("../victim.txt", false), ("a/../../b", false),
        ("a/./b", false), (".", false), ("..", false), ("a/..", false), ("a//b", false), ("a/", false),
        ("a\\b", false), ("a\u{0}b", false),
    ])
    func inside(path: String, expected: Bool) {
        #expect(OutputFolder.isInside(path) == expected)
    }
}
