import Foundation
import GazetteCore
import GazetteMarkdown

/// Turns a Markdown file with optional YAML front matter into an article.
///
/// Front matter supplies the metadata; a broken one skips the file with an error at its
/// `line:column`. Without a `title`, the first heading is the title (and is taken out of the
/// body when it opens it); without a heading, a headline is derived from the lede. The body
/// Markdown is kept as written (the renderer omits raw HTML); the paragraphs for analysis are
/// cmark's plain-text rendering.
enum MarkdownArticleParser {
    static func parse(_ text: String, path: String) -> FileOutcome {
        let split: FrontMatterSplit
        switch FrontMatter.split(text, path: path) {
        case .success(let value): split = value
        case .failure(let error): return .skipped(error.diagnostic)
        }
        var warnings: [Diagnostic] = []
        var fields = FrontMatterFields()
        if let yaml = split.yaml {
            switch FrontMatter.parse(yaml, firstLine: split.yamlFirstLine, path: path) {
            case .success(let mapping):
                fields = FrontMatterFields(mapping, firstLine: split.yamlFirstLine, path: path, warnings: &warnings)
            case .failure(let error): return .skipped(error.diagnostic)
            }
        }
        return build(fields, body: split.body, path: path, warnings: warnings)
    }

    private static func build(
        _ fields: FrontMatterFields, body: String, path: String, warnings: [Diagnostic]
    ) -> FileOutcome {
        var markdown = body
        var heading: String?
        if fields.title == nil, let found = LeadingHeading.find(in: body) {
            heading = found.title
            if found.opensBody { markdown = found.rest }
        }
        let paragraphs = plainParagraphs(markdown)
        guard !paragraphs.isEmpty || fields.title != nil || heading != nil else {
            return FileOutcome(article: nil, diagnostics: warnings + [.error(path, IngestMessage.noText)])
        }
        let derived = fields.title == nil && heading == nil ? HeadlineDeriver.headline(from: paragraphs) : nil
        let title = fields.title ?? heading ?? derived ?? path
        let article = Article(
            path: path, format: .markdown, title: TitleText.limit(title), titleIsDerived: fields.title == nil && heading == nil,
            slug: fields.slug ?? "", date: fields.date, byline: fields.author, source: fields.source, url: fields.url,
            categories: fields.categories, tags: fields.tags, summary: fields.summary, language: fields.language,
            draft: fields.draft, paragraphs: paragraphs, markdown: markdown.trimmingCharacters(in: .whitespacesAndNewlines)
        )
        return FileOutcome(article: article, diagnostics: warnings)
    }

    /// cmark's plain text, split at blank lines, each paragraph folded to one line.
    static func plainParagraphs(_ markdown: String) -> [String] {
        MarkdownRenderer.plainText(markdown)
            .components(separatedBy: "\n\n")
            .map { TextSanitizer.clean($0) }
            .filter { !$0.isEmpty }
    }
}
