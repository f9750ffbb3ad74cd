import Foundation

/// Makes a headline from the lede when an article has no title.
///
/// Takes the first sentence (abbreviation-aware); cuts one over 120 characters at a clause break
/// (` - `, ` — `, `; `, `: `, `, `) when one falls between 40 and 120 characters, else at a word
/// boundary with an ellipsis; a first sentence under 10 characters is extended with the next.
/// The result has 10-120 characters whenever the text has at least 10.
enum HeadlineDeriver {
    static let minLength = 10
    static let maxLength = 120

    static func headline(from paragraphs: [String]) -> String? {
        let text = TextSanitizer.clean(paragraphs.prefix(3).joined(separator: " ").prefix(2000))
        guard !text.isEmpty else { return nil }
        var sentence = SentenceCutter.firstSentence(of: text)
        while sentence.count < minLength, sentence.count < text.count {
            let more = SentenceCutter.firstSentence(of: String(text.dropFirst(sentence.count)))
            if more.isEmpty { break }
            sentence += " " + more
        }
        var headline = shorten(sentence.trimmingCharacters(in: .whitespaces))
        if headline.hasSuffix("."), !headline.hasSuffix("..") { headline.removeLast() }
        guard let first = headline.first else { return nil }
        return first.uppercased() + headline.dropFirst()
    }

    private static func shorten(_ sentence: String) -> String {
        guard sentence.count > maxLength else { return sentence }
        let head = String(sentence.prefix(maxLength))
        for separator in [" - ", " — ", " – ", "; ", ": ", ", "] {
            if let range = head.range(of: separator, options: .backwards),
               head.distance(from: head.startIndex, to: range.lowerBound) >= 40 {
                return String(head[..<range.lowerBound])
            }
        }
        return TextSanitizer.shorten(sentence, to: maxLength)
    }
}

/// Finds where the first sentence of a text ends.
enum SentenceCutter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "st",
        "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "u.s", "u.k", "a.m", "p.m", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev",
    ]

    /// The first sentence: up to `.`, `!` or `?` (and closing quotes) before a space and an
    /// upper-case letter, digit or quote, unless the word before is an abbreviation or initial.
    static func firstSentence(of text: String) -> String {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if ".!?".contains(chars[i]), isBoundary(chars, at: i) {
                var end = i + 1
                while end < chars.count, "\"'”’)".contains(chars[end]) { end += 1 }
                return String(chars[..<end])
            }
            i += 1
        }
        return text
    }

    private static func isBoundary(_ chars: [Character], at i: Int) -> Bool {
        var next = i + 1
        while next < chars.count, "\"'”’)".contains(chars[next]) { next += 1 }
        guard next + 1 < chars.count, chars[next] == " " else { return next >= chars.count }
        let following = chars[next + 1]
        guard following.isUppercase || following.isNumber || "\"“‘'".contains(following) else { return false }
        guard chars[i] == "." else { return true }
        var start = i
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        let word = ASCIITrimmer.punctuation.trim(String(chars[start..<i]).lowercased())
        if word.count == 1, word.first?.isLetter == true { return false }
        return !abbreviations.contains(word)
    }
}
