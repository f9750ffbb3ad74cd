import GazetteMarkdown

/// Writes extracted HTML blocks as Markdown in which all text is literal.
enum HTMLMarkdown {
    static func render(_ blocks: [HTMLBlock]) -> String {
        var out = ""
        var previousWasListItem = false
        for block in blocks {
            let isListItem = block.kind == .listItem
            if !out.isEmpty { out += isListItem && previousWasListItem ? "\n" : "\n\n" }
            out += line(for: block)
            previousWasListItem = isListItem
        }
        return out
    }

    private static func line(for block: HTMLBlock) -> String {
        switch block.kind {
        case .paragraph: return MarkdownEscaper.escape(block.text)
        case .heading(let level): return String(repeating: "#", count: min(max(level, 2), 4)) + " " + MarkdownEscaper.escape(block.text)
        case .listItem: return "- " + MarkdownEscaper.escape(block.text)
        case .quote: return "> " + MarkdownEscaper.escape(block.text)
        case .preformatted: return fenced(block.text)
        }
    }

    /// A fenced code block whose fence is longer than any run of backticks in the text.
    private static func fenced(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + text + "\n" + fence
    }
}
