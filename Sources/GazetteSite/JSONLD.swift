import GazetteCore

/// Structured data for search engines and readers (schema.org NewsArticle).
enum JSONLD {
    /// - Parameter baseURL: the site's `normalizedBaseURL`.
    /// A page of the site (`Article.isPage`): its name and address.
    static func webPage(_ article: Article, baseURL: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("WebPage")),
            ("name", .string(article.title)),
            ("url", .string(baseURL + SitePaths.article(article.slug))),
        ]
        // A page's date is when it last changed (its template says "Updated").
        if let changed = article.lastChange { pairs.append(("dateModified", .string(changed.iso8601))) }
        return .object(pairs)
    }

    static func newsArticle(_ article: Article, summary: [String], image: String? = nil, baseURL: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("NewsArticle")),
            ("headline", .string(article.title)),
            ("description", .string(summary.joined(separator: " "))),
            ("url", .string(baseURL + SitePaths.article(article.slug))),
        ]
        if let image { pairs.append(("image", .string(image))) }
        if let date = article.date { pairs.append(("datePublished", .string(date.iso8601))) }
        if let updated = article.updated { pairs.append(("dateModified", .string(updated.iso8601))) }
        if article.wordCount > 0 { pairs.append(("wordCount", .int(article.wordCount))) }
        if let byline = article.byline {
            pairs.append(("author", .object([("@type", .string("Person")), ("name", .string(byline))])))
        }
        if let source = article.source {
            pairs.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(source))])))
        }
        if !article.categories.isEmpty { pairs.append(("articleSection", .strings(article.categories))) }
        return .object(pairs)
    }
}
