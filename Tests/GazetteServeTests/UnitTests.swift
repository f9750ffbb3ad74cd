import Foundation
import GazetteSite
import Dispatch
import NIOCore
import Testing
@testable import GazetteServe

@Suite struct RequestPathTests {
    @Test func validPaths() {
        #expect(RequestPath(raw: "/") == .valid(key: "", directory: true))
        #expect(RequestPath(raw: "/articles/a%20b.html") == .valid(key: "articles/a b.html", directory: false))
        #expect(RequestPath(raw: "//topics//") == .valid(key: "topics", directory: true))
    }

    @Test func refusedPaths() {
        for raw in ["/../x", "/a/..", "/%2e%2e/x", "/..%2fx", "/.%2e/x", "/a\\b", "/a%5cb", "/a%00", "/%zz", "/%4", "x", "/%ff"] {
            guard case .invalid = RequestPath(raw: raw) else {
                Issue.record("\(raw) was not refused")
                continue
            }
        }
        #expect(RequestPath(raw: "/.git/config") == .hidden)
    }
}

@Suite struct HTTPDateTests {
    @Test func roundTrip() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.format(0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        for seconds in [951_782_400, 1_700_000_000, 4_102_444_800] {
            #expect(HTTPDate.parse(HTTPDate.format(seconds)) == seconds)
        }
        #expect(HTTPDate.parse("yesterday") == nil)
    }
}

@Suite struct ReloadScriptTests {
    @Test func injectsBeforeTheLastBodyClose() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let result = String(decoding: ReloadScript.inject(into: html, buildID: "b-1"), as: UTF8.self)
        #expect(result.hasSuffix("data-gazette-build=\"b-1\"></script>\n</BODY></html>"))
        let fragment = String(decoding: ReloadScript.inject(into: Array("<p>hi".utf8), buildID: "b-1"), as: UTF8.self)
        #expect(fragment.hasPrefix("<p>hi<script"))
    }

    @Test func eventsSplitMultilineData() {
        #expect(PreviewState.event("failed", "a\nb") == "event: failed\ndata: a\ndata: b\n\n")
    }
}

@Suite struct HostCheckTests {
    @Test func loopbackNamesOnly() {
        for host in ["127.0.0.1:8000", "localhost", "LOCALHOST:80", "[::1]:8000", "127.1.2.3", "app.localhost:1", nil] {
            #expect(HostCheck.isLoopback(authority: host), "\(host ?? "nil")")
        }
        for host in ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "[::2]:80", "10.0.0.1", "127.0.0.256"] {
            #expect(!HostCheck.isLoopback(authority: host), "\(host)")
        }
    }
}

@Suite struct QuickPreviewServeTests {
    @Test func watcherNamesWhatChangedAppearedOrWent() {
        let old: [String: SiteWatcher.Stamp] = ["/s/a.md": .init(modified: 1, size: 10), "/s/b.md": .init(modified: 1, size: 5),
                                                "/s/c.md": .init(modified: 1, size: 7)]
        var new = old
        new["/s/a.md"] = .init(modified: 2, size: 10)
        new["/s/c.md"] = nil
        new["/s/d.md"] = .init(modified: 3, size: 1)
        #expect(SiteWatcher.difference(old, new) == ["/s/a.md", "/s/c.md", "/s/d.md"])
        #expect(SiteWatcher.difference(old, old).isEmpty)
    }

    @Test func replacedPagesAndTheNewBuildNameReachEveryPage() {
        let files = [
            "index.html": StaticFile(bytes: Array("<p>front</p></body>".utf8), contentType: ContentType.html, modified: 1),
            "a.html": StaticFile(bytes: Array("<p>old</p></body>".utf8), contentType: ContentType.html, modified: 1),
            "style.css": StaticFile(bytes: Array("p{}".utf8), contentType: "text/css; charset=utf-8", modified: 1),
        ]
        let snapshot = SiteSnapshot(files: files, buildID: "b-1")
        let next = snapshot.replacing([("a.html", "<p>new</p></body>")], buildID: "b-2", modified: 2)
        func text(_ file: StaticFile?) -> String { file.map { String(buffer: next.served($0).body) } ?? "" }
        #expect(text(next.files["a.html"]).hasPrefix("<p>new</p><script src=\"/__gazette/reload.js\" data-gazette-build=\"b-2\">"))
        // An unchanged page names the new build too, or an open copy would reload for ever.
        #expect(text(next.files["index.html"]).contains("data-gazette-build=\"b-2\""))
        #expect(text(next.files["style.css"]) == "p{}")
        #expect(String(buffer: snapshot.served(snapshot.files["a.html"]!).body).contains("<p>old</p>"))
    }

    @Test(.timeLimit(.minutes(1))) func anEditedArticleIsShownBeforeTheExactBuild() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Fixtures.templates, to: folder.url.appendingPathComponent("templates"))
        let story = try folder.write("---\ntitle: Harbour bridge reopens\n---\nThe bridge reopened on Monday.\n", to: "seeds/bridge.md")
        _ = try folder.write("---\ntitle: Ferry returns\n---\nThe ferry is back.\n", to: "seeds/ferry.md")
        let rebuilder = SiteRebuilder(
            project: PreviewProject(directory: folder.url, config: SiteConfig()),
            workDirectory: folder.url.appendingPathComponent("work"), logger: Fixtures.quietLogger
        )
        let state = PreviewState()
        await rebuilder.rebuild(into: state)
        let built = try #require(state.current.snapshot)
        _ = try folder.write("---\ntitle: Harbour bridge reopens\n---\nThe bridge reopened on Monday. Traffic is light.\n", to: "seeds/bridge.md")

        guard case .success(let (quick, paths))? = rebuilder.quickNow(changed: [story.path], snapshot: built) else {
            Issue.record("no quick preview")
            return
        }
        #expect(paths == ["articles/harbour-bridge-reopens.html"])
        #expect(quick.buildID != built.buildID)
        #expect(String(buffer: quick.files[paths[0]]!.body).contains("Traffic is light."))
        #expect(quick.files["articles/ferry-returns.html"]?.body == built.files["articles/ferry-returns.html"]?.body)
        // A template is not an article: that edit waits for the exact build.
        let template = folder.url.appendingPathComponent("templates/article.mustache").path
        guard case .failure? = rebuilder.quickNow(changed: [template], snapshot: built) else {
            Issue.record("a template edit was previewed quickly")
            return
        }
    }
}

