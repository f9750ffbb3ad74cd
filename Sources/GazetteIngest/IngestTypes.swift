import Foundation
import GazetteCore

/// One input file: where it is on disk and the path shown in output and messages.
public struct InputFile: Sendable, Hashable, Comparable {
    public var url: URL
    /// Relative to the input folder for builds (`000_x.txt`), or as given on the command line
    /// for `gazette analyze` (`seeds/000_x.txt`); `/`-separated.
    public var path: String

    public init(url: URL, path: String) {
        self.url = url
        self.path = path
    }

    public static func < (lhs: InputFile, rhs: InputFile) -> Bool { lhs.path < rhs.path }
}

public struct IngestOptions: Sendable, Hashable {
    /// Keep articles whose front matter says `draft: true`.
    public var includeDrafts: Bool
    /// Files larger than this are read only up to it (and a warning says so).
    public var maxFileBytes: Int

    public init(includeDrafts: Bool = false, maxFileBytes: Int = 4 << 20) {
        self.includeDrafts = includeDrafts
        self.maxFileBytes = maxFileBytes
    }
}

/// What ingest made of a set of files.
public struct IngestResult: Sendable {
    /// Articles sorted by path, each with a unique slug.
    public var articles: [Article]
    /// Every problem met, sorted; errors name the skipped files.
    public var diagnostics: [Diagnostic]
    /// Paths of the files that produced no article (unreadable, empty, binary, broken).
    public var skipped: [String]
    /// The line statistics plain text was cleaned with.
    public var statistics = CorpusStatistics()
    /// Files whose parse came from the ingest cache.
    public var parsedFromCache = 0

    public init(articles: [Article], diagnostics: [Diagnostic], skipped: [String]) {
        self.articles = articles
        self.diagnostics = diagnostics
        self.skipped = skipped
    }
}
