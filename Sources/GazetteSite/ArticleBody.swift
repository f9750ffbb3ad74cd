import GazetteCore
import GazetteMarkdown

/// Article body HTML, rendered with the site's raw-HTML policy.
enum ArticleBody {
    static func html(for article: Article, config: SiteConfig) -> String {
        MarkdownRenderer.html(article.markdown, options: config.allowRawHTML ? .allowRawHTML : [])
    }

    /// The body HTML, rendered only if a template inserts it.
    static func lazy(for article: Article, config: SiteConfig) -> LazyHTML {
        LazyHTML(source: "body raw=\(config.allowRawHTML)\n" + article.markdown) { html(for: article, config: config) }
    }
}
