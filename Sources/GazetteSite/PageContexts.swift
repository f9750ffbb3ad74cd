import GazetteAnalysis
import GazetteCore
import GazetteMarkdown

/// Builds the template values of every page. Values are plain strings, numbers, booleans,
/// arrays and dictionaries; templates escape them unless they use `{{{…}}}`, which only the
/// HTML that cmark-gfm made (`body`) and pre-built JSON-LD need.
struct PageContexts: Sendable {
    let model: SiteModel
    let topicsBySlug: [String: Topic]
    /// Renders `partials/card` for the `card` value of story cards; without it, cards have none.
    let templates: TemplateSet?
    private let cards = CardCache()
    /// `config.normalizedBaseURL`, worked out once rather than for every page.
    let baseURL: String
    /// The `site` value of every page (strings only, never changed after `init`).
    nonisolated(unsafe) let site: [String: Any]

    init(model: SiteModel, templates: TemplateSet? = nil) {
        self.model = model
        self.templates = templates
        topicsBySlug = Dictionary(model.topics.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        baseURL = model.config.normalizedBaseURL
        // The site's pages (`Article.isPage`), for the footer: `{{root}}{{path}}` links to one.
        let pages = model.pages.map { ["title": model.corpus.articles[$0].title, "path": SitePaths.article(model.corpus.articles[$0].slug)] }
        site = ["title": model.config.title, "description": model.config.description, "language": model.config.language,
                "pages": pages, "hasPages": !pages.isEmpty, "params": model.config.params.templateValue]
    }

    var config: SiteConfig { model.config }
    var labels: SiteLabels { model.config.labels }
    var articles: [Article] { model.corpus.articles }

    /// Values every page has: site, root, page metadata, navigation.
    func common(path: String, title: String, description: String, section: String) -> [String: Any] {
        let root = SitePaths.root(from: path)
        return [
            "root": root,
            "site": site,
            "page": [
                "title": title,
                "fullTitle": title == config.title ? title : "\(title) · \(config.title)",
                "description": description,
                "canonical": baseURL + (path == SitePaths.index ? "" : path),
                "path": path,
            ],
            "nav": [section: true],
        ]
    }

    /// A story as lists show it: headline, link, date, summary, first topics.
    /// Its `card` value is the card as `partials/card` renders it, made at most once per article
    /// and root with the card's values, `root` and `site` in view (lists insert it with
    /// `{{{card}}}`). The card carries its own fingerprint, so pages listing it hash it once.
    func card(_ index: Int, root: String) -> [String: Any] {
        cards.card(index, root: root) {
            var card = cardValues(index, root: root)
            if let templates {
                var context = card
                context["root"] = root
                context["site"] = site
                card["card"] = LazyHTML(source: "card " + root) {
                    (try? templates.render(partial: "partials/card", context: context)) ?? ""
                }
            }
            return PageFingerprints.memoized(card)
        }
    }

    private func cardValues(_ index: Int, root: String) -> [String: Any] {
        let article = articles[index]
        let analysis = model.corpus.analysis.articles[index]
        var card: [String: Any] = [
            "title": article.title,
            "url": root + SitePaths.article(article.slug),
            "summary": model.summary(index).joined(separator: " "),
        ]
        let topics = analysis.topics.prefix(2).compactMap { topicLink($0, root: root) }
        card["topics"] = topics
        card["hasTopics"] = !topics.isEmpty
        // Every key is set (false when absent) so that a card inside another value's section
        // (related stories on an article page) never shows that value's byline, source or date.
        card["byline"] = (article.byline as Any?) ?? false
        card["source"] = (article.source as Any?) ?? false
        card["language"] = (model.language(index) as Any?) ?? false
        card["image"] = model.image(index, root: root).map { Self.imageValues($0) } ?? false
        if let date = article.date {
            card["date"] = ["iso": date.iso8601, "display": DateFormatting.display(date, config.labels),
                            "short": DateFormatting.short(date, config.labels)]
        } else {
            card["date"] = false
        }
        return card
    }

    /// An image's template values: `src`, `alt`, `caption` (false without one), and `width` and
    /// `height` (false when the file declares no size).
    static func imageValues(_ image: (url: String, alt: String, caption: String?, size: (width: Int, height: Int)?)) -> [String: Any] {
        ["src": image.url, "alt": image.alt, "caption": (image.caption as Any?) ?? false,
         "width": (image.size?.width as Any?) ?? false, "height": (image.size?.height as Any?) ?? false]
    }

    func topicLink(_ slug: String, root: String) -> [String: Any]? {
        guard let topic = topicsBySlug[slug] else { return nil }
        return ["name": topic.name, "url": root + SitePaths.topic(topic.slug), "count": model.stories(of: topic).count]
    }

    /// How many pages a list of `count` items needs (at least one).
    func pageCount(_ count: Int) -> Int {
        max(1, (count + max(1, config.pageSize) - 1) / max(1, config.pageSize))
    }

    /// Page `number` of `items`: its path, its slice of items and its pagination links.
    func pageSlice(_ items: [Int], first: String, number: Int) -> (path: String, items: [Int], pagination: [String: Any]) {
        let size = max(1, config.pageSize)
        let count = pageCount(items.count)
        let path = SitePaths.page(number, of: first)
        let root = SitePaths.root(from: path)
        var links: [String: Any] = ["number": number, "count": count, "multiple": count > 1]
        if number > 1 { links["prev"] = root + SitePaths.page(number - 1, of: first) }
        if number < count { links["next"] = root + SitePaths.page(number + 1, of: first) }
        return (path, Self.slice(items, number: number, pageSize: size), links)
    }

    /// The items page `number` lists, `pageSize` a page (also what `PageKeys` hashes).
    static func slice(_ items: [Int], number: Int, pageSize: Int) -> [Int] {
        Array(items.dropFirst((number - 1) * pageSize).prefix(pageSize))
    }
}
