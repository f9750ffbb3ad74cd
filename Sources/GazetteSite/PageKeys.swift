import GazetteAnalysis
import GazetteCore

/// Page fingerprints worked out from the site model, before and without the page's template
/// values: a rebuild after one edit finds most pages unchanged by their key alone, where building
/// and hashing the values of every page took about a quarter of its time at 10,000 articles.
///
/// A key hashes everything its page builder in `PageContexts` reads (the article, its analysis,
/// the cards and topic links it lists, its slice of a list and the list's length), seeded like
/// `PageFingerprints` with the settings, templates and executable. Keys are for the pages that
/// come by the thousand (articles, topics, front and archive pages); the few others keep the
/// fingerprint of their values. Keep the two in step: `PageKeyTests` changes each input and
/// checks that every page whose values changed got a new key.
struct PageKeys: Sendable {
    /// The model only, not `PageContexts`, whose card cache would then outlive the pages.
    let model: SiteModel
    private let seed: Hasher128
    /// Per article: what its story card shows, besides the link root.
    private let cards: [Hash128]
    /// Per topic slug: what its link shows (name, slug, story count).
    private let topicLinks: [String: Hash128]

    init(model: SiteModel, seed: Hasher128) {
        self.model = model
        var seed = seed
        // Apart from value fingerprints, which start with the template's name.
        seed.add("typed page key 1")
        // Every page's footer lists the site's pages.
        for index in model.pages {
            seed.add(model.corpus.articles[index].title)
            seed.add(model.corpus.articles[index].slug)
        }
        self.seed = seed
        var links: [String: Hash128] = [:]
        for topic in model.topics where links[topic.slug] == nil {
            var hasher = Hasher128()
            hasher.add(topic.slug)
            hasher.add(topic.name)
            hasher.add(UInt64(model.stories(of: topic).count))
            links[topic.slug] = hasher.hash
        }
        topicLinks = links
        let articles = model.corpus.articles, analyses = model.corpus.analysis.articles
        cards = Concurrent.map(articles.count) { [links] index in
            let article = articles[index], analysis = analyses[index]
            var hasher = Hasher128()
            hasher.add(article.title)
            hasher.add(article.slug)
            hasher.add(list: model.summary(index))
            Self.add(topics: analysis.topics.prefix(2), links: links, to: &hasher)
            hasher.add(optional: article.byline)
            hasher.add(optional: article.source)
            hasher.add(optional: model.language(index))
            Self.add(image: model.image(index, root: ""), to: &hasher)
            hasher.add(date: article.date)
            // Cards do not show it, but feed entries, keyed by their stories' cards, do.
            hasher.add(date: article.updated)
            return hasher.hash
        }
    }

    /// The page's path and key, or `nil` for a page only its values fingerprint.
    func key(for job: PageJob) -> (path: String, key: Hash128)? {
        switch job {
        case .article(let index): articleKey(index)
        case .front(let number):
            listKey(model.stories, first: SitePaths.index, template: "index", number: number) {
                for topic in model.topics.prefix(12) { add(topic: topic.slug, to: &$0) }
            }
        case .topic(let index, let number): topicKey(model.topics[index], number: number)
        case .month(let index, let number):
            // The page's title is the month's, which its path names.
            monthKey(model.months[index], number: number)
        case .undated(let number):
            listKey(model.undated, first: SitePaths.undated, template: "list", number: number) { _ in }
        case .facet(let kind, let index, let number):
            listKey(model.facets(kind)[index].stories, first: SitePaths.facet(model.facets(kind)[index]), template: "list",
                    number: number) { $0.add(model.facets(kind)[index].name) }
        case .topicsIndex, .archiveIndex, .search, .notFound: nil
        }
    }

    /// The key of the Atom feed at `path` named `name` and listing `items` (a topic's, an
    /// author's or a source's): its entries show what the items' cards show (and less), and
    /// every entry without a date carries the corpus's newest date.
    func feedKey(path: String, name: String, items: [Int]) -> Hash128 {
        var hasher = start(template: "topic feed", path: path)
        hasher.add(name)
        hasher.add(date: model.newestDate)
        add(cards: items, to: &hasher)
        return hasher.hash
    }

