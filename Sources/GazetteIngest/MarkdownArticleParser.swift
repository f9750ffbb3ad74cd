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
        let (plain, destinations, headings) = MarkdownRenderer.plainTextAndLinks(markdown)
        let paragraphs = paragraphs(ofPlainText: plain)
        guard !paragraphs.isEmpty || fields.title != nil || heading != nil else {
            return FileOutcome(article: nil, diagnostics: warnings + [.error(path, IngestMessage.noText)])
        }
        let derived = fields.title == nil && heading == nil ? HeadlineDeriver.headline(from: paragraphs) : nil
        let title = fields.title ?? heading ?? derived ?? path
        let article = Article(
            path: path, format: .markdown, title: TitleText.limit(title), titleIsDerived: fields.title == nil && heading == nil,
            slug: fields.slug ?? "", date: fields.date, updated: fields.updated, byline: fields.author, source: fields.source, url: fields.url,
            categories: fields.categories, tags: fields.tags, summary: fields.summary, language: fields.language,
            draft: fields.draft, links: localLinks(fields.image.map { [$0] + destinations } ?? destinations),
            image: fields.image.map { ArticleImage(source: $0, alt: fields.imageAlt ?? "", caption: fields.imageCaption) },
            aliases: fields.aliases, isPage: fields.isPage, params: fields.params,
            headings: headings.map { ArticleHeading(level: $0.level, text: $0.text) },
            paragraphs: paragraphs, markdown: TextSanitizer.trimmingWhitespaceAndNewlines(markdown)
        )
        return FileOutcome(article: article, diagnostics: warnings)
    }

    /// The destinations that point beside the article (`LocalLink.isLocal`), each once, in order.
    static func localLinks(_ destinations: [String]) -> [String] {
        var seen: Set<String> = []
        return destinations.filter { LocalLink.isLocal($0) && seen.insert($0).inserted }
    }

    /// Plain text split at blank lines (`components(separatedBy: "\n\n")`), each part cleaned,
    /// empty ones dropped.
    static func paragraphs(ofPlainText plain: String) -> [String] {
        var plain = plain
        // A `\r` could join a `\r\n` into one Character, which Foundation's split respects.
        guard !ByteSearch.contains(0x0D, in: plain) else {
            return plain.components(separatedBy: "\n\n").map { TextSanitizer.clean($0) }.filter { !$0.isEmpty }
        }
        return plain.withUTF8 { bytes in
            var paragraphs: [String] = []
            var start = 0
            var i = 0
            let count = bytes.count
            while i + 1 < count {
                if bytes[i] == 0x0A, bytes[i + 1] == 0x0A {
                    append(UnsafeBufferPointer(rebasing: bytes[start..<i]), to: &paragraphs)
                    i += 2
                    start = i
                } else {
                    i += 1
                }
            }
            append(UnsafeBufferPointer(rebasing: bytes[start..<count]), to: &paragraphs)
            return paragraphs
        }
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, to paragraphs: inout [String]) {
        let paragraph = TextSanitizer.clean(utf8: bytes)
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
    }
}
