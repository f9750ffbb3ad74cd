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
