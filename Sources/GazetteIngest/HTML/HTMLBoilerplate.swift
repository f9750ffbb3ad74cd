import Foundation

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

    private static let trimmedCharacters = CharacterSet.punctuationCharacters.union(.whitespaces).union(.symbols)

    static func filter(_ candidates: [HTMLBlockWriter.Candidate], title: String?) -> [HTMLBlock] {
        let titleKey = title.map(key)
        var kept: [HTMLBlock] = []
        /// While set, blocks belong to a furniture section ("Comments", "Related stories")
        /// that runs until a heading of this level or higher; for sections other than comments,
        /// a long paragraph also ends it (the heading labelled a box that is gone).
        var skippingBelow: Int?
        var skippingComments = false
        for (index, candidate) in candidates.enumerated() {
            let block = candidate.block
            let text = block.text
            let lowered = key(text)
            if case .heading(let level) = block.kind {
                if let skip = skippingBelow, level > skip { continue }
                skippingBelow = nil
                if isBoilerplate(lowered, length: text.count, linkDensity: 0) || isCommentsHeading(lowered) {
                    skippingBelow = level
                    skippingComments = isCommentsHeading(lowered)
                    continue
                }
                if level == 1, let titleKey, lowered == titleKey || titleKey.hasPrefix(lowered) { continue }
            } else if skippingBelow != nil {
                if skippingComments || text.count < 150 || candidate.linkDensity > 0.3 { continue }
                skippingBelow = nil
            }
            if case .preformatted = block.kind { kept.append(block); continue }
            // A data table was judged whole (`HTMLBlockWriter`): its linked or repeated cells stay.
            if case .tableCell = block.kind { kept.append(block); continue }
            if index == 0, let titleKey, lowered == titleKey { continue }
            if isBoilerplate(lowered, length: text.count, linkDensity: candidate.linkDensity) { continue }
            if isCallToAction(lowered, length: text.count) { continue }
            if let last = kept.last, last.text == text { continue }
            kept.append(block)
        }
        while let last = kept.last, case .heading = last.kind { kept.removeLast() }
        return kept
    }

    /// "Comments", "3 Comments", "Leave a Reply", "Responses to …", "Discussion".
    static func isCommentsHeading(_ lowered: String) -> Bool {
        guard lowered.count < 80 else { return false }
        let words = lowered.split { !$0.isLetter }
        return words.contains { ["comment", "comments", "responses", "replies", "discussion"].contains($0) }
            || lowered.hasPrefix("leave a reply") || lowered.hasPrefix("leave a comment") || lowered.hasPrefix("join the conversation")
    }

    /// Words and word pairs of calls to action.
    private static let actionWords: Set<String> = [
        "subscribe", "subscribers", "newsletter", "newsletters", "signup", "donate", "cookie", "cookies",
        "copyright", "©",
    ]
    private static let actionPairs: Set<String> = [
        "sign up", "download the", "download our", "follow us", "follow the", "like us", "log in",
        "advertise with", "contact us", "share this", "click here", "rights reserved", "terms of",
        "privacy policy", "support our", "support independent", "become a",
    ]
    /// Words that address the reader or speak for the site.
    private static let addressWords: Set<String> = ["our", "us", "now", "here", "today", "free", "you", "your"]

    /// Runs of letters (ASCII letters and any non-ASCII character, so `©` and accented words count).
    private static func words(_ text: String) -> [String] {
        text.utf8.split { $0 < 0x80 && !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A)) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// A short line that asks the reader to do something for the site (subscribe, download, follow).
    static func isCallToAction(_ lowered: String, length: Int) -> Bool {
        guard length < 220 else { return false }
        let words = Self.words(lowered)
        var action = false
        for (index, word) in words.enumerated() {
            if actionWords.contains(word) || index > 0 && actionPairs.contains(words[index - 1] + " " + word) {
                action = true
                break
            }
        }
        if words.contains("download") && (words.contains("app") || words.contains("apps")) { return true }
        return action && words.contains(where: addressWords.contains)
    }

    /// True for a line that reads as page furniture rather than article text.
    static func isBoilerplate(_ lowered: String, length: Int, linkDensity: Double) -> Bool {
        if linkDensity > 0.8 && length < 300 { return true }
        if linkDensity > 0.5 && length < 120 { return true }
        guard length < 120 else { return false }
        if length < 40 {
            let trimmed = lowered.trimmingCharacters(in: trimmedCharacters)
            if exactLines.contains(trimmed) || trimmed.isEmpty { return true }
        }
        return prefixes.contains { lowered.hasPrefix($0) }
    }

    private static func key(_ text: String) -> String {
        text.lowercased().foldingWhitespace
    }
}
