/// Finds the standfirst (deck) that pages print between headline and article, outside the
/// article's container: the visible element whose text is the page's description.
enum HTMLStandfirst {
    /// The text of the first element below `body`, outside `content`, whose text is `description`
    /// (or starts with it, when the description was cut short with an ellipsis).
    static func find(description: String?, in body: HTMLNode, outside content: [HTMLNode]) -> String? {
        guard var wanted = description?.foldingWhitespace, wanted.count >= 40 else { return nil }
        for suffix in ["…", "...", "[…]", "[...]"] where wanted.hasSuffix(suffix) {
            wanted = String(wanted.dropLast(suffix.count)).foldingWhitespace
        }
        let letters = wanted.unicodeScalars.filter { !$0.isSpace }.count
        return search(body, wanted: wanted, letters: letters, content: content)
    }

    private static func search(_ node: HTMLNode, wanted: String, letters: Int, content: [HTMLNode]) -> String? {
        for child in node.children where !child.isText && child.textLength >= letters {
            if content.contains(where: { $0 === child }) { return nil }  // the deck comes before the article
            if !child.hasBlockChild, child.textLength <= letters * 3 / 2 + 10 {
                let text = child.textContent.foldingWhitespace
                if text.hasPrefix(wanted) { return text }
                continue
            }
            if let found = search(child, wanted: wanted, letters: letters, content: content) { return found }
            if content.contains(where: { $0.isInside(child) }) { return nil }
        }
        return nil
    }
}
