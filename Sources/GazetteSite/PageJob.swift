/// One page of the site to make. Jobs are cheap to list; the page's values are built only when
/// it is rendered, so memory stays bounded however large the site.
enum PageJob: Sendable, Hashable {
    case front(page: Int)
    case article(Int)
    case topicsIndex
    case topic(Int, page: Int)
    case archiveIndex
    case month(Int, page: Int)
    case undated(page: Int)
    /// An author's or a source's stories.
    case facet(Facet.Kind, Int, page: Int)
    case search
    case notFound

    /// Every page of the site, in a fixed order.
    static func all(for model: SiteModel, contexts: PageContexts) -> [PageJob] {
        var jobs: [PageJob] = (1...contexts.pageCount(model.stories.count)).map { .front(page: $0) }
        jobs += model.corpus.articles.indices.map { .article($0) }
        jobs.append(.topicsIndex)
        for (index, topic) in model.topics.enumerated() {
            jobs += (1...contexts.pageCount(model.stories(of: topic).count)).map { .topic(index, page: $0) }
        }
        jobs.append(.archiveIndex)
        for (index, month) in model.months.enumerated() {
            jobs += (1...contexts.pageCount(month.stories.count)).map { .month(index, page: $0) }
        }
        if !model.undated.isEmpty {
            jobs += (1...contexts.pageCount(model.undated.count)).map { .undated(page: $0) }
        }
        for kind in Facet.Kind.allCases {
            for (index, facet) in model.facets(kind).enumerated() {
                jobs += (1...contexts.pageCount(facet.stories.count)).map { .facet(kind, index, page: $0) }
            }
        }
        jobs += [.search, .notFound]
        return jobs
    }
}

extension PageContexts {
    func page(for job: PageJob) -> Page {
        switch job {
        case .front(let number): frontPage(number)
        case .article(let index): articlePage(index)
        case .topicsIndex: topicsIndexPage()
        case .topic(let index, let number): topicPage(model.topics[index], number: number)
        case .archiveIndex: archiveIndexPage()
        case .month(let index, let number): monthPage(model.months[index], number: number)
        case .undated(let number):
            listPage(model.undated, first: SitePaths.undated, title: config.labels.undatedStories, number: number)
        case .facet(let kind, let index, let number): facetPage(model.facets(kind)[index], number: number)
        case .search: searchPage()
        case .notFound: notFoundPage()
        }
    }
}
