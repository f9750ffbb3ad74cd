import Foundation
import GazetteAnalysis
import GazetteCore
import GazetteIngest
import Logging

/// What a build did.
public struct BuildReport: Sendable {
    public var articles: Int
    public var files: Int
    public var diagnostics: [Diagnostic]
    public var skipped: [String]
    public var timings: [StageTiming]
    /// True when the build cache showed nothing had changed, so nothing was read or written.
    public var upToDate = false
    /// Pages kept from the previous site because their fingerprints were unchanged.
    public var pagesReused = 0
    /// Whether the search files were kept from the previous site, made from the same stories.
    public var searchReused = false
    /// The pages' fingerprints, for the next build.
    var fingerprints: PageFingerprints?
    /// The articles and analysis, kept when the builder's `keepsCorpus` is set (and the build
    /// was not up to date), for quick previews of later edits.
    public var preview: QuickPreview?
}

/// Reads the input, analyses it, renders every page and writes the site atomically.
public struct SiteBuilder: Sendable {
    public let config: SiteConfig
    public let templates: TemplateSet
    public let templatesDirectory: URL
    public let assetsDirectory: URL
    public var logger: Logger
    public var progress: ProgressHandler?
    /// When set, a build whose inputs, templates, settings and output are as the last
    /// successful build left them stops early and writes nothing.
    public var cache: BuildCache?
    /// Keep the analysed corpus in the report (`BuildReport.preview`); `gazette serve` sets it.
    public var keepsCorpus = false
    /// Also report the processor time of template rendering, a part of `render+write`
    /// (`gazette build --timings`).
    public var timesTemplates = false

    /// - Throws: `GazetteError.template` when a template is missing or broken.
    public init(
        config: SiteConfig, templatesDirectory: URL,
        logger: Logger = Logger(label: "gazette.site", factory: { _ in SwiftLogNoOpLogHandler() })
    ) throws {
        self.config = config
        self.templates = try TemplateSet(directory: templatesDirectory)
        self.templatesDirectory = templatesDirectory
        self.assetsDirectory = templatesDirectory.appendingPathComponent("assets")
        self.logger = logger
    }

    /// The content hash of each input file the state lists, by its path in the input folder.
    static func inputHashes(_ state: BuildState) -> [String: UInt64] {
        var hashes: [String: UInt64] = [:]
        hashes.reserveCapacity(state.files.count)
        for stamp in state.files where stamp.path.hasPrefix("input/") {
            hashes[String(stamp.path.dropFirst("input/".count))] = stamp.hash
        }
        return hashes
    }