    /// The key of the search files (`SearchIndex.files`): what they are made from, every story's
    /// headline, link, date, summary, topic names, byline and search names, in site order.
    /// `topicNames` maps each topic slug to its name, as `SearchIndex.files` is given it.
    func searchKey(topicNames: [String: String]) -> Hash128 {
        let stories = model.stories
        let articles = model.corpus.articles, analyses = model.corpus.analysis.articles
        // Stories add their topics' slugs; the names those stand for are added once, below.
        let perStory = Concurrent.map(stories.count) { position in
            let index = stories[position]
            var hasher = Hasher128()
            hasher.add(articles[index].title)
            hasher.add(articles[index].slug)
            hasher.add(date: articles[index].date)
            hasher.add(list: model.summary(index))
            hasher.add(list: analyses[index].topics)
            hasher.add(optional: articles[index].byline)
            hasher.add(list: analyses[index].searchNames)
            return hasher.hash
        }
        var hasher = start(template: "search", path: SitePaths.searchIndex)
        for (slug, name) in topicNames.sorted(by: { $0.key < $1.key }) {
            hasher.add(slug)
            hasher.add(name)
        }
        hasher.add(UInt64(SearchIndex.chunk))
        hasher.add(UInt64(perStory.count))
        for story in perStory {
            hasher.add(story.high)
            hasher.add(story.low)
        }
        return hasher.hash
    }

    private func articleKey(_ index: Int) -> (path: String, key: Hash128) {
        let article = model.corpus.articles[index]
        let analysis = model.corpus.analysis.articles[index]
        let path = SitePaths.article(article.slug)
        var hasher = start(template: article.isPage ? "page" : "article", path: path)
        hasher.add(article.title)
        hasher.add(list: model.summary(index))
        hasher.add(UInt64(model.summaryIsLede(index) ? 1 : 0))
        let body = article.bodyDigest.markdown
        hasher.add(body.high)
        hasher.add(body.low)
        Self.add(topics: analysis.topics[...], links: topicLinks, to: &hasher)
        add(cards: analysis.related, to: &hasher)
        add(cards: model.copies[index] ?? [], to: &hasher)
        add(cards: analysis.versions, to: &hasher)
        add(cards: analysis.duplicateOf.map { [$0] } ?? [], to: &hasher)
        hasher.add(list: article.categories)
        // The topic page each category links to (a duplicate's need not be among its topics).
        hasher.add(list: article.categories.map { model.topic(ofLabel: $0) ?? "" })
        hasher.add(list: article.tags)
        // Where the body's local links lead (a linked article's slug can change, a file appear);
        // the body's digest covers the destinations as written.
        hasher.add(list: model.links.resolved(index).map(\.1))
        hasher.add(list: article.credits)
        hasher.add(optional: article.byline)
        hasher.add(optional: article.source)
        // The pages its authors and source link to (a slug may change when another name comes).
        hasher.add(list: model.authors(of: index).map { $0.facet.map(SitePaths.facet) ?? "" })
        hasher.add(optional: model.sourceFacet(of: index).map(SitePaths.facet))
        hasher.add(optional: article.dateline)
        hasher.add(optional: model.language(index))
        hasher.add(optional: article.url)
        Self.add(image: model.image(index, root: ""), to: &hasher)
        hasher.add(UInt64(article.wordCount))
        // The stories next to it, which its page links by title.
        let (newer, older) = model.neighbours(of: index)
        for neighbour in [newer, older] {
            hasher.add(optional: neighbour.map { model.corpus.articles[$0].title })
            hasher.add(optional: neighbour.map { model.corpus.articles[$0].slug })
            // Whether it is dated, which names the link.
            hasher.add(UInt64(neighbour.map { model.corpus.articles[$0].date == nil ? 1 : 2 } ?? 0))
        }
        hasher.add(date: article.date)
        hasher.add(date: article.updated)
        hasher.add(UInt64(article.params.count))
        for param in article.params {
            hasher.add(param.key)
            switch param.value {
            case .text(let text): hasher.add("text " + text)
            case .flag(let flag): hasher.add(flag ? "flag true" : "flag false")
            case .list(let items):
                hasher.add("list")
                hasher.add(list: items)
            }
        }
        return (path, hasher.hash)
    }

