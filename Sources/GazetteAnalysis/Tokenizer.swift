/// Splits text into lower-cased word tokens for similarity, key phrases and shingles.
///
/// Tokens come out in text order. A token is a run of letters and digits; inner apostrophes
/// and hyphens are kept only between letters ("don't", "worse-than-expected" becomes three tokens).
/// A trailing possessive ("'s", "’s") is dropped.
///
/// ASCII text takes a byte-level path; any other text goes through Unicode scalar properties.
/// Both give the same tokens.
enum Tokenizer {
    /// Lower-cased word tokens in text order.
    static func words(_ text: String) -> [String] {
        var text = text
        if let fast = text.withUTF8({ asciiWords($0) }) { return fast }
        return unicodeWords(text)
    }

    /// `words` for ASCII text; nil when `bytes` are not all ASCII.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        guard ascii else { return nil }
        var out: [String] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { current in
            var length = 0
            func flush() {
                guard length > 0 else { return }
                var n = length
                if n >= 2, current[n - 2] == 0x27, current[n - 1] == 0x73 { n -= 2 }  // 's
                else if current[n - 1] == 0x27 { n -= 1 }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: current[0..<n]), as: UTF8.self))
                length = 0
            }
            for (i, b) in bytes.enumerated() {
                if b &- 0x41 < 26 {
                    current[length] = b | 0x20; length += 1
                } else if b &- 0x61 < 26 || b &- 0x30 < 10 {
                    current[length] = b; length += 1
                } else if b == 0x27, length > 0, i + 1 < bytes.count, (bytes[i + 1] | 0x20) &- 0x61 < 26 {
                    current[length] = b; length += 1
                } else {
                    flush()
                }
            }
            flush()
        }
        return out
    }

    private static func unicodeWords(_ text: String) -> [String] {
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
            guard word.count > 1, !StopWords.isFunction(word),
                  word.unicodeScalars.contains(where: { !("0"..."9").contains($0) }) else { return nil }
            return stem(word)
        }
    }

    /// A light English suffix stripper (plural "-s", "-ies", "-es"; "-ing"; "-ed"). It is enough
    /// to match "shooting"/"shootings" and "police"/"policed" rarely matters.
    static func stem(_ word: String) -> String {
        var word = word
        if let fast = word.withUTF8({ asciiStem($0) }) { return fast ?? word }
        return unicodeStem(word)
    }

    /// `stem` of ASCII bytes: `.some(nil)` when the word stays as it is, nil when not ASCII.
    @inline(__always)
    static func asciiStem(_ b: UnsafeBufferPointer<UInt8>) -> String?? {
        let n = b.count
        for c in b where c >= 0x80 { return nil }
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n >= k else { return false }
            let p = suffix.utf8Start
            for j in 0..<k where b[n - k + j] != p[j] { return false }
            return true
        }
        func prefix(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[0..<k]), as: UTF8.self) }
        if n > 4, ends("ies") { return .some(prefix(n - 3) + "y") }
        if n > 4, ends("sses") { return .some(prefix(n - 2)) }
        if n > 5, ends("ing") { return .some(prefix(n - 3)) }
        if n > 4, ends("ed"), !ends("eed") { return .some(prefix(n - 2)) }
        if n > 3, ends("s"), !ends("ss"), !ends("us"), !ends("is") { return .some(prefix(n - 1)) }
        return .some(nil)
    }

    private static func unicodeStem(_ word: String) -> String {
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