    /// Reads `inputDirectory`, analyses it and writes the site to `output`.
    /// - Throws: `GazetteError.strict` when `strict` and some article could not be read, and
    ///   template or output errors; the previous site is then left as it was.
    public func build(inputDirectory: URL, output: URL, strict: Bool) throws -> BuildReport {
        guard FileManager.default.fileExists(atPath: inputDirectory.path) else {
            throw GazetteError.input("input folder \(inputDirectory.path) does not exist")
        }
        var clock = StageClock()
        var state: BuildState?
        if let cache {
            let (previous, current) = clock.measure("check") {
                let previous = cache.load()
                let current = BuildState.scan(settings: settingsKey(strict: strict), input: inputDirectory,
                                              templates: templatesDirectory, output: output, previous: previous)
                return (previous, current)
            }
            if let previous, current.matches(previous) {
                logger.info("nothing changed since the last build of \(output.path)")
                return BuildReport(articles: previous.articles, files: 0, diagnostics: [], skipped: [],
                                   timings: clock.timings, upToDate: true)
            }
            cache.clear()
            state = current
        }
        let files = try clock.measure("scan") { try ArticleLoader.inputFiles(in: inputDirectory) }
        logger.info("reading \(files.count) files from \(inputDirectory.path)")
        if files.isEmpty {
            logger.warning("no articles (.txt, .md, .markdown, .html, .htm) in \(inputDirectory.path)")
        }
        progress?(BuildProgress(stage: "ingest", done: 0, total: files.count))
        let loaded = clock.measure("ingest") {
            // Bodies go to a temporary file: memory holds the analysis and one page at a time,
            // not the corpus's text (which rendering reads back one article at a time).
            ArticleLoader(options: IngestOptions(includeDrafts: config.includeDrafts))
                .load(files, cache: cache?.ingest, stamps: state.map(Self.inputHashes), bodies: BodyStore())
        }
        if cache != nil {
            logger.info("ingest: \(loaded.parsedFromCache) files parsed from the cache")
        }
        if strict, !loaded.skipped.isEmpty || loaded.diagnostics.contains(where: { $0.severity == .error }) {
            throw GazetteError.strict(loaded.diagnostics)
        }
        progress?(BuildProgress(stage: "analyze", done: 0, total: loaded.articles.count))
        let (analysis, texts) = clock.measure("analyze") {
            Analyzer(options: AnalysisOptions(summarySentences: config.summarySentences))
                .analyzeStories(loaded.articles, cache: cache?.analysis)
        }
        if cache != nil {
            logger.info("""
                text pass: \(texts.reused) articles from the cache, \(texts.computed) worked out; \
                \(texts.summariesReused) summaries from the cache; topics: \(texts.topicResultsReused) results \
                from the cache, \(texts.topicResultsComputed) worked out; \(texts.relatedReused) related lists kept
                """)
        }
        let corpus = AnalyzedCorpus(
            articles: loaded.articles, analysis: analysis, diagnostics: loaded.diagnostics, skipped: loaded.skipped
        )
        let fingerprints = clock.measure("prepare") {
            FreedMemory.release()
            let seed = state.map(Self.pageSeed)
            return cache.flatMap { cache in
                seed.map { PageFingerprints.load(from: cache.pagesFile, seed: $0, output: output) ?? PageFingerprints(seed: $0) }
            }
        }
        var report = try write(corpus, to: output, input: (inputDirectory, state.map(Self.inputHashes)),
                               fingerprints: fingerprints, clock: &clock)
        report.diagnostics = corpus.diagnostics + report.diagnostics
        report.skipped = corpus.skipped
        if keepsCorpus { report.preview = QuickPreview(corpus: corpus, statistics: loaded.statistics) }
        if let cache, var state {
            clock.measure("save") {
                state.manifest = BuildState.manifestStamp(of: output)
                state.articles = corpus.articles.count
                cache.save(state)
                report.fingerprints?.save(to: cache.pagesFile, output: output)
            }
            report.timings = clock.timings
        }
        return report
    }

    /// What shapes every page besides its values: the settings and executable (already hashed
    /// into the state's settings) and each template file.
    private static func pageSeed(_ state: BuildState) -> Hasher128 {
        var seed = Hasher128()
        seed.add(state.settings)
        for file in state.files where file.path.hasPrefix("templates/") {
            seed.add(file.path)
            seed.add(file.hash)
        }
        return seed
    }

    /// Everything besides the files read that decides the output: settings, `--strict`, and
    /// which Gazette executable runs (a rebuilt Gazette may write different pages).
    private func settingsKey(strict: Bool) -> String {
        "\(config) strict=\(strict) gazette=\(BuildCache.executableIdentity())"
    }

    /// Renders and writes every file of the site for `corpus`.
    public func write(_ corpus: AnalyzedCorpus, to output: URL) throws -> BuildReport {
        var clock = StageClock()
        return try write(corpus, to: output, input: nil, fingerprints: nil, clock: &clock)
    }

