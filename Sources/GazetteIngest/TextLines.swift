/// One non-blank line of a plain-text file, with where it sits.
struct TextLine: Sendable, Hashable {
    /// 1-based line number in the file.
    var number: Int
    /// The line, cleaned by `TextSanitizer.clean`.
    var text: String
    /// A blank line (or the start of the file) comes right before it.
    var blankBefore: Bool
    /// A blank line (or the end of the file) comes right after it.
    var blankAfter: Bool
}

/// Splits plain text into lines, and joins hard-wrapped lines back into paragraphs.
enum TextLines {
    /// The non-blank lines of `text`, cleaned. - Complexity: O(n).
    static func split(_ text: String, firstLineNumber: Int = 1) -> [TextLine] {
        var lines: [TextLine] = []
        var blankPending = true
        var number = firstLineNumber - 1
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let cleaned = TextSanitizer.clean(raw)
            if cleaned.isEmpty {
                blankPending = true
                if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }
                continue
            }
            lines.append(TextLine(number: number, text: cleaned, blankBefore: blankPending, blankAfter: false))
            blankPending = false
        }
        if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }
        return lines
    }

    /// True when the text looks hard-wrapped: at least five lines, most of 40-100 characters,
    /// none longer than 110, and at most 40 % of the lines inside a block end a sentence (text
    /// written one sentence per line is not wrapped).
    static func isHardWrapped(_ lines: [TextLine]) -> Bool {
        guard lines.count >= 5 else { return false }
        let lengths = lines.map(\.text.count)
        guard let longest = lengths.max(), longest <= 110 else { return false }
        let wrappedLike = lengths.filter { (40...100).contains($0) }.count
        let inner = lines.filter { !$0.blankAfter }
        let sentenceEnds = inner.filter { LineFeatures.endsLikeSentence($0.text) }.count
        return wrappedLike * 10 >= lines.count * 6 && sentenceEnds * 10 <= inner.count * 4
    }

    /// Joins each run of lines not separated by blank lines into one line (the first's number).
    /// - Complexity: O(n) in the characters.
    static func reflow(_ lines: [TextLine]) -> [TextLine] {
        var out: [TextLine] = []
        var parts: [String] = []
        func flush() {
            guard !parts.isEmpty else { return }
            out[out.count - 1].text = parts.joined(separator: " ")
            parts.removeAll(keepingCapacity: true)
        }
        for line in lines {
            if out.isEmpty || line.blankBefore {
                flush()
                out.append(line)
            } else {
                out[out.count - 1].blankAfter = line.blankAfter
            }
            parts.append(line.text)
        }
        flush()
        return out
    }
}
