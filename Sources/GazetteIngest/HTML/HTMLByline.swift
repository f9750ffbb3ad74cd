import Foundation
import GazetteCore

/// The author's name in a web page's byline value (a `<meta name="author">`, JSON-LD author or
/// byline-classed text), without what pages put around it: "By", labels ("Author:", "View all
/// posts by"), a date or time after it ("Poppy Reid Feb 21, 2020", "Reuters Updated: January
/// 16, 2020"), a handle ("@wperdomod"), and character references a page escaped twice
/// ("O&#039;Donnell").
enum HTMLByline {
    /// The cleaned name; nil when nothing that could be a name is left, for a link, or for a
    /// placeholder ("No Author").
    static func clean(_ raw: String) -> String? {
        var text = CharacterReferences.decode(raw).foldingWhitespace
        // "View all posts by Daniel Lemire", "Posted on September 21, 2020 by Adi Tzlil": the name
        // follows the last "by" that has words before it.
        if let by = text.range(of: " by ", options: [.caseInsensitive, .backwards]) {
            text = String(text[by.upperBound...])
        }
        text = Self.droppingLabel(text)
        text = Self.cuttingTrail(text)
        while let last = text.last, "-–—|,:;·•".contains(last) || last == " " { text.removeLast() }
        guard !text.isEmpty, text.count <= 120, !text.hasPrefix("http"), !text.hasPrefix("www."),
              !placeholders.contains(text.lowercased()) else { return nil }
        return text
    }

    /// Byline-classed text that names nobody.
    static let placeholders: Set<String> = ["no author", "unknown", "unknown author", "author", "follow", "admin", "by"]

    /// Words that introduce a name, in English and the languages of the pages' "by" ("Von",
    /// "Por", "Par", "Door"), with or without a colon; and labels ending in a colon ("Author:").
    private static let introductions: Set<String> = ["by", "von", "por", "par", "door", "author", "authors", "autor",
                                                     "auteur", "written", "posted", "text", "texte"]

    /// `text` without leading punctuation and introductions: ": Joe S." → "Joe S.", "Author:
    /// Bo2man" → "Bo2man", "By Lois Lane" → "Lois Lane".
    private static func droppingLabel(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        while let first = words.first {
            let bare = first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":.-–—|·•"))
            if bare.isEmpty || (introductions.contains(bare) && words.count > 1) {
                words.removeFirst()
            } else {
                break
            }
        }
        return words.joined(separator: " ")
    }

    /// Whether `word`, starting with a digit, reads as part of a date or time: a year, digits
    /// with `.`, `/` or `:` ("29.12.2010", "3:51"), or a number before a month, another number,
    /// "am"/"pm" or the end. "7" of "7 News WSVN" is not.
    private static func isDatePart(_ word: Substring, next: Substring) -> Bool {
        guard word.first?.isNumber == true else { return false }
        let digits = word.filter(\.isNumber)
        if digits.count == 4 || word.contains(where: { ".:/".contains($0) }) || next.isEmpty { return true }
        let following = Substring(next.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",.")))
        return next.first?.isNumber == true || MonthNames.number(following) != nil || ["am", "pm", "a.m", "p.m"].contains(following)
    }

    /// `text` up to what follows the name: a date or time word (`isDatePart`), a month or weekday
    /// name followed by one ("Feb 21"), a handle, "Updated"/"Published"/"Posted", or a dash or bar
    /// between spaces. The first word always stays; a short lower-case word left at the end
    /// ("am" of "Bo2man am 29.12.2010") goes.
    private static func cuttingTrail(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count > 1 else { return text }
        var end = words.count
        for i in 1..<words.count {
            let word = words[i]
            let bare = Substring(word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",.:;()")))
            let next = i + 1 < words.count ? words[i + 1] : ""
            let dated = (MonthNames.number(bare) != nil || Weekdays.contains(String(bare))) && next.first?.isNumber == true
            if isDatePart(word, next: next) || word.hasPrefix("@") || dated || ["-", "–", "—", "|", "·", "•"].contains(word)
                || ["updated", "published", "posted", "last"].contains(bare) {
                end = i
                break
            }
        }
        var kept = words[..<end]
        if end < words.count, kept.count > 1, let last = kept.last, last.count <= 3, last.allSatisfy(\.isLowercase) {
            kept = kept.dropLast()
        }
        return kept.joined(separator: " ")
    }
}
