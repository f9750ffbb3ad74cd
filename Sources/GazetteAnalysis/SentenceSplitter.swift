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
        let text = ScalarText(paragraph)
        var ranges: [Range<Int>] = []
        split(text, into: &ranges)
        return ranges.map { text.string($0.lowerBound, $0.upperBound) }
    }

    /// Appends the scalar ranges of the sentences of `text` (trimmed, never empty), in order.
    func split(_ text: ScalarText, into sentences: inout [Range<Int>]) {
        let count = text.count
        var start = 0
        var i = 0
        while i < count {
            guard Self.isTerminal(text[i]) else { i += 1; continue }
            var end = i + 1
            while end < count, Self.isTerminal(text[end]) { end += 1 }
            while end < count, Self.isCloser(text[end]) { end += 1 }
            var next = end
            while next < count, text[next].isSpaceScalar { next += 1 }
            if next == count { break }
            if next > end, boundary(text, stop: i, runEnd: end, next: next) {
                Self.append(text, start, end, to: &sentences)
                start = next
            }
            i = max(next, i + 1)
        }
        Self.append(text, start, count, to: &sentences)
    }

    private func boundary(_ chars: ScalarText, stop: Int, runEnd: Int, next: Int) -> Bool {
        let count = chars.count
        var w = next
        while w < count, Self.isOpener(chars[w]) { w += 1 }
        guard w < count, chars[w].isUpperScalar || chars[w].isDigitScalar else { return false }
        // Only a single full stop is examined for abbreviations; "!", "?" and ellipses end sentences.
        guard chars[stop] == ".", stop + 1 == runEnd || Self.isCloser(chars[stop + 1]) else { return true }
        if stop > 0, chars[stop - 1] == "." { return true }
        var b = stop
        while b > 0, !chars[b - 1].isSpaceScalar, !Self.isOpener(chars[b - 1]) { b -= 1 }
        var e = w
        while e < count, chars[e].isWordScalar { e += 1 }
        return Abbreviations.endsSentence(word: chars.string(b, stop), nextWord: chars.string(w, e))
    }

    private static func append(_ chars: ScalarText, _ start: Int, _ end: Int, to sentences: inout [Range<Int>]) {
        var lo = start, hi = end
        while lo < hi, chars[lo].isSpaceScalar { lo += 1 }
        while hi > lo, chars[hi - 1].isSpaceScalar { hi -= 1 }
        if lo < hi { sentences.append(lo..<hi) }
    }

    /// `.`, `!`, `?`, `…`
    @inline(__always) static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x2026: return true
        default: return false
        }
    }

    /// `"`, `'`, `”`, `’`, `)`, `]`, `»`
    @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D, 0xBB: return true
        default: return false
        }
    }

    /// `"`, `'`, `“`, `‘`, `(`, `[`, `«`
    @inline(__always) static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x201C, 0x2018, 0x28, 0x5B, 0xAB: return true
        default: return false
        }
    }
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
