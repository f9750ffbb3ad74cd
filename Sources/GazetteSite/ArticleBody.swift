import GazetteCore
import GazetteMarkdown

/// Article body HTML, rendered with the site's raw-HTML policy and the article's local links
/// leading where `ArticleLinks` says.
enum ArticleBody {
    /// - Parameter root: how the page or feed holding the body reaches the site root.
    static func html(for index: Int, model: SiteModel, root: String) -> String {
        let article = model.corpus.articles[index]
        return MarkdownRenderer.html(article.markdown, options: options(model.config), rewrite: rewrite(index, model: model, root: root))
    }

    /// The body HTML, rendered only if a template inserts it.
    /// - Parameter reserved: the ids the page's template uses, which its headings' ids avoid.
    static func lazy(for index: Int, model: SiteModel, root: String, reserved: Set<String>) -> LazyHTML {
        let markdown = model.corpus.articles[index].markdown  // read once: the body may be in a `BodyStore`
        let options = options(model.config)
        let rewrite = rewrite(index, model: model, root: root)
        let links = model.links.resolved(index).map { "link \($0) \($1)\n" }.joined()
        return LazyHTML(source: "body raw=\(model.config.allowRawHTML) root=\(root)\n" + links + markdown) {
            MarkdownRenderer.html(markdown, options: options, rewrite: rewrite, headingIDs: HeadingIDs(reserved: reserved))
        }
    }

    private static func options(_ config: SiteConfig) -> MarkdownOptions {
        config.allowRawHTML ? .allowRawHTML : []
    }

    /// Nil when the article has no local link that leads anywhere.
    private static func rewrite(_ index: Int, model: SiteModel, root: String) -> (@Sendable (String) -> String?)? {
        guard model.links.leadsAnywhere(index) else { return nil }
        let links = model.links
        return { links.url(for: $0, in: index, root: root) }
    }
}
