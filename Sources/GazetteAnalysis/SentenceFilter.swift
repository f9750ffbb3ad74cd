/// Recognises sentences a summary must never use: bylines, captions, datelines, questions to the
/// reader, very short fragments and site boilerplate.
enum SentenceFilter {
    /// Why `sentence` is unfit for a summary, or nil when it may be used.
    static func rejection(_ sentence: String, words: Int) -> String? {
        let lower = sentence.lowercased()
        if words < 5 { return "fragment" }
        if words > 90 { return "run-on" }
        let core = sentence.trimmingCharacters(of: "\"'”’)] ")
        if core.hasSuffix("?") { return "question" }
        if !sentence.contains(where: { $0.isLowercase }) { return "dateline" }
        if bylinePrefixes.contains(where: { lower.hasPrefix($0) }) && words <= 14 { return "byline" }
        if captionMarkers.contains(where: { lower.containsBytes($0) }) { return "caption" }
        if boilerplate.contains(where: { lower.containsBytes($0) }) { return "boilerplate" }
        return nil
    }

    static let bylinePrefixes = [
        "by ", "posted ", "updated ", "published ", "last updated", "written by", "reporting by", "story by",
    ]
    static let captionMarkers = [
        "(photo", "photo:", "photo credit", "ap photo", "getty images", "image caption", "image copyright",
        "media caption", "file photo", "(pictured)", "click to enlarge", "scroll down for",
    ]
    static let boilerplate = [
        "click here", "sign up for", "sign up to", "newsletter", "subscribe", "follow us", "follow him on",
        "follow her on", "share this", "copyright", "all rights reserved", "read more", "contact us",
        "http://", "https://", "www.", "download the app", "our app", "terms of use", "privacy policy",
        "cookie", "advertisement", "sponsored", "comments are closed", "commenting has", "posted to:",
    ]
}
