import GazetteCore
import GazetteMarkdown

/// Article body HTML, rendered with the site's raw-HTML policy.
enum ArticleBody {
    static func html(for article: Article, config: SiteConfig) -> String {
        MarkdownRenderer.html(article.markdown, options: config.allowRawHTML ? .allowRawHTML : [])
    }
}
