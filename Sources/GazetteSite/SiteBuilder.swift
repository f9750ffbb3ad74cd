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
}

/// Turns an analysed corpus into the files of the site and writes them atomically.
public struct SiteBuilder {
    public let config: SiteConfig
    public let templates: TemplateSet
    public let assetsDirectory: URL
    public var logger: Logger

    /// - Throws: `GazetteError.template` when a template is missing or broken.
    public init(config: SiteConfig, templatesDirectory: URL, logger: Logger = Logger(label: "gazette.site", factory: { _ in SwiftLogNoOpLogHandler() })) throws {
        self.config = config
        self.templates = try TemplateSet(directory: templatesDirectory)
        self.assetsDirectory = templatesDirectory.appendingPathComponent("assets")
        self.logger = logger
    }

    /// Reads `config.input`, analyses it and writes the site to `output`.
    /// - Throws: `GazetteError.strict` when `strict` and some article could not be read, and
    ///   template or output errors; the previous site is then left as it was.
    public func build(inputDirectory: URL, output: URL, strict: Bool) throws -> BuildReport {
        guard FileManager.default.fileExists(atPath: inputDirectory.path) else {
            throw GazetteError.input("input folder \(inputDirectory.path) does not exist")
        }
        let files = try ArticleLoader.inputFiles(in: inputDirectory)
        logger.info("reading \(files.count) files from \(inputDirectory.path)")
        let corpus = Pipeline.run(
            files: files, ingest: IngestOptions(includeDrafts: config.includeDrafts),
            analysis: AnalysisOptions(summarySentences: config.summarySentences)
        )
        if strict, !corpus.skipped.isEmpty || corpus.diagnostics.contains(where: { $0.severity == .error }) {
            throw GazetteError.strict(corpus.diagnostics)
        }
        var report = try write(corpus, to: output)
        report.diagnostics = corpus.diagnostics
        report.skipped = corpus.skipped
        return report
    }

    /// Renders and writes every file of the site for `corpus`.
    public func write(_ corpus: AnalyzedCorpus, to output: URL) throws -> BuildReport {
        var folder = try OutputFolder(destination: output)
        do {
            let count = try writeFiles(corpus, into: &folder)
            try folder.commit()
            logger.info("wrote \(count) files to \(output.path)")
            return BuildReport(articles: corpus.articles.count, files: count, diagnostics: [], skipped: [])
        } catch {
            folder.abandon()
            throw error
        }
    }

    private func writeFiles(_ corpus: AnalyzedCorpus, into folder: inout OutputFolder) throws -> Int {
        let model = SiteModel(corpus: corpus, config: config)
        let contexts = PageContexts(model: model)
        var sitemap: [(path: String, lastmod: String?)] = []
        var count = 0
        func emit(_ pages: [Page], lastmod: (Page) -> String? = { _ in nil }) throws {
            for page in pages {
                try folder.write(try templates.render(page), to: page.path)
                sitemap.append((page.path, lastmod(page)))
                count += 1
            }
        }
        try emit(contexts.frontPages())
        try emit(corpus.articles.indices.map(contexts.articlePage)) { page in
            ((page.context["article"] as? [String: Any])?["date"] as? [String: Any])?["iso"] as? String
        }
        try emit([contexts.topicsIndexPage()] + contexts.topicPages())
        try emit(contexts.archivePages())
        try emit([contexts.searchPage()])
        try folder.write(try templates.render(contexts.notFoundPage()), to: SitePaths.notFound)
        count += 1
        count += try writeFeedsAndIndexes(model: model, sitemap: sitemap, into: &folder)
        count += try copyAssets(into: &folder)
        return count
    }

    private func writeFeedsAndIndexes(
        model: SiteModel, sitemap: [(path: String, lastmod: String?)], into folder: inout OutputFolder
    ) throws -> Int {
        let feeds = Feeds(model: model)
        try folder.write(feeds.atom(title: config.title, selfPath: SitePaths.atomFeed, alternatePath: "", items: model.stories), to: SitePaths.atomFeed)
        try folder.write(feeds.json(items: model.stories), to: SitePaths.jsonFeed)
        for topic in model.topics {
            try folder.write(
                feeds.atom(
                    title: "\(topic.name) · \(config.title)", selfPath: SitePaths.topicFeed(topic.slug),
                    alternatePath: SitePaths.topic(topic.slug), items: model.stories(of: topic)
                ),
                to: SitePaths.topicFeed(topic.slug)
            )
        }
        let names = Dictionary(model.topics.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        try folder.write(SearchIndex.json(model: model, topicNames: names), to: SitePaths.searchIndex)
        try folder.write(Sitemap.xml(base: config.normalizedBaseURL, pages: sitemap.sorted { $0.path < $1.path }), to: SitePaths.sitemap)
        try folder.write(Sitemap.robots(base: config.normalizedBaseURL), to: SitePaths.robots)
        return 5 + model.topics.count
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