    /// - Parameter input: the input folder, where the files articles link to are copied from,
    ///   and the content hash of each of its files (with the build cache).
    private func write(_ corpus: AnalyzedCorpus, to output: URL, input: (folder: URL, hashes: [String: UInt64]?)?,
                       fingerprints: PageFingerprints?, clock: inout StageClock) throws -> BuildReport {
        var folder = try OutputFolder(destination: output)
        do {
            let model = clock.measure("model") { SiteModel(corpus: corpus, config: config, inputDirectory: input?.folder) }
            let writer = PageWriter(builder: self, model: model, previous: fingerprints,
                                    templateClock: timesTemplates ? TemplateClock() : nil)
            let pages = try clock.measure("render+write") { try writer.writePages(into: &folder) }
            if let templateClock = writer.templateClock { clock.note("templates", cpuSeconds: templateClock.seconds) }
            FreedMemory.release()
            var (others, feedPrints, searchReused) = try clock.measure("feeds+assets") {
                try writeFeedsAndIndexes(model: model, sitemap: pages, keys: writer.keys, previous: fingerprints, into: &folder)
            }
            if let input, !model.links.files.isEmpty {
                let media = try clock.measure("media") {
                    try Self.copyMedia(model.links.files, from: input.folder, hashes: input.hashes, previous: fingerprints, into: &folder)
                }
                others += media.count
                feedPrints.merge(media.prints) { _, new in new }
            }
            try clock.measure("swap") { try folder.commit() }
            let count = pages.count + others
            logger.info("wrote \(count) files to \(output.path)")
            var report = BuildReport(articles: corpus.articles.count, files: count, diagnostics: model.links.problems + model.aliases.problems,
                                     skipped: [], timings: clock.timings)
            if let seed = fingerprints?.seed {
                var written = PageFingerprints(seed: seed)
                for page in pages { written.pages[page.path] = page.fingerprint }
                written.pages.merge(feedPrints) { _, feed in feed }
                report.fingerprints = written
                report.pagesReused = pages.count(where: \.reused)
                report.searchReused = searchReused
                logger.info("\(report.pagesReused) of \(pages.count) pages unchanged since the last build")
                if searchReused { logger.info("search index unchanged since the last build") }
            }
            return report
        } catch {
            folder.abandon()
            throw error
        }
    }

