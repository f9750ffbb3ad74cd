import GazetteCore
import GazetteMarkdown

/// Article body HTML, rendered with the site's raw-HTML policy.
enum ArticleBody {
    static func html(for article: Article, config: SiteConfig) -> String {
        MarkdownRenderer.html(article.markdown, options: config.allowRawHTML ? .allowRawHTML : [])
    }

    /// The body HTML, rendered only if a template inserts it.
    static func lazy(for article: Article, config: SiteConfig) -> LazyHTML {
        let markdown = article.markdown  // read once: the body may be in a `BodyStore`
        let options: MarkdownOptions = config.allowRawHTML ? .allowRawHTML : []
        return LazyHTML(source: "body raw=\(config.allowRawHTML)\n" + markdown) { MarkdownRenderer.html(markdown, options: options) }
    }
}
