/// `sitemap.xml` and `robots.txt`.
enum Sitemap {
    /// One `<url>` per HTML page except the 404 page, in the order given (already sorted).
    static func xml(base: String, pages: [(path: String, lastmod: String?)]) -> String {
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