@Suite struct SnapshotReloadTests {
    @Test func aFileWithTheSameIdentityIsNotReadAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let same = try folder.write("<p>kept</p>", to: "site/a.html")
        let changed = try folder.write("<p>one</p>", to: "site/b.html")
        let root = folder.url.appendingPathComponent("site")
        let first = try SiteSnapshot.load(from: root, buildID: "b-1")
        // Same inode, size and time: taken from the last snapshot, so the new bytes stay unseen.
        var info = stat()
        #expect(stat(same.path, &info) == 0)
        try Data("<p>KEPT</p>".utf8).write(to: same)
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, same.path, &times, 0) == 0)
        try Data("<p>two, longer</p>".utf8).write(to: changed)
        let second = try SiteSnapshot.load(from: root, buildID: "b-2", previous: first)
        #expect(String(buffer: second.files["a.html"]!.body) == "<p>kept</p>")
        #expect(String(buffer: second.files["b.html"]!.body) == "<p>two, longer</p>")
        // Without a previous snapshot everything is read.
        let fresh = try SiteSnapshot.load(from: root, buildID: "b-3")
        #expect(String(buffer: fresh.files["a.html"]!.body) == "<p>KEPT</p>")
    }
}

@Suite struct BackgroundBuildTests {
    /// Waits (politely) until `condition` holds, for at most 10 s.
    static func eventually(_ condition: () -> Bool) async -> Bool {
        for _ in 0..<1000 {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return condition()
    }

    @Test(.timeLimit(.minutes(1))) func aSaveDuringTheBuildMeansOneMoreBuildAndOnlyItsSiteIsShown() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let gate = DispatchSemaphore(value: 0)
        let builds = Locked(0)
        let rebuilder = SiteRebuilder(
            project: PreviewProject(directory: folder.url, config: SiteConfig()),
            workDirectory: folder.url.appendingPathComponent("work"), logger: Fixtures.quietLogger,
            exactBuild: {
                let number = builds.withLock { count -> Int in
                    count += 1
                    return count
                }
                gate.wait()
                return .failure(.init(message: "build \(number)"))
            }
        )
        let state = PreviewState()
        await rebuilder.changed([], into: state)
        #expect(await Self.eventually { builds.get() == 1 })
        // A save while build 1 runs: no second build at once, and build 1's site is stale.
        await rebuilder.changed([], into: state)
        #expect(builds.get() == 1)
        gate.signal()
        #expect(await Self.eventually { builds.get() == 2 })
        #expect(state.current.failure == nil, "build 1's outcome was published")
        gate.signal()
        #expect(await Self.eventually { state.current.failure != nil })
        #expect(state.current.failure == "build 2")
        await rebuilder.finish()
        #expect(builds.get() == 2)
    }
}

@Suite struct WatcherTests {
    @Test func theSignalSeesWritesBelowTheWatchedFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("a", to: "in/sub/a.md")
        let signal = try #require(ChangeSignal(), "inotify is unavailable")
        signal.watch([folder.url.appendingPathComponent("in")])
        #expect(!signal.drain())
        _ = try folder.write("changed", to: "in/sub/a.md")
        #expect(signal.drain())
        #expect(!signal.drain())
        // A folder made later is seen, and after `watch` again, so are writes inside it.
        _ = try folder.write("b", to: "in/new/b.md")
        #expect(signal.drain())
        signal.watch([folder.url.appendingPathComponent("in")])
        _ = try folder.write("b2", to: "in/new/b.md")
        #expect(signal.drain())
    }

    @Test func hiddenFilesFoldersAndBackupsAreNotWatched() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let kept = try folder.write("a", to: "in/sub/a.md")
        for path in ["in/.a.md.swp", "in/.git/HEAD", "in/sub/a.md~"] { _ = try folder.write("x", to: path) }
        #expect(Array(SiteWatcher.fingerprint([folder.url.appendingPathComponent("in")]).keys) == [kept.path])
    }

    @Test(.timeLimit(.minutes(1)), arguments: [true, false])
    func anEditIsReportedWithItsPath(notifications: Bool) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let article = try folder.write("one", to: "in/a.md")
        _ = try folder.write("two", to: "in/b.md")
        let reports = Locked<[[String]]>([])
        var watcher = SiteWatcher(roots: { [folder.url.appendingPathComponent("in")] })
        watcher.interval = .milliseconds(60)
        watcher.settle = .milliseconds(20)
        watcher.useNotifications = notifications
        let task = Task { await watcher.run { paths in reports.withLock { $0.append(paths) } } }
        defer { task.cancel() }
        try await Task.sleep(for: .milliseconds(200))
        _ = try folder.write("one, edited", to: "in/a.md")
        #expect(await BackgroundBuildTests.eventually { !reports.get().isEmpty })
        #expect(reports.get().first == [article.path])
    }
}
