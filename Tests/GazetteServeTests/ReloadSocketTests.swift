import Foundation
import GazetteSite
import Testing
@testable import GazetteServe

/// The whole loop over a real loopback socket: build, serve, watch, rebuild, notify.
@Suite struct ReloadSocketTests {
    @Test(.timeLimit(.minutes(1))) func editingAnArticleSendsAReloadEvent() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Fixtures.templates, to: folder.url.appendingPathComponent("templates"))
        let article = try folder.write("Harbour bridge reopens\n\nThe bridge reopened on Monday after repairs.\n", to: "seeds/bridge.txt")
        let server = PreviewServer(
            project: PreviewProject(directory: folder.url, config: SiteConfig()),
            host: "127.0.0.1", port: 0, logger: Fixtures.quietLogger
        )
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let running = Task {
            defer { portSink.finish() }
            try await server.run(handleSignals: false) { portSink.yield($0) }
        }
        defer { running.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next(), "the server did not start")

        let events = try LoopbackSocket(port: port)
        defer { events.shutdown() }
        events.send("GET /__gazette/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        #expect(await events.read(timeout: 10) { $0.components(separatedBy: "event: build").count == 2 })
        #expect(events.received.contains("text/event-stream"))

        let handle = try FileHandle(forWritingTo: article)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("A sentence appended while the server watched.\n".utf8))
        try handle.close()
        let reloaded = await events.read(timeout: 10) { $0.components(separatedBy: "event: build").count == 3 }
        #expect(reloaded, "no reload event within 10 s: \(events.received)")

        let page = try LoopbackSocket(port: port)
        defer { page.shutdown() }
        page.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(await page.read(timeout: 10) { $0.contains("</html>") })
        #expect(page.received.hasPrefix("HTTP/1.1 200"))
        #expect(page.received.contains("data-gazette-build="))

        // The first reload is the quick preview of the edited page, the second the exact
        // build (which reused its build cache); both show the edit.
        for _ in 0..<2 {
            let story = try LoopbackSocket(port: port)
            defer { story.shutdown() }
            story.send("GET /articles/harbour-bridge-reopens.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            #expect(await story.read(timeout: 10) { $0.contains("</html>") })
            #expect(story.received.hasPrefix("HTTP/1.1 200"), "\(story.received.prefix(300))")
            #expect(story.received.contains("appended while the server watched"))
            let exact = await events.read(timeout: 10) { $0.components(separatedBy: "event: build").count == 4 }
            #expect(exact, "no second reload event (the exact build) within 10 s: \(events.received)")
        }
        running.cancel()
        _ = await running.result
    }
}
