/// Splits paragraphs into sentences without breaking at abbreviations, initials, decimals,
/// ellipses inside a sentence, or before closing quotes.
///
/// A boundary is a run of `.`, `!`, `?` or `…`, then any closing quotes or brackets (which stay
/// with the sentence), then white space, then a word that starts with a capital letter or digit
/// (opening quotes and brackets before it are allowed). After a full stop the word before it
/// decides: known abbreviations and initials never end a sentence; ambiguous ones ("U.S.",
/// "Conn.", "a.m.", "Inc.") end one only when a typical sentence opener ("The", "He", ...) follows.
/// Sentences never span paragraphs. Output is in text order, trimmed, and never empty.
/// Complexity: linear in the paragraph length.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of every paragraph, in order.
    public func split(paragraphs: [String]) -> [String] {
        paragraphs.flatMap { split($0) }
    }

    /// The sentences of one paragraph, in order.
    public func split(_ paragraph: String) -> [String] {
        let view = paragraph.unicodeScalars
        let chars = Array(view)
        let positions = Array(view.indices) + [view.endIndex]
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            guard Self.terminals.contains(chars[i]) else { i += 1; continue }
            var end = i + 1
            while end < chars.count, Self.terminals.contains(chars[end]) { end += 1 }
            while end < chars.count, Self.closers.contains(chars[end]) { end += 1 }
            var next = end
            while next < chars.count, chars[next].isSpaceScalar { next += 1 }
            if next == chars.count { break }
            if next > end, boundary(chars, stop: i, runEnd: end, next: next) {
                Self.append(chars, start, end, positions, view, to: &sentences)
                start = next
            }
            i = max(next, i + 1)
        }
        Self.append(chars, start, chars.count, positions, view, to: &sentences)
        return sentences
    }

    private func boundary(_ chars: [Unicode.Scalar], stop: Int, runEnd: Int, next: Int) -> Bool {
        var w = next
        while w < chars.count, Self.openers.contains(chars[w]) { w += 1 }
        guard w < chars.count, chars[w].isUpperScalar || chars[w].isDigitScalar else { return false }
        // Only a single full stop is examined for abbreviations; "!", "?" and ellipses end sentences.
        guard chars[stop] == ".", stop + 1 == runEnd || Self.closers.contains(chars[stop + 1]) else { return true }
        if stop > 0, chars[stop - 1] == "." { return true }
        var b = stop
        while b > 0, !chars[b - 1].isSpaceScalar, !Self.openers.contains(chars[b - 1]) { b -= 1 }
        var e = w
        while e < chars.count, chars[e].isWordScalar { e += 1 }
        return Abbreviations.endsSentence(word: String(scalars: chars[b..<stop]), nextWord: String(scalars: chars[w..<e]))
    }

    private static func append(
        _ chars: [Unicode.Scalar], _ start: Int, _ end: Int, _ positions: [String.UnicodeScalarView.Index],
        _ view: String.UnicodeScalarView, to sentences: inout [String]
    ) {
        var lo = start, hi = end
        while lo < hi, chars[lo].isSpaceScalar { lo += 1 }
        while hi > lo, chars[hi - 1].isSpaceScalar { hi -= 1 }
        if lo < hi { sentences.append(String(view[positions[lo]..<positions[hi]])) }
    }

    static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "(", "[", "«"]
}

extension String {
    /// The string without leading and trailing white space (Foundation-free).
    func trimmingWhitespace() -> String {
        let s = Array(unicodeScalars)
        var lo = 0, hi = s.count
        while lo < hi, s[lo].isSpaceScalar { lo += 1 }
        while hi > lo, s[hi - 1].isSpaceScalar { hi -= 1 }
        return String(scalars: s[lo..<hi])
    }
}
