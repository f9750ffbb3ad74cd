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
    /// Written with a possessive "'s", which `surface` leaves out.
    var isPossessive = false
    /// The article-local id of `lower` (`WordIDs`); -1 until assigned.
    var word: Int32 = -1

    /// The words of `sentence`, in order. Hyphenated words and initials ("U.S.") stay whole.
    /// Complexity: linear in the sentence length.
    static func tokens(_ sentence: String) -> [WordToken] {
        var out: [WordToken] = []
        let text = ScalarText(sentence)
        tokens(text, in: 0..<text.count, into: &out)
        return out
    }

    /// Appends the words of the scalars `range` of `text` (one sentence), in order: the same
    /// tokens `tokens(_:)` gives for that substring.
    static func tokens(_ chars: ScalarText, in range: Range<Int>, into out: inout [WordToken]) {
        let count = range.upperBound
        var pendingBreak = false
        var atStart = true
        var i = range.lowerBound
        while i < count {
            let c = chars[i]
            guard c.isWordScalar else {
                if !c.isSpaceScalar {
                    pendingBreak = true
                    if c == "“" || c == "‘" || c == ":" || (c == "\"" && i + 1 < count && chars[i + 1].isWordScalar) {
                        atStart = true
                    }
                }
                i += 1
                continue
            }
            var end = i + 1
            var dots = false
            while end < count {
                let e = chars[end]
                if e.isWordScalar { end += 1; continue }
                let joiner = e == "'" || e == "’" || e == "-" || e == "." || e == "&"
                if joiner, end + 1 < count, chars[end + 1].isWordScalar {
                    dots = dots || e == "."
                    end += 2
                    continue
                }
                // A thousands separator: "3,000m" is one word, not "3" and "000m".
                if e == ",", chars[end - 1].isDigitScalar, end + 3 < count,
                   (1...3).allSatisfy({ chars[end + $0].isDigitScalar }),
                   end + 4 == count || !chars[end + 4].isDigitScalar {
                    end += 4
                    continue
                }
                if e == ".", dots, end - i <= 3 { end += 1 }  // closing dot of "U.S." / "a.m."
                break
            }
            // An initial ("P.") or a title ("Gov.", "Dr.") keeps its dot and does not break a name.
            if end < count, chars[end] == ".", !dots {
                if (end - i == 1 && chars[i].isUpperScalar) || Abbreviations.never.contains(chars.lowercased(i, end)) { end += 1 }
            }
            out.append(make(chars, i, end, breakBefore: pendingBreak, sentenceStart: atStart))
            pendingBreak = false
            atStart = false
            i = end
        }
    }

    private static func make(_ chars: ScalarText, _ start: Int, _ end: Int, breakBefore: Bool, sentenceStart: Bool) -> WordToken {
        var stop = end
        if end - start > 2, chars[end - 1] == "s", chars[end - 2] == "'" || chars[end - 2] == "’" { stop = end - 2 }
        var letters = 0, allUpper = true
        for k in start..<stop where chars[k].isLetterScalar {
            letters += 1
            if allUpper && !chars[k].isUpperScalar { allUpper = false }
        }
        let surface = chars.string(start, stop)
        let lower = chars.isASCII(start, stop) ? chars.lowercased(start, stop) : surface.lowercased()
        return WordToken(surface: surface, lower: lower, breakBefore: breakBefore,
                         sentenceStart: sentenceStart, isCapitalized: chars[start].isUpperScalar,
                         isAllCaps: letters > 1 && allUpper, isPossessive: stop < end)
    }

    /// Stemmed content terms of `tokens`: parts of hyphenated words separately, contractions cut
    /// at the apostrophe, stop words, numbers and one-letter parts dropped.
    static func terms(_ tokens: [WordToken]) -> [String] {
        var out: [String] = []
        for token in tokens { terms(of: token) { out.append($0) } }
        return out
    }

    /// The stemmed content terms of one token, in order.
    @inline(__always)
    static func terms(of token: WordToken, _ emit: (String) -> Void) {
        var lower = token.lower
        let done = lower.withUTF8 { b -> Bool in
            for c in b where c >= 0x80 { return false }
            var p = 0
            while p < b.count {
                var q = p
                while q < b.count, b[q] != 0x2D, b[q] != 0x2E, b[q] != 0x26 { q += 1 }  // - . &
                var cut = p
                while cut < q, b[cut] != 0x27 { cut += 1 }  // '
                if cut - p > 1 {
                    var digitsOnly = true
                    for k in p..<cut where (b[k] < 0x30 || b[k] > 0x39) && b[k] != 0x2C { digitsOnly = false; break }  // "3,000"
                    if !digitsOnly {
                        let word = UnsafeBufferPointer(rebasing: b[p..<cut])
                        if !StopWords.isFunction(bytes: word) {
                            emit(Tokenizer.asciiStem(word)! ?? String(decoding: word, as: UTF8.self))
                        }
                    }
                }
                p = q + 1
            }
            return true
        }
        if done { return }
        for part in token.lower.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "&" }) {
            var word = String(part)
            if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) { word = String(word[..<apostrophe]) }
            guard word.utf8.count > 1, !StopWords.isFunction(word),
                  word.utf8.contains(where: { ($0 < 0x30 || $0 > 0x39) && $0 != 0x2C }) else { continue }
            emit(Tokenizer.stem(word))
        }
    }
}
