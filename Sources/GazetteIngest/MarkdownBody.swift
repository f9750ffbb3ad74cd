import GazetteMarkdown

/// Builds Markdown bodies from plain text, escaped so that no text turns into markup.
enum MarkdownBody {
    /// Each paragraph escaped, paragraphs separated by blank lines.
    static func fromParagraphs(_ paragraphs: [String]) -> String {
        paragraphs.map { MarkdownEscaper.escape($0) }.joined(separator: "\n\n")
    }
}
