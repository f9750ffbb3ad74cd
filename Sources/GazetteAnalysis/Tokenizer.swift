/// Splits text into lower-cased word tokens for similarity, key phrases and shingles.
///
/// Tokens come out in text order. A token is a run of letters and digits; inner apostrophes
/// and hyphens are kept only between letters ("don't", "worse-than-expected" becomes three tokens).
/// A trailing possessive ("'s", "’s") is dropped.
enum Tokenizer {
    /// Lower-cased word tokens in text order.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !current.isEmpty { out.append(finish(String(current))) }
            current = String.UnicodeScalarView()
        }
        for (i, s) in scalars.enumerated() {
            if s.properties.isAlphabetic || ("0"..."9").contains(s) {
                current.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            } else if (s == "'" || s == "\u{2019}"), !current.isEmpty, i + 1 < scalars.count,
                      scalars[i + 1].properties.isAlphabetic {
                current.append("'")
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// Content terms: `words` without stop words, pure numbers or one-letter tokens, each stemmed.
    static func terms(_ text: String) -> [String] {
        words(text).compactMap { word in
            guard word.count > 1, !StopWords.function.contains(word),
                  word.unicodeScalars.contains(where: { !("0"..."9").contains($0) }) else { return nil }
            return stem(word)
        }
    }

    /// A light English suffix stripper (plural "-s", "-ies", "-es"; "-ing"; "-ed"). It is enough
    /// to match "shooting"/"shootings" and "police"/"policed" rarely matters.
    static func stem(_ word: String) -> String {
        let n = word.count
        if n > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if n > 4, word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if n > 5, word.hasSuffix("ing") { return String(word.dropLast(3)) }
        if n > 4, word.hasSuffix("ed"), !word.hasSuffix("eed") { return String(word.dropLast(2)) }
        if n > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    private static func finish(_ word: String) -> String {
        if word.hasSuffix("'s") { return String(word.dropLast(2)) }
        if word.hasSuffix("'") { return String(word.dropLast()) }
        return word
    }
}
