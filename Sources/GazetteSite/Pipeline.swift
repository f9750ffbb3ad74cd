import Foundation
import GazetteAnalysis
import GazetteCore
import GazetteIngest

/// Articles read and analysed: what both `gazette analyze` and `gazette build` start from.
public struct AnalyzedCorpus: Sendable {
    /// Sorted by path.
    public var articles: [Article]
    /// `analysis.articles[i]` belongs to `articles[i]`.
    public var analysis: CorpusAnalysis
    public var diagnostics: [Diagnostic]
    public var skipped: [String]
}

/// Ingest followed by analysis.
public enum Pipeline {
    /// Reads `files` and analyses the articles found. Their bodies are kept in a temporary
    /// `BodyStore` when one can be made, so memory holds the analysis rather than the text.
    public static func run(
        files: [InputFile], ingest: IngestOptions, analysis: AnalysisOptions
    ) -> AnalyzedCorpus {
        let loaded = ArticleLoader(options: ingest).load(files, bodies: BodyStore())
        let result = Analyzer(options: analysis).analyzeStories(loaded.articles, cache: nil).analysis
        return AnalyzedCorpus(
            articles: loaded.articles, analysis: result,
            diagnostics: loaded.diagnostics, skipped: loaded.skipped
        )
    }

    /// The input files named on a command line: files as given, folders walked.
    /// Paths in the result keep the form the user typed (`seeds/000_x.txt`).
    /// - Throws: `GazetteError.input` for a path that does not exist.
    public static func inputFiles(for paths: [String], relativeTo base: URL) throws -> [InputFile] {
        var files: [InputFile] = []
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw GazetteError.input("\(path): no such file or folder")
            }
            if isDirectory.boolValue {
                let prefix = path.hasSuffix("/") ? path : path + "/"
                files += try ArticleLoader.inputFiles(in: url, pathPrefix: prefix == "./" ? "" : prefix)
            } else {
                files.append(InputFile(url: url, path: path))
            }
        }
        return Array(Set(files)).sorted()
    }
}

extension Analyzer {
    /// `analyze(_:cache:)` of the stories only, spread over all the articles: pages
    /// (`Article.isPage`) get an empty analysis, and are no other article's related story,
    /// copy or version, nor a topic's member.
    public func analyzeStories(_ articles: [Article], cache: AnalysisCache?) -> (analysis: CorpusAnalysis, cache: AnalysisCache.Report) {
        let positions = articles.indices.filter { !articles[$0].isPage }
        guard positions.count < articles.count else { return analyze(articles, cache: cache) }
        let (analysis, report) = analyze(positions.map { articles[$0] }, cache: cache)
        return (analysis.spread(to: positions, count: articles.count), report)
    }
}