    /// Writes the feeds, search index, sitemap, alias pages and assets; returns how many files
    /// that is, the keys of the topic, author and source feeds and of the search files (with
    /// `keys`; files whose key is in `previous` are kept), and whether the search files were kept.
    private func writeFeedsAndIndexes(model: SiteModel, sitemap: [SitemapEntry], keys: PageKeys?, previous: PageFingerprints?,
                                      into folder: inout OutputFolder) throws -> (Int, [String: Hash128], Bool) {
        let feeds = Feeds(model: model)
        try folder.write(feeds.atom(title: config.title, selfPath: SitePaths.atomFeed, alternatePath: "", items: model.stories, content: true), to: SitePaths.atomFeed)
        try folder.write(feeds.json(items: model.stories), to: SitePaths.jsonFeed)
        // The feeds of topics, authors and sources.
        let title = config.title
        let lists: [(path: String, name: String, alternate: String, items: [Int])] =
            model.topics.map { (SitePaths.topicFeed($0.slug), $0.name, SitePaths.topic($0.slug), Array(model.stories(of: $0).prefix(feeds.limit))) }
            + (model.facets(.author) + model.facets(.source)).map { (SitePaths.facetFeed($0), $0.name, SitePaths.facet($0), Array($0.stories.prefix(feeds.limit))) }
        let staged = folder
        let feedKeys = keys.map { keys in Concurrent.map(lists.count) { keys.feedKey(path: lists[$0].path, name: lists[$0].name, items: lists[$0].items) } }
        let reused = Concurrent.map(lists.count) { index -> Result<Bool, any Error> in
            guard let feedKeys, previous?.pages[lists[index].path] == feedKeys[index] else { return .success(false) }
            return Result { try staged.reuse(lists[index].path) }
        }
        let render = try reused.indices.filter { try !reused[$0].get() }
        // The stories the feeds to render list, ascending (a flag per article: a `Set` of the
        // 100,000 listings of 10,000 articles took a tenth of a second).
        var inFeeds = [Bool](repeating: false, count: model.corpus.articles.count)
        for index in render { for story in lists[index].items { inFeeds[story] = true } }
        let entries = feeds.atomEntries(for: inFeeds.indices.filter { inFeeds[$0] })
        try Self.store(render.count, in: staged) { position in
            let list = lists[render[position]]
            let xml = feeds.atom(title: "\(list.name) · \(title)", selfPath: list.path, alternatePath: list.alternate,
                                 items: list.items, entries: entries)
            return (list.path, Data(xml.utf8))
        }
        folder.record(lists.map(\.path))
        let names = Dictionary(model.topics.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        let searchKey = keys?.searchKey(topicNames: names)
        let searchPaths: [String]
        let searchReused: Bool
        if let searchKey, let kept = try Self.reuseSearchFiles(key: searchKey, previous: previous, in: staged) {
            searchPaths = kept
            searchReused = true
        } else {
            searchReused = false
            let search = SearchIndex.files(model: model, topicNames: names)
            try Self.store(search.count, in: staged) { (search[$0].path, Data(search[$0].bytes)) }
            searchPaths = search.map(\.path)
        }
        folder.record(searchPaths)
        let listed = sitemap.filter { $0.path != SitePaths.notFound }.sorted { $0.path < $1.path }
        let sitemaps = Sitemap.files(base: config.normalizedBaseURL, pages: listed.map { ($0.path, $0.lastmod) })
        for file in sitemaps { try folder.write(file.xml, to: file.path) }
        try folder.write(Sitemap.robots(base: config.normalizedBaseURL), to: SitePaths.robots)
        for alias in model.aliases.pages {
            try folder.write(AliasPages.html(path: alias.path, article: alias.article, model: model), to: alias.path)
        }
        var prints: [String: Hash128] = [:]
        if let feedKeys { for (index, list) in lists.enumerated() { prints[list.path] = feedKeys[index] } }
        if let searchKey { for path in searchPaths { prints[path] = searchKey } }
        return (3 + searchPaths.count + sitemaps.count + lists.count + model.aliases.pages.count + (try copyAssets(into: &folder)),
                prints, searchReused)
    }

    /// The last build's search files, kept, when it made them from what this build would
    /// (`PageKeys.searchKey`, saved as the fingerprint of each); `nil` when it did not or a file
    /// is missing, and then every one is made again (`store` never writes through a kept file).
    private static func reuseSearchFiles(key: Hash128, previous: PageFingerprints?, in folder: OutputFolder) throws -> [String]? {
        guard let previous, previous.pages[SitePaths.searchIndex] == key else { return nil }
        let paths = previous.pages.compactMap { path, print in
            print == key && (path == SitePaths.searchIndex || path.hasPrefix(SitePaths.searchFolder)) ? path : nil
        }.sorted()
        for path in paths { guard try folder.reuse(path) else { return nil } }
        return paths
    }

    /// Stores the `count` files `make` gives on all cores (without recording them) and throws
    /// the first failure.
    private static func store(_ count: Int, in folder: OutputFolder, _ make: @Sendable (Int) -> (path: String, data: Data)) throws {
        let failures = Concurrent.map(count) { index -> (any Error)? in
            let file = make(index)
            do {
                try folder.store(file.data, at: file.path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Copies the input files articles link to (`ArticleLinks.files`) to `media/`. With the
    /// build cache, a file's fingerprint is its content hash, and a file whose hash is the one
    /// the last site copied is kept from it instead of read again.
    private static func copyMedia(_ files: [String], from input: URL, hashes: [String: UInt64]?, previous: PageFingerprints?,
                                  into folder: inout OutputFolder) throws -> (count: Int, prints: [String: Hash128]) {
        var prints: [String: Hash128] = [:]
        for file in files {
            let path = ArticleLinks.mediaFolder + file
            let key = hashes?[file].map { hash -> Hash128 in
                var hasher = Hasher128()
                hasher.add("media")
                hasher.add(hash)
                return hasher.hash
            }
            if let key {
                prints[path] = key
                if previous?.pages[path] == key, try folder.reuse(path) {
                    folder.record([path])
                    continue
                }
            }
            try folder.copy(input.standardizedFileURL.path + "/" + file, to: path)
        }
        return (files.count, prints)
    }

    /// Copies `templates/assets/` to `assets/`, in path order.
    private func copyAssets(into folder: inout OutputFolder) throws -> Int {
        guard FileManager.default.fileExists(atPath: assetsDirectory.path) else { return 0 }
        let files = OutputFolder.regularFiles(in: assetsDirectory)
        for file in files {
            let data = try Data(contentsOf: assetsDirectory.appendingPathComponent(file))
            try folder.write(data, to: "assets/" + file)
        }
        return files.count
    }
}
