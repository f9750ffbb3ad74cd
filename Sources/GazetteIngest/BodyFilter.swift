/// Drops the chrome left in the body once the header is known.
///
/// Removes one-word labels without sentence punctuation anywhere ("Local", "Twitter"), a run of
/// two or more short non-sentences at the very start (share bars), and a run of short
/// non-sentences at the very end (footer menus: "Our Partners", "Sponsored Messages"). It
/// never empties a body that had text.
enum BodyFilter {
    static func filter(_ lines: [TextLine]) -> [TextLine] {
        let features = lines.map { LineFeatures($0.text) }
        var keep = features.map { !($0.words == 1 && !$0.endsSentence) }
        var start = 0
        while start < lines.count, isShortLabel(features[start]) { start += 1 }
        if start >= 2, start < lines.count { for i in 0..<start { keep[i] = false } }
        var end = lines.count
        while end > 0, isShortLabel(features[end - 1]), features[end - 1].words <= 4 { end -= 1 }
        if end > 0 { for i in end..<lines.count { keep[i] = false } }
        let kept = zip(lines, keep).filter(\.1).map(\.0)
        return kept.isEmpty ? lines : kept
    }

    private static func isShortLabel(_ f: LineFeatures) -> Bool {
        f.words <= 12 && !f.endsSentence
    }
}
