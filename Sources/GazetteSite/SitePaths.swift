/// Where every page of the site lives, relative to the output folder (flat files: they write
/// faster than one folder per page and browse from disk without a server).
public enum SitePaths {
    public static let index = "index.html"
    public static let topicsIndex = "topics/index.html"
    public static let archiveIndex = "archive/index.html"
    public static let undated = "archive/undated.html"
    public static let search = "search.html"
    public static let searchIndex = "search-index.js"
    /// The folder of the search index's word lists and story chunks (`SearchIndex`).
    public static let searchFolder = "search/"
    public static func searchWords(_ shard: String) -> String { "\(searchFolder)words-\(shard).js" }
    public static func searchStories(_ chunk: Int) -> String { "\(searchFolder)stories-\(chunk).js" }
    public static let atomFeed = "feed.xml"
    public static let jsonFeed = "feed.json"
    public static let sitemap = "sitemap.xml"
    /// Part `number` (from 1) of a sitemap too long for one file; `sitemap.xml` then indexes the parts.
    public static func sitemapPart(_ number: Int) -> String { "sitemap-\(number).xml" }
    public static let robots = "robots.txt"
    public static let notFound = "404.html"
    public static let stylesheet = "assets/style.css"

    public static func article(_ slug: String) -> String { "articles/\(slug).html" }
    public static func topic(_ slug: String) -> String { "topics/\(slug).html" }
    public static func topicFeed(_ slug: String) -> String { "topics/\(slug).xml" }
    /// The page of an author or a source (`Facet`).
    public static func facet(_ facet: Facet) -> String {
        switch facet.kind {
        case .author: "authors/\(facet.slug).html"
        case .source: "sources/\(facet.slug).html"
        }
    }
    /// The Atom feed of an author's or a source's stories, beside its page.
    public static func facetFeed(_ facet: Facet) -> String {
        String(Self.facet(facet).dropLast(".html".count)) + ".xml"
    }
    public static func month(year: Int, month: Int) -> String {
        "archive/\(year)/\(month < 10 ? "0" : "")\(month).html"
    }

    /// Page `number` (from 1) of a paginated list whose first page is `first`:
    /// `index.html` → `page/2.html`; `topics/x.html` → `topics/x.2.html` (slugs hold no dots,
    /// so these names never collide with another page).
    public static func page(_ number: Int, of first: String) -> String {
        guard number > 1 else { return first }
        if first == index { return "page/\(number).html" }
        return String(first.dropLast(5)) + ".\(number).html"
    }

    /// The prefix that leads from `path` back to the site root: `""`, `"../"`, `"../../"`.
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
