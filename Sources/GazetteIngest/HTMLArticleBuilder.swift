import Foundation
import GazetteCore
import GazetteMarkdown

/// Turns what the HTML extractor recovered into an article.
///
/// Blocks become paragraphs (plain text) and Markdown: headings `## `/`### `, list items
/// `- `, quotes `> `, preformatted text in a fence longer than any backtick run inside; all
/// other text escaped. A heading equal to the title is left out. Extractor warnings become
/// warnings on the file.
enum HTMLArticleBuilder {
    static func build(_ extraction: HTMLExtraction, path: String) -> FileOutcome {
        let warnings = extraction.warnings.map { Diagnostic.warning(path, IngestMessage.html($0)) }
        let title = extraction.title.map { TextSanitizer.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let blocks = extraction.blocks.compactMap(cleaned).filter { block in
            guard case .heading = block.kind, let title else { return true }
            return block.text.caseInsensitiveCompare(title) != .orderedSame
        }
        let paragraphs = blocks.map(\.text)
        guard !paragraphs.isEmpty else {
            return FileOutcome(article: nil, diagnostics: warnings + [.error(path, IngestMessage.noText)])
        }
        let heading = blocks.first { if case .heading = $0.kind { true } else { false } }?.text
        let headline = title ?? heading ?? HeadlineDeriver.headline(from: paragraphs) ?? path
        let markdown = HTMLMarkdown.render(blocks)
        let headings = MarkdownRenderer.headings(markdown).map { ArticleHeading(level: $0.level, text: $0.text) }
        let article = Article(
            path: path, format: .html, title: TitleText.limit(headline), titleIsDerived: title == nil && heading == nil,
            date: extraction.date, updated: extraction.updated, byline: clean(extraction.byline), source: clean(extraction.siteName),
            url: safeURL(extraction.url), categories: extraction.categories.compactMap(clean),
            tags: extraction.tags.compactMap(clean), summary: clean(extraction.description),
            language: clean(extraction.language), headings: headings, paragraphs: paragraphs, markdown: markdown
        )
        return FileOutcome(article: article, diagnostics: warnings)
    }

    private static func cleaned(_ block: HTMLBlock) -> HTMLBlock? {
        if case .preformatted = block.kind {
            let text = block.text.unicodeScalars.filter { $0 == "\n" || !TextSanitizer.isInvisible($0) }
            let value = String(String.UnicodeScalarView(text)).trimmingCharacters(in: .newlines)
            return value.trimmingCharacters(in: .whitespaces).isEmpty ? nil : HTMLBlock(kind: block.kind, text: value)
        }
        let text = TextSanitizer.clean(block.text)
        return text.isEmpty ? nil : HTMLBlock(kind: block.kind, text: text)
    }

    private static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = TextSanitizer.clean(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    private static func safeURL(_ text: String?) -> String? {
        guard let text = clean(text) else { return nil }
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !text.contains(" ") ? text : nil
    }
}
