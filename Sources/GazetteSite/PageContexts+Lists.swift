import GazetteAnalysis
import GazetteCore

extension PageContexts {
    /// All topics, largest first.
    func topicsIndexPage() -> Page {
        let path = SitePaths.topicsIndex
        var context = common(path: path, title: labels.topics, description: SiteLabels.fill(labels.topicsDescription, ["site": config.title]),
                             section: "topics")
        let root = context["root"] as? String ?? ""
        context["topics"] = model.topics.compactMap { topicLink($0.slug, root: root) }
        return Page(path: path, template: "topics", context: context)
    }

    /// Page `number` of a topic: its summary, a timeline of its stories, related topics, its feed.
    func topicPage(_ topic: Topic, number: Int) -> Page {
        let stories = model.stories(of: topic)
        let page = pageSlice(stories, first: SitePaths.topic(topic.slug), number: number)
        var context = common(
            path: page.path, title: topic.name,
            description: topic.summary.first ?? SiteLabels.fill(labels.topicDescription, ["name": topic.name]), section: "topics"
        )
        let root = context["root"] as? String ?? ""
        context["topic"] = [
            "name": topic.name,
            "summary": topic.summary,
            "feed": root + SitePaths.topicFeed(topic.slug),
            "count": stories.count,
            "related": topic.related.compactMap { topicLink($0, root: root) },
            "hasRelated": topic.related.contains { topicsBySlug[$0] != nil },
            "hasSummary": !topic.summary.isEmpty,
            "plural": stories.count != 1,
        ] as [String: Any]
        context["timeline"] = timeline(page.items, root: root)
        context["pagination"] = page.pagination
        context["feed"] = root + SitePaths.topicFeed(topic.slug)
        return Page(path: page.path, template: "topic", context: context)
    }

    /// Stories grouped under their day, newest first; undated stories last under "Undated".
    func timeline(_ items: [Int], root: String) -> [[String: Any]] {
        var groups: [[String: Any]] = []
        var currentLabel: String?
        var current: [[String: Any]] = []
        for index in items {
            let label = articles[index].date.map { DateFormatting.display(PublicationDate(year: $0.year, month: $0.month, day: $0.day), labels) }
                ?? labels.undated
            if label != currentLabel, let previous = currentLabel {
                groups.append(["label": previous, "stories": current])
                current = []
            }
            currentLabel = label
            current.append(card(index, root: root))
        }
        if let label = currentLabel { groups.append(["label": label, "stories": current]) }
        return groups
    }

    /// The archive index: years and months with their counts, and undated stories.
    func archiveIndexPage() -> Page {
        let path = SitePaths.archiveIndex
        var context = common(path: path, title: labels.archive, description: labels.archiveDescription, section: "archive")
        let root = context["root"] as? String ?? ""
        var years: [[String: Any]] = []
        for month in model.months {
            let entry: [String: Any] = [
                "name": labels.months[month.month - 1],
                "url": root + SitePaths.month(year: month.year, month: month.month),
                "count": month.stories.count,
            ]
            if let last = years.last, last["year"] as? Int == month.year {
                years[years.count - 1]["months"] = (last["months"] as? [[String: Any]] ?? []) + [entry]
            } else {
                years.append(["year": month.year, "months": [entry]])
            }
        }
        context["years"] = years
        if !model.undated.isEmpty {
            context["undated"] = ["url": root + SitePaths.undated, "count": model.undated.count]
        }
        return Page(path: path, template: "archive", context: context)
    }

    func monthPage(_ month: SiteModel.ArchiveMonth, number: Int) -> Page {
        listPage(
            month.stories, first: SitePaths.month(year: month.year, month: month.month),
            title: DateFormatting.monthTitle(year: month.year, month: month.month, labels), number: number
        )
    }

    /// Page `number` of a plain list of stories (an archive month, undated stories).
    func listPage(_ items: [Int], first: String, title: String, number: Int) -> Page {
        let page = pageSlice(items, first: first, number: number)
        var context = common(path: page.path, title: title, description: SiteLabels.fill(labels.listDescription, ["title": title]), section: "archive")
        let root = context["root"] as? String ?? ""
        context["heading"] = title
        context["kicker"] = ["name": labels.archive, "url": root + SitePaths.archiveIndex]
        context["stories"] = page.items.map { card($0, root: root) }
        context["pagination"] = page.pagination
        return Page(path: page.path, template: "list", context: context)
    }

    /// Page `number` of an author's or a source's stories, newest first.
    func facetPage(_ facet: Facet, number: Int) -> Page {
        let page = pageSlice(facet.stories, first: SitePaths.facet(facet), number: number)
        let heading = SiteLabels.fill(facet.kind == .author ? labels.storiesBy : labels.storiesFrom, ["name": facet.name])
        var context = common(path: page.path, title: facet.name, description: heading + ".", section: "none")
        let root = context["root"] as? String ?? ""
        context["heading"] = heading
        context["kicker"] = ["name": facet.kind == .author ? labels.author : labels.source, "url": false]
        context["feed"] = ["url": root + SitePaths.facetFeed(facet), "name": facet.name]
        context["stories"] = page.items.map { card($0, root: root) }
        context["pagination"] = page.pagination
        return Page(path: page.path, template: "list", context: context)
    }

    /// The not-found page. It may be served at any depth, so it links through the base URL
    /// when that is a path or an absolute URL, and relative to the root otherwise.
    func notFoundPage() -> Page {
        var context = common(path: SitePaths.notFound, title: labels.notFound, description: labels.notFoundDescription, section: "none")
        context["root"] = baseURL == "/" ? "/" : baseURL
        context["latest"] = model.stories.prefix(5).map { card($0, root: baseURL) }
        return Page(path: SitePaths.notFound, template: "404", context: context)
    }
}

extension PageContexts {
    /// The search page; `assets/search.js` fills in results from `search-index.json`.
    func searchPage() -> Page {
        var context = common(path: SitePaths.search, title: labels.search, description: SiteLabels.fill(labels.searchDescription, ["site": config.title]),
                             section: "search")
        let root = context["root"] as? String ?? ""
        context["index"] = root + SitePaths.searchIndex
        context["topics"] = model.topics.prefix(20).compactMap { topicLink($0.slug, root: root) }
        return Page(path: SitePaths.search, template: "search", context: context)
    }
}
