import GazetteAnalysis
import GazetteCore
import GazetteMarkdown

extension PageContexts {
    /// The page of one article: everything the reader needs, and links onward.
    func articlePage(_ index: Int) -> Page {
        let article = articles[index]
        let analysis = model.corpus.analysis.articles[index]
        let path = SitePaths.article(article.slug)
        let summary = model.summary(index)
        var context = common(
            path: path, title: article.title,
            description: article.isPage && summary.isEmpty ? config.description : summary.joined(separator: " "),
            section: article.isPage ? "page" : "article"
        )
        let root = SitePaths.root(from: path)
        let topics = analysis.topics.compactMap { topicLink($0, root: root) }
        let related = analysis.related.map { card($0, root: root) }
        let copies = (model.copies[index] ?? []).map { card($0, root: root) }
        let versions = analysis.versions.map { card($0, root: root) }
        var values: [String: Any] = [
            "title": article.title,
            "summary": summary,
            "body": ArticleBody.lazy(for: index, model: model, root: root, reserved: templates?.ids ?? []),
            "topics": topics,
            "related": related,
            "categories": article.categories,
            // Each category with the link to its topic page, when a topic took it.
            "categoryLinks": article.categories.map { category -> [String: Any] in
                var link: [String: Any] = ["name": category]
                if let slug = model.topic(ofLabel: category) { link["url"] = root + SitePaths.topic(slug) }
                return link
            },
            "tags": article.tags,
            "credits": article.credits,
            "copies": copies,
            "versions": versions,
            // Whether each list has items, for sections around them.
            "hasSummary": !summary.isEmpty,
            // The summary is the article's opening sentences, which the body shows next: the
            // article template leaves out its "In brief" box then.
            "summaryIsLede": model.summaryIsLede(index),
            "hasTopics": !topics.isEmpty,
            "hasRelated": !related.isEmpty,
            "hasCategories": !article.categories.isEmpty,
            "hasCredits": !article.credits.isEmpty,
            "hasCopies": !copies.isEmpty,
            "hasVersions": !versions.isEmpty,
        ]
        values["byline"] = article.byline
        values["source"] = article.source
        // The byline's names and the source, each with the page of its stories.
        let authors = model.authors(of: index)
        values["authors"] = authors.enumerated().map { position, author -> [String: Any] in
            // `url` is always set (false without a page): the article's own `url` must not show through.
            ["name": author.name, "before": position == 0 ? "" : position == authors.count - 1 ? " and " : ", ",
             "url": author.facet.map { root + SitePaths.facet($0) } ?? false]
        }
        values["hasAuthors"] = !authors.isEmpty
        if let source = article.source {
            values["sourceLink"] = ["name": source, "url": model.sourceFacet(of: index).map { root + SitePaths.facet($0) } ?? false]
        }
        values["dateline"] = article.dateline
        // The article's language, when it is not the site's: its headline, summary and body say so.
        values["language"] = model.language(index)
        values["url"] = article.url
        if !article.isPage, let minutes = model.readingMinutes(index) {
            values["wordCount"] = article.wordCount
            values["readingTime"] = SiteLabels.fill(config.labels.readingTime, ["minutes": String(minutes)])
        }
        // The stories published just after and just before it, for reading on through the archive.
        // Each with a `label`: "Newer story"/"Older story" when both are dated, else "Previous
        // story"/"Next story" (undated stories follow the dated ones, by path).
        let (newer, older) = model.neighbours(of: index)
        func neighbour(_ other: Int?, dated: String, undated: String) -> Any {
            guard let other else { return false }
            let label = article.date != nil && articles[other].date != nil ? dated : undated
            return ["title": articles[other].title, "url": root + SitePaths.article(articles[other].slug), "label": label] as [String: Any]
        }
        values["newer"] = neighbour(newer, dated: config.labels.newerStory, undated: config.labels.previousStory)
        values["older"] = neighbour(older, dated: config.labels.olderStory, undated: config.labels.nextStory)
        values["hasNeighbours"] = newer != nil || older != nil
        // Link previews and JSON-LD need the picture's full address.
        let fullImage = model.image(index, root: baseURL)
        if let image = model.image(index, root: root) {
            values["image"] = Self.imageValues(image)
            if var page = context["page"] as? [String: Any], let fullImage {
                page["image"] = ["src": fullImage.url, "alt": fullImage.alt]
                context["page"] = page
            }
        }
        if let date = article.date {
            values["date"] = ["iso": date.iso8601, "display": DateFormatting.display(date, config.labels)]
        }
        let toc = Self.contents(article.headings, reserved: templates?.ids ?? [])
        values["toc"] = toc
        values["hasToc"] = toc.count >= Self.contentsMinimum
        // Front matter Gazette does not read, for templates (of a key written twice, the first).
        values["params"] = Dictionary(article.params.map { ($0.key, $0.templateValue) }, uniquingKeysWith: { first, _ in first })
        if let updated = article.updated {
            values["updated"] = ["iso": updated.iso8601, "display": DateFormatting.display(updated, config.labels)]
        }
        if let canonical = analysis.duplicateOf { values["duplicateOf"] = card(canonical, root: root) }
        if let kicker = analysis.topics.first.flatMap({ topicLink($0, root: root) }) { values["kicker"] = kicker }
        context["article"] = values
        if article.isPage {
            context["jsonLD"] = JSONLD.webPage(article, baseURL: baseURL).serialized
            return Page(path: path, template: "page", context: context)
        }
        context["jsonLD"] = JSONLD.newsArticle(article, summary: summary, image: fullImage?.url,
                                               baseURL: baseURL).serialized
        return Page(path: path, template: "article", context: context)
    }

    /// A table of contents needs this many entries: a short story's two subheads need none.
    static let contentsMinimum = 3

    /// The entries of an article's table of contents: its headings of the two highest levels it
    /// uses (as Hugo's default, `h2` and `h3` in most bodies), each with `text`, the `id` its
    /// body gives it (the same `HeadingIDs` sequence over every heading) and `depth`, 1 or 2.
    static func contents(_ headings: [ArticleHeading], reserved: Set<String>) -> [[String: Any]] {
        guard let top = headings.map(\.level).min() else { return [] }
        var ids = HeadingIDs(reserved: reserved)
        return headings.compactMap { heading in
            let id = ids.next(for: heading.text)
            guard heading.level <= top + 1 else { return nil }
            return ["text": heading.text, "id": id, "depth": heading.level - top + 1]
        }
    }

    /// Page `number` of the front page: the latest stories (the first one as the lead on page
    /// one), and the leading topics.
    func frontPage(_ number: Int) -> Page {
        let page = pageSlice(model.stories, first: SitePaths.index, number: number)
        var context = common(path: page.path, title: config.title, description: config.description, section: "home")
        let root = context["root"] as? String ?? ""
        var cards = page.items.map { card($0, root: root) }
        if number == 1, !cards.isEmpty {
            context["lead"] = cards.removeFirst()
        }
        context["stories"] = cards
        context["topics"] = model.topics.prefix(12).compactMap { topicLink($0.slug, root: root) }
        context["pagination"] = page.pagination
        return Page(path: page.path, template: "index", context: context)
    }
}
