/// `sitemap.xml` and `robots.txt`.
enum Sitemap {
    /// The most URLs one sitemap file may list (the sitemap protocol, sitemaps.org; search
    /// engines reject a larger file). At 100 bytes a URL, such a file is far below the
    /// protocol's other limit, 50 MB.
    static let urlLimit = 50_000

    /// The sitemap files, with their paths: `sitemap.xml` listing every page when they fit in
    /// one file; otherwise `sitemap.xml` is a sitemap index of `sitemap-1.xml`, `sitemap-2.xml`…,
    /// each listing up to `limit` pages in the order given (already sorted). An index entry
    /// carries the latest `lastmod` of its file's pages.
    static func files(base: String, pages: [(path: String, lastmod: String?)], limit: Int = urlLimit) -> [(path: String, xml: String)] {
        precondition(limit > 0)
        guard pages.count > limit else { return [(SitePaths.sitemap, urlset(base: base, pages: pages[...]))] }
        let parts = stride(from: 0, to: pages.count, by: limit).map { pages[$0..<min($0 + limit, pages.count)] }
        var index = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        index += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        var files: [(path: String, xml: String)] = []
        for (number, part) in zip(1..., parts) {
            let path = SitePaths.sitemapPart(number)
            index += "  <sitemap><loc>\(XML.escape(base + path))</loc>"
            // Days as YYYY-MM-DD order as text.
            if let latest = part.compactMap(\.lastmod).max() { index += "<lastmod>\(latest)</lastmod>" }
            index += "</sitemap>\n"
            files.append((path, urlset(base: base, pages: part)))
        }
        return [(SitePaths.sitemap, index + "</sitemapindex>\n")] + files
    }

    /// One `<url>` per page.
    private static func urlset(base: String, pages: ArraySlice<(path: String, lastmod: String?)>) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            let location = base + (page.path == SitePaths.index ? "" : page.path)
            xml += "  <url><loc>\(XML.escape(location))</loc>"
            if let lastmod = page.lastmod { xml += "<lastmod>\(lastmod)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(base: String) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(base)\(SitePaths.sitemap)\n"
    }
}
