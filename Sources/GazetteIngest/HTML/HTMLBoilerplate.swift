/// Removes leftover boilerplate lines from extracted blocks: link-dense short lines, calls to
/// action ("Sign up…", "Share this"), ad labels, "Read more" links, the repeated title, and
/// headings left with nothing after them.
enum HTMLBoilerplate {
    /// Whole lines (lower-cased, trailing punctuation ignored) that are never article text.
    private static let exactLines: Set<String> = [
        "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content", "share", "shares",
        "tweet", "reply", "comments", "comment", "print", "email", "e-mail", "read more", "more", "loading",
        "continue reading", "show more", "related", "related articles", "related posts", "related stories",
        "you may also like", "you might also like", "recommended", "recommended for you", "most popular",
        "most read", "trending", "tags", "share this", "share this article", "share this story", "follow us",
        "close", "menu", "search", "subscribe", "sign up", "log in", "login", "register", "top", "back to top",
        "previous", "next", "previous post", "next post", "older post", "newer post", "older posts", "newer posts",
        "home", "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "reddit", "copy link",
        "leave a comment", "leave a reply", "post a comment", "no comments", "0 comments", "about the author",
        "image", "photo", "video", "watch", "listen", "skip to content", "skip advertisement",
    ]

    /// Starts of short lines that are calls to action or page furniture.
    private static let prefixes: [String] = [
        "sign up", "subscribe to", "subscribe now", "share this", "share on", "share via", "follow us",
        "follow @", "read more", "read next", "read also", "see also:", "related:", "related content",
        "you may also like", "you might also like", "more from", "more stories", "click here to",
        "advertisement", "sponsored by", "posted by", "posted in", "filed under", "tagged ", "tags:",
        "categories:", "category:", "image:", "photo:", "image credit", "photo credit", "credit:",
        "copyright", "©", "(c) ", "all rights reserved", "leave a comment", "leave a reply", "comments (",
        "continue reading", "skip to", "back to top", "download the app", "get the app", "join our",
        "enter your email", "by signing up", "we use cookies",
        "newsletter", "get our newsletter", "don't miss", "like this:", "like us on", "related posts",
        "related articles", "related stories", "recommended for you", "previous article", "next article",
    ]

    static func filter(_ candidates: [HTMLBlockWriter.Candidate], title: String?) -> [HTMLBlock] {
        let titleKey = title.map(key)
        var kept: [HTMLBlock] = []
        for (index, candidate) in candidates.enumerated() {
            let block = candidate.block
            if case .preformatted = block.kind { kept.append(block); continue }
            let text = block.text
            let lowered = key(text)
            if case .heading(let level) = block.kind, level == 1, let titleKey, lowered == titleKey || titleKey.hasPrefix(lowered) {
                continue
            }
            if index == 0, let titleKey, lowered == titleKey { continue }
            if isBoilerplate(lowered, length: text.count, linkDensity: candidate.linkDensity) { continue }
            if let last = kept.last, last.text == text { continue }
            kept.append(block)
        }
        while let last = kept.last, case .heading = last.kind { kept.removeLast() }
        return kept
    }

    /// True for a line that reads as page furniture rather than article text.
    static func isBoilerplate(_ lowered: String, length: Int, linkDensity: Double) -> Bool {
        if linkDensity > 0.8 && length < 300 { return true }
        if linkDensity > 0.5 && length < 120 { return true }
        guard length < 120 else { return false }
        let trimmed = lowered.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces).union(.symbols))
        if exactLines.contains(trimmed) || trimmed.isEmpty { return true }
        return prefixes.contains { lowered.hasPrefix($0) }
    }

    private static func key(_ text: String) -> String {
        text.lowercased().foldingWhitespace
    }
}
