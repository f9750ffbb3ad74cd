import Foundation

/// The features of one line of scraped text that tell article text from page chrome.
struct LineFeatures {
    let words: Int
    let characters: Int
    /// Share of words that are English function words (article text is rich in them).
    let stopWordRatio: Double
    /// Ends like a sentence: `.`, `!`, `?`, `…`, optionally followed by closing quotes.
    let endsSentence: Bool
    /// Ends with `.`, `!` or `…` (a headline may end with `?` but not with these).
    let endsStatement: Bool
    /// Distinct call-to-action or site-furniture phrases in the line ("sign up", "share this").
    let chromePhrases: Int
    /// Starts with such a phrase ("Read more: ...", "Click here ...").
    let startsWithChromePhrase: Bool

    /// - Complexity: O(n) in the line; long lines are only sampled for phrases.
    init(_ text: String) {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        words = tokens.count
        characters = text.count
        let sample = tokens.prefix(200)
        let stops = sample.filter { StopWords.contains($0) }.count
        stopWordRatio = sample.isEmpty ? 0 : Double(stops) / Double(sample.count)
        let last = LineFeatures.lastMeaningful(text)
        endsSentence = last.map { ".!?…".contains($0) } ?? false
        endsStatement = last.map { ".!…".contains($0) } ?? false
        let lower = String(text.prefix(400)).lowercased()
        chromePhrases = words <= 30 ? ChromePhrases.count(in: lower) : 0
        startsWithChromePhrase = ChromePhrases.leading.contains { phrase in
            lower.hasPrefix(phrase) && !(lower.dropFirst(phrase.count).first?.isLetter ?? false)
        }
    }

    /// The last character that is not a closing quote, bracket or space.
    static func lastMeaningful(_ text: String) -> Character? {
        text.reversed().first { !"\"'”’)]» ".contains($0) }
    }

    /// True when `text` ends with `.`, `!`, `?` or `…` (closing quotes aside).
    static func endsLikeSentence(_ text: String) -> Bool {
        lastMeaningful(text).map { ".!?…".contains($0) } ?? false
    }

    /// A short call to action or piece of site furniture, not a sentence of the story.
    var isCallToAction: Bool {
        if chromePhrases >= 1 && words <= 6 { return true }
        if chromePhrases >= 2 && words <= 30 { return true }
        return startsWithChromePhrase && words <= 25
    }

    /// Long enough and sentence-like enough to be a paragraph of the story.
    var isProse: Bool { words >= 8 && endsSentence && stopWordRatio >= 0.15 }
}

/// English function words, used to measure how sentence-like a line is.
enum StopWords {
    private static let words: Set<String> = [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
        "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
        "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "it's",
        "may", "more", "most", "my", "no", "not", "of", "on", "one", "or", "our", "out", "over",
        "said", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "to", "up", "was", "we", "were", "what", "when", "which", "who",
        "will", "with", "would", "you", "your",
    ]

    static func contains(_ token: Substring) -> Bool {
        let trimmed = ASCIITrimmer.punctuation.trim(token).lowercased()
        return words.contains(trimmed)
    }
}

/// Phrases of calls to action and site furniture; one alone in a long sentence is harmless.
enum ChromePhrases {
    static let all = [
        "click here", "sign up", "subscribe", "newsletter", "share this", "share on", "contact us",
        "comments", "commenting", "sponsored", "advertisement", "read more", "see more", "follow us",
        "all rights reserved", "media playback", "your device", "your browser", "privacy policy",
        "terms of use", "terms of service", "cookies", "download the app", "related stories",
        "related articles", "more on this story", "watch the video", "scroll down", "log in",
        "email this", "print this", "tweet this", "recommended for you",
    ]
    /// The first word of every phrase: a line without any of them needs no substring search.
    private static let firstWords = Set(all.map { String($0.prefix { $0 != " " }) })

    /// How many distinct phrases occur in `lower` (already lower-cased).
    static func count(in lower: String) -> Int {
        let words = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
        guard !words.isDisjoint(with: firstWords) else { return 0 }
        return all.filter { words.contains(String($0.prefix { $0 != " " })) && lower.contains($0) }.count
    }

    static let leading = [
        "click here", "sign up", "subscribe to", "subscribe now", "share this", "share on", "follow us",
        "read more", "see more", "read this and other", "more on this", "watch:", "advertisement",
        "related:", "get the latest", "join the conversation",
    ]
}
