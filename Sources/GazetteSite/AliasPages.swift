import GazetteCore

/// The pages at articles' old addresses (`Article.aliases`), like Hugo's aliases: each sends
/// readers and crawlers on to the article's page, so links into an archive moved from another
/// system keep working. They are left out of the sitemap and ask not to be indexed.
///
/// An alias inside a folder Gazette writes pages to (`articles/`, `topics/` …), or at one of its
/// top-level pages, is refused: it could replace a page of the site, now or in a later build. Of
/// two articles claiming one address, the first by path keeps it. Both are warnings naming the article.
public struct AliasPages: Sendable {
    /// Each alias page's path with the index of the article it leads to, by path.
    public let pages: [(path: String, article: Int)]
    public let problems: [Diagnostic]

    /// Folders and pages of Gazette's own: no alias is written there (compared ignoring case,
    /// for file systems that do).
    static let reservedFolders: Set<String> = ["articles", "topics", "archive", "authors", "sources", "search", "assets", "media", "page"]
    static let reservedPages: Set<String> = [SitePaths.index, SitePaths.search, SitePaths.notFound]

    public init(articles: [Article]) {
        // By the path ignoring case: the article's index and the path as written.
        var taken: [String: (article: Int, path: String)] = [:]
        var problems: [Diagnostic] = []
        for (index, article) in articles.enumerated() {
            for path in article.aliases {
                let lower = path.lowercased()
                let folder = lower.split(separator: "/").first.map(String.init) ?? ""
                if Self.reservedPages.contains(lower) || (lower.contains("/") && Self.reservedFolders.contains(folder)) {
                    problems.append(.warning(article.path, "the alias \(path) is left out: Gazette writes its own pages there"))
                } else if let owner = taken[lower] {
                    problems.append(.warning(article.path, "the alias \(path) is left out: \(owner.article == index ? "it is listed twice" : "\(articles[owner.article].path) has it")"))
                } else {
                    taken[lower] = (index, path)
                }
            }
        }
        pages = taken.values.map { ($0.path, $0.article) }.sorted { $0.path < $1.path }
        self.problems = problems
    }

    /// The page at `path` that leads to article `index`'s page.
    static func html(path: String, article index: Int, model: SiteModel) -> String {
        let article = model.corpus.articles[index]
        let target = SitePaths.article(article.slug)
        let relative = HTMLEscaping.escape(SitePaths.root(from: path) + target)
        let title = HTMLEscaping.escape(article.title)
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLEscaping.escape(model.config.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · \(HTMLEscaping.escape(model.config.title))</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(HTMLEscaping.escape(model.config.normalizedBaseURL + target))">
            <meta http-equiv="refresh" content="0; url=\(relative)">
            </head>
            <body>
            <h1>This story has moved</h1>
            <p>It is now at <a href="\(relative)">\(title)</a>.</p>
            </body>
            </html>

            """
    }
}