    private func topicKey(_ topic: Topic, number: Int) -> (path: String, key: Hash128) {
        listKey(model.stories(of: topic), first: SitePaths.topic(topic.slug), template: "topic", number: number) {
            $0.add(topic.name)
            $0.add(topic.slug)
            $0.add(list: topic.summary)
            for slug in topic.related { add(topic: slug, to: &$0) }
            // The timeline groups stories by their day, which their cards' keys hold.
        }
    }

    private func monthKey(_ month: SiteModel.ArchiveMonth, number: Int) -> (path: String, key: Hash128) {
        listKey(month.stories, first: SitePaths.month(year: month.year, month: month.month), template: "list", number: number) { _ in }
    }

    /// Page `number` of a list of stories: its slice of cards, the list's length (pagination)
    /// and whatever `extra` adds.
    private func listKey(_ items: [Int], first: String, template: String, number: Int,
                         extra: (inout Hasher128) -> Void) -> (path: String, key: Hash128) {
        let path = SitePaths.page(number, of: first)
        var hasher = start(template: template, path: path)
        hasher.add(UInt64(number))
        hasher.add(UInt64(items.count))
        add(cards: PageContexts.slice(items, number: number, pageSize: max(1, model.config.pageSize)), to: &hasher)
        extra(&hasher)
        return (path, hasher.hash)
    }

    private func start(template: String, path: String) -> Hasher128 {
        var hasher = seed
        hasher.add(template)
        hasher.add(path)
        return hasher
    }

    private func add(cards indices: [Int], to hasher: inout Hasher128) {
        hasher.add(UInt64(indices.count))
        for index in indices {
            hasher.add(cards[index].high)
            hasher.add(cards[index].low)
        }
    }

    private func add(topic slug: String, to hasher: inout Hasher128) {
        Self.add(topics: [slug][...], links: topicLinks, to: &hasher)
    }

    /// Each slug's link, or a mark for a slug that names no topic (its link is left out).
    /// An article's image as its page and cards show it: where it leads (a linked file's path),
    /// its text and caption, its size.
    private static func add(image: (url: String, alt: String, caption: String?, size: (width: Int, height: Int)?)?, to hasher: inout Hasher128) {
        hasher.add(optional: image?.url)
        hasher.add(optional: image?.alt)
        hasher.add(optional: image?.caption)
        hasher.add(UInt64(image?.size?.width ?? 0))
        hasher.add(UInt64(image?.size?.height ?? 0))
    }

    private static func add(topics slugs: ArraySlice<String>, links: [String: Hash128], to hasher: inout Hasher128) {
        hasher.add(UInt64(slugs.count))
        for slug in slugs {
            if let link = links[slug] {
                hasher.add(link.high)
                hasher.add(link.low)
            } else {
                hasher.add(0)
            }
        }
    }
}

extension Hasher128 {
    mutating func add(list: [String]) {
        add(UInt64(list.count))
        for item in list { add(item) }
    }

    mutating func add(optional text: String?) {
        if let text {
            add(1)
            add(text)
        } else {
            add(0)
        }
    }

    /// Every field of `date`, or a mark for none.
    mutating func add(date: PublicationDate?) {
        guard let date else { return add(0) }
        add(1)
        for field in [date.year, date.month, date.day] { add(UInt64(bitPattern: Int64(field))) }
        for field in [date.hour, date.minute, date.second, date.utcOffsetMinutes] {
            guard let field else {
                add(0)
                continue
            }
            add(1)
            add(UInt64(bitPattern: Int64(field)))
        }
    }
}
