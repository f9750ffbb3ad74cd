import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import GazetteServe

/// The preview server's routes, through Hummingbird's router test client (no sockets).
@Suite struct RouteTests {
    /// A small site on disk, loaded as the server would, with a file outside it as bait.
    func withServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("root:x:0:0:SECRET-PASSWD\n", to: "outside/passwd")
        try folder.write(Fixtures.page("Front page"), to: "site/index.html")
        try folder.write(Fixtures.page("Not here"), to: "site/404.html")
        try folder.write(Fixtures.page("Topics"), to: "site/topics/index.html")
        try folder.write(Fixtures.page("Story"), to: "site/articles/story.html")
        try folder.write("body { color: red }\n", to: "site/assets/style.css")
        try folder.write("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>\n", to: "site/feed.xml")
        try folder.write("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}\n", to: "site/feed.json")
        try folder.write("a b c\n", to: "site/.gazette-manifest")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("site/leak.txt").path,
            withDestinationPath: folder.url.appendingPathComponent("outside/passwd").path
        )
        let snapshot = try SiteSnapshot.load(from: folder.url.appendingPathComponent("site"), buildID: "test-1")
        let app = PreviewServer.application(state: PreviewState(snapshot: snapshot), logger: Fixtures.quietLogger)
        try await app.test(.router, body)
    }

    @Test func frontPageAndDirectoryIndexes() async throws {
        try await withServer { client in
            let front = try await client.execute(uri: "/", method: .get)
            #expect(front.status == .ok)
            #expect(String(buffer: front.body).contains("Front page"))
            #expect(front.headers[.contentType] == "text/html; charset=utf-8")
            let topics = try await client.execute(uri: "/topics/", method: .get)
            #expect(String(buffer: topics.body).contains("Topics"))
            let redirect = try await client.execute(uri: "/topics", method: .get)
            #expect(redirect.status == .movedPermanently)
            #expect(redirect.headers[.location] == "/topics/")
            let query = try await client.execute(uri: "/articles/story.html?utm=1", method: .get)
            #expect(String(buffer: query.body).contains("Story"))
        }
    }

    @Test func contentTypes() async throws {
        try await withServer { client in
            let expected = [
                "/assets/style.css": "text/css; charset=utf-8",
                "/feed.xml": "application/atom+xml; charset=utf-8",
                "/feed.json": "application/feed+json; charset=utf-8",
                "/__gazette/reload.js": "text/javascript; charset=utf-8",
            ]
            for (path, type) in expected {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == type, "\(path)")
            }
        }
    }

    @Test func missingPagesServeThe404Page() async throws {
        try await withServer { client in
            for path in ["/nope.html", "/articles/nope.html", "/.gazette-manifest", "/__gazette/nope"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
            }
            let page = try await client.execute(uri: "/missing", method: .get)
            #expect(String(buffer: page.body).contains("Not here"))
        }
    }

    @Test func traversalAttemptsNeverServeOutsideFiles() async throws {
        let attempts = [
            "/../../etc/passwd", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fetc/passwd",
            "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/..\\..\\etc\\passwd", "/%5c..%5c..%5cetc/passwd",
            "/index.html%00.css", "/%00", "/./index.html", "/articles/../../outside/passwd",
            "/..%252f..%252fetc/passwd", "/%zz", "/leak.txt",
        ]
        try await withServer { client in
            for path in attempts {
                let response = try await client.execute(uri: path, method: .get)
                let body = String(buffer: response.body)
                #expect([HTTPResponse.Status.badRequest, .notFound].contains(response.status), "\(path) → \(response.status)")
                #expect(!body.contains("root:") && !body.contains("SECRET"), "\(path) leaked")
            }
        }
    }

    @Test func etagAndLastModifiedGive304() async throws {
        try await withServer { client in
            let first = try await client.execute(uri: "/assets/style.css", method: .get)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            let again = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            let since = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifModifiedSince: modified])
            #expect(since.status == .notModified)
            let stale = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"0\""])
            #expect(stale.status == .ok)
        }
    }

    @Test func headHasHeadersButNoBody() async throws {
        try await withServer { client in
            let get = try await client.execute(uri: "/", method: .get)
            let head = try await client.execute(uri: "/", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == "\(get.body.readableBytes)")
            #expect(head.headers[.eTag] == get.headers[.eTag])
            let post = try await client.execute(uri: "/", method: .post)
            #expect(post.status == .methodNotAllowed)
        }
    }

    @Test func reloadHookOnlyInHTML() async throws {
        try await withServer { client in
            let page = String(buffer: try await client.execute(uri: "/", method: .get).body)
            let tag = "<script src=\"/__gazette/reload.js\" data-gazette-build=\"test-1\"></script>\n</body>"
            #expect(page.contains(tag))
            let css = String(buffer: try await client.execute(uri: "/assets/style.css", method: .get).body)
            #expect(!css.contains("__gazette"))
            let feed = String(buffer: try await client.execute(uri: "/feed.xml", method: .get).body)
            #expect(!feed.contains("__gazette"))
            let script = String(buffer: try await client.execute(uri: "/__gazette/reload.js", method: .get).body)
            #expect(script.contains("EventSource(\"/__gazette/events\")"))
        }
    }

    @Test func noSiteYetShowsTheError() async throws {
        let state = PreviewState()
        state.fail("templates/layout.mustache: error: <broken>")
        let app = PreviewServer.application(state: state, logger: Fixtures.quietLogger)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .serviceUnavailable)
            let body = String(buffer: response.body)
            #expect(body.contains("&lt;broken>"))
            #expect(body.contains("/__gazette/reload.js"))
        }
    }
}
