import Testing
@testable import GazetteSite

@Suite("Sitemap")
struct SitemapTests {
    static func pages(_ count: Int) -> [(path: String, lastmod: String?)] {
        (0..<count).map { ("articles/a\($0).html", $0 % 3 == 2 ? nil : "2024-01-\($0 % 28 + 1 < 10 ? "0" : "")\($0 % 28 + 1)") }
    }

    static func locations(_ xml: String, element: String) -> [String] {
        xml.components(separatedBy: "<\(element)><loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test("one file while the pages fit; an index of parts beyond", arguments: [
        (count: 0, limit: 3, parts: 0), (count: 3, limit: 3, parts: 0), (count: 4, limit: 3, parts: 2),
        (count: 7, limit: 3, parts: 3), (count: 9, limit: 3, parts: 3), (count: 10, limit: 1, parts: 10),
    ])
    func splits(count: Int, limit: Int, parts: Int) throws {
        let pages = Self.pages(count)
        let files = Sitemap.files(base: "https://example.org/news/", pages: pages, limit: limit)
        #expect(files.map(\.path) == ["sitemap.xml"] + (0..<parts).map { "sitemap-\($0 + 1).xml" })
        let listed: [String]
        if parts == 0 {
            #expect(files[0].xml.contains("<urlset "))
            listed = Self.locations(files[0].xml, element: "url")
        } else {
            let index = files[0].xml
            #expect(index.contains("<sitemapindex ") && !index.contains("<url>"))
            #expect(Self.locations(index, element: "sitemap") == files.dropFirst().map { "https://example.org/news/" + $0.path })
            let sizes = files.dropFirst().map { Self.locations($0.xml, element: "url").count }
            #expect(sizes.allSatisfy { $0 <= limit && $0 > 0 })
            listed = files.dropFirst().flatMap { Self.locations($0.xml, element: "url") }
        }
        #expect(listed == pages.map { "https://example.org/news/" + $0.path })
    }

    @Test("an index entry carries its part's latest day")
    func latestDay() {
        let pages: [(path: String, lastmod: String?)] = [
            ("a.html", "2024-03-01"), ("b.html", "2025-01-09"), ("c.html", nil), ("d.html", nil),
        ]
        let index = Sitemap.files(base: "/", pages: pages, limit: 2)[0].xml
        #expect(index.contains("<sitemap><loc>/sitemap-1.xml</loc><lastmod>2025-01-09</lastmod></sitemap>"))
        #expect(index.contains("<sitemap><loc>/sitemap-2.xml</loc></sitemap>"))
    }

    @Test("the home page is the base URL itself; locations are escaped")
    func locationsAreEscaped() {
        let xml = Sitemap.files(base: "https://example.org/?a=1&b=2/", pages: [("index.html", nil), ("x.html", nil)])[0].xml
        #expect(Self.locations(xml, element: "url") == ["https://example.org/?a=1&amp;b=2/", "https://example.org/?a=1&amp;b=2/x.html"])
    }
}
