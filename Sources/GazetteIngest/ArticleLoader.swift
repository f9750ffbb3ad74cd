import Foundation
import GazetteCore

/// Reads input files into articles.
///
/// PLACEHOLDER (to be replaced in this session): first line is the title, lines are paragraphs.
public struct ArticleLoader: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// The article files below `directory` (`.txt`, `.md`, `.markdown`, `.html`, `.htm`),
    /// sorted by path; hidden files and folders are passed over.
    public static func inputFiles(in directory: URL, pathPrefix: String = "") throws -> [InputFile] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let walker = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]
        ) else { return [] }
        let base = directory.standardizedFileURL.path
        var files: [InputFile] = []
        for case let url as URL in walker {
            guard ["txt", "md", "markdown", "html", "htm"].contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true else { continue }
            var relative = url.standardizedFileURL.path
            if relative.hasPrefix(base + "/") { relative.removeFirst(base.count + 1) }
            files.append(InputFile(url: url, path: pathPrefix + relative))
        }
        return files.sorted()
    }

    public func load(_ files: [InputFile]) -> IngestResult {
        var slugs = SlugAllocator()
        var articles: [Article] = []
        for file in files.sorted() {
            guard let text = try? String(contentsOf: file.url, encoding: .utf8) else { continue }
            let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard let first = lines.first else { continue }
            var article = Article(path: file.path, format: .text, title: first, paragraphs: Array(lines.dropFirst()),
                                  markdown: lines.dropFirst().joined(separator: "\n\n"))
            article.slug = slugs.allocate(first)
            articles.append(article)
        }
        return IngestResult(articles: articles, diagnostics: [], skipped: [])
    }
}
