/// The roles of the lines at the top of a scraped page, before the story starts.
struct HeaderLayout: Equatable {
    var title: Int?
    var masthead: Int?
    var tagline: Int?
    var kickers: [Int] = []

    /// Indices consumed by the header (not body text).
    var consumed: Set<Int> { Set([title, masthead, tagline].compactMap { $0} + kickers) }
}

/// Decides which of the first lines is the title, by shape rather than by site.
///
/// A title is headline-shaped (1-25 words, 10-200 characters, not ending like a statement,
/// not a call to action) and followed by a blank line or by prose. Before it may come a kicker
/// (a short label followed by the title) or a masthead (a short name, alone or followed by a
/// one-sentence tagline and then the title). The first line that fits none of these ends the header.
enum HeaderAnalyzer {
    static let window = 10

    static func analyze(_ lines: [TextLine]) -> HeaderLayout {
        var layout = HeaderLayout()
        let features = lines.prefix(window).map { LineFeatures($0.text) }
        var i = 0
        while i < features.count {
            let f = features[i]
            if isKicker(i, features, lines) {
                if i == 0, f.words >= 2 { layout.masthead = i } else { layout.kickers.append(i) }
            } else if isHeadline(f, lines[i].text) && isFollowedByBreak(i, lines) {
                if let title = layout.title {
                    guard layout.masthead == nil, features[title].words <= 5 else { break }
                    layout.masthead = title
                }
                layout.title = i
            } else if let title = layout.title, title == i - 1, layout.masthead == nil,
                      features[title].words <= 5, f.endsSentence, f.words <= 30,
                      i + 1 < features.count, isHeadline(features[i + 1], lines[i + 1].text),
                      isFollowedByBreak(i + 1, lines) {
                layout = HeaderLayout(title: nil, masthead: title, tagline: i, kickers: layout.kickers)
            } else {
                break
            }
            i += 1
        }
        return layout
    }

    static func isHeadline(_ f: LineFeatures, _ text: String) -> Bool {
        (1...25).contains(f.words) && (10...200).contains(f.characters) && !f.endsStatement
            && !f.isCallToAction && text.first.map { $0.isLetter || $0.isNumber || "\"“‘'".contains($0) } == true
    }

    /// A short label (at most four words, no sentence end) right before a headline.
    private static func isKicker(_ i: Int, _ features: [LineFeatures], _ lines: [TextLine]) -> Bool {
        let f = features[i]
        guard f.words <= 4, !f.endsSentence, i + 1 < features.count else { return false }
        return isHeadline(features[i + 1], lines[i + 1].text) && isFollowedByBreak(i + 1, lines)
            && features[i + 1].words > f.words
    }

    private static func isFollowedByBreak(_ i: Int, _ lines: [TextLine]) -> Bool {
        if lines[i].blankAfter { return i + 1 < lines.count }
        guard i + 1 < lines.count else { return false }
        let next = LineFeatures(lines[i + 1].text)
        return next.isProse && next.words >= 12
    }
}
