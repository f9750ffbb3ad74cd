/// One word of a sentence with its surface form, for key phrases, entities and terms.
struct WordToken: Sendable, Hashable {
    /// The word as written, possessive "'s" removed ("Bronin's" gives "Bronin").
    var surface: String
    /// Lower-cased `surface`.
    var lower: String
    /// Punctuation (other than an inner apostrophe, hyphen or dot) separates it from the previous word.
    var breakBefore: Bool
    /// First word of the sentence, or first after an opening quote or a colon.
    var sentenceStart: Bool
    /// Starts with a capital letter.
    var isCapitalized: Bool
    /// Two or more letters, all capitals ("NBC", "US").
    var isAllCaps: Bool

    /// The words of `sentence`, in order. Hyphenated words and initials ("U.S.") stay whole.
    /// Complexity: linear in the sentence length.
    static func tokens(_ sentence: String) -> [WordToken] {
        let view = sentence.unicodeScalars
        let chars = Array(view)
        let positions = Array(view.indices) + [view.endIndex]
        var out: [WordToken] = []
        var pendingBreak = false
        var atStart = true
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c.isWordScalar else {
                if !c.isSpaceScalar {
                    pendingBreak = true
                    if c == "“" || c == "‘" || c == ":" || (c == "\"" && i + 1 < chars.count && chars[i + 1].isWordScalar) {
                        atStart = true
                    }
                }
                i += 1
                continue
            }
            var end = i + 1
            var dots = false
            while end < chars.count {
                if chars[end].isWordScalar { end += 1; continue }
                let joiner = chars[end] == "'" || chars[end] == "’" || chars[end] == "-" || chars[end] == "." || chars[end] == "&"
                if joiner, end + 1 < chars.count, chars[end + 1].isWordScalar {
                    dots = dots || chars[end] == "."
                    end += 2
                    continue
                }
                if chars[end] == ".", dots, end - i <= 3 { end += 1 }  // closing dot of "U.S." / "a.m."
                break
            }
            // An initial ("P.") or a title ("Gov.", "Dr.") keeps its dot and does not break a name.
            if end < chars.count, chars[end] == ".", !dots {
                let word = String(view[positions[i]..<positions[end]])
                if (end - i == 1 && chars[i].isUpperScalar) || Abbreviations.never.contains(word.lowercased()) { end += 1 }
            }
            out.append(make(chars[i..<end], String(view[positions[i]..<positions[end]]), breakBefore: pendingBreak, sentenceStart: atStart))
            pendingBreak = false
            atStart = false
            i = end
        }
        return out
    }

    private static func make(_ slice: ArraySlice<Unicode.Scalar>, _ text: String, breakBefore: Bool, sentenceStart: Bool) -> WordToken {
        var word = slice
        var surface = text
        if word.count > 2, word.last == "s", word[word.endIndex - 2] == "'" || word[word.endIndex - 2] == "’" {
            word = word.dropLast(2)
            surface = String(scalars: word)
        }
        let letters = word.filter(\.isLetterScalar)
        let upper = word.first!.isUpperScalar
        return WordToken(surface: surface, lower: surface.lowercased(), breakBefore: breakBefore,
                         sentenceStart: sentenceStart, isCapitalized: upper,
                         isAllCaps: letters.count > 1 && letters.allSatisfy(\.isUpperScalar))
    }

    /// Stemmed content terms of `tokens`: parts of hyphenated words separately, contractions cut
    /// at the apostrophe, stop words, numbers and one-letter parts dropped.
    static func terms(_ tokens: [WordToken]) -> [String] {
        var out: [String] = []
        for token in tokens {
            for part in token.lower.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "&" }) {
                var word = String(part)
                if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) { word = String(word[..<apostrophe]) }
                guard word.utf8.count > 1, !StopWords.function.contains(word),
                      word.utf8.contains(where: { $0 < 0x30 || $0 > 0x39 }) else { continue }
                out.append(Tokenizer.stem(word))
            }
        }
        return out
    }
}
