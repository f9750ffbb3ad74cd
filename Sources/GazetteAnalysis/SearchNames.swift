import GazetteCore

/// The names a reader may search for that an article's title and summary may not hold, for the
/// site's search index; worked out in the text pass, so the text cache keeps them.
enum SearchNames {
    /// The names a reader may search for that the title and summary may not hold: the
    /// article's entities, then capitalised words of its body (people, places, institutions),
    /// each once, at most `limit` in all; words already in the title are left out.
    static func names(article: Article, entities: [String], limit: Int = 50) -> [String] {
        var seen = Set(NameScanner.words(in: article.title, keepingApostrophes: false).map { $0.text.lowercased() })
        var names: [String] = []
        func add(_ name: String, key: String) {
            guard names.count < limit, !seen.contains(key) else { return }
            seen.insert(key)
            names.append(name)
        }
        for entity in entities { add(entity, key: entity.lowercased()) }
        guard names.count < limit else { return names }
        let words = NameScanner.words(in: article.bodyText, keepingApostrophes: true)
        let capitalised = words.filter { $0.length > 2 && $0.startsUppercase && $0.hasLowercaseAfterFirst }
        let keys = capitalised.map { $0.text.lowercased() }
        // A capitalised word that also appears in lower case ("The", "But") is not a name.
        let common = lowerCaseUses(of: Set(keys), in: words)
        for (word, key) in zip(capitalised, keys) {
            if names.count >= limit { break }
            if !common.contains(key) { add(String(word.text), key: key) }
        }
        return names
    }

    /// The `keys` that some word of `words` starting in lower case gives when lower-cased. An ASCII
    /// word is first checked against a 4,096-bit filter of the ASCII keys' hashes, so most words are
    /// neither lower-cased nor hashed by the set; any other word takes the full path (a non-ASCII
    /// word may lower-case to an ASCII key: "K", the Kelvin sign, gives "k").
    static func lowerCaseUses(of keys: Set<String>, in words: [NameScanner.Word]) -> Set<String> {
        var filter = [UInt64](repeating: 0, count: 64)
        func bit(_ hash: UInt64) -> (Int, UInt64) { (Int(hash >> 6 & 63), 1 << (hash & 63)) }
        for key in keys {
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let (slot, mask) = bit(FNV1a.hash(key.utf8))
            filter[slot] |= mask
        }
        var found = Set<String>()
        for word in words where word.startsLowercase {
            var hash = FNV1a.offsetBasis, ascii = true
            for b in word.text.utf8 {
                if b >= 0x80 { ascii = false; break }
                FNV1a.step(&hash, b &- 0x41 < 26 ? b | 0x20 : b)
            }
            if ascii {
                let (slot, mask) = bit(hash)
                if filter[slot] & mask == 0 { continue }
            }
            let key = word.text.lowercased()
            if keys.contains(key) { found.insert(key) }
        }
        return found
    }
}

/// Splits text into words (runs of letters, and apostrophes when asked) on Unicode scalars,
/// with an ASCII fast path. A combining mark belongs to the letter before it, so the words and
/// their cases are those `Character` would give, at a fraction of the cost of grapheme breaking.
enum NameScanner {
    struct Word {
        var text: Substring
        /// Characters (scalars that are not combining marks).
        var length: Int
        var startsUppercase: Bool
        var startsLowercase: Bool
        var hasLowercaseAfterFirst: Bool
    }

    static func words(in text: String, keepingApostrophes: Bool) -> [Word] {
        var words: [Word] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var current = Word(text: "", length: 0, startsUppercase: false, startsLowercase: false, hasLowercaseAfterFirst: false)
        var index = scalars.startIndex
        var previousInWord = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let kind = classify(scalar, keepingApostrophes: keepingApostrophes)
            let inWord: Bool
            switch kind {
            case .extending: inWord = previousInWord
            case .word, .upper, .lower: inWord = true
            case .other: inWord = false
            }
            if inWord {
                if start == nil {
                    start = index
                    current = Word(text: "", length: 0, startsUppercase: kind == .upper, startsLowercase: kind == .lower,
                                   hasLowercaseAfterFirst: false)
                }
                if kind != .extending {
                    if current.length > 0, kind == .lower { current.hasLowercaseAfterFirst = true }
                    current.length += 1
                }
            } else if let first = start {
                current.text = text[first..<index]
                words.append(current)
                start = nil
            }
            previousInWord = inWord
            index = scalars.index(after: index)
        }
        if let first = start {
            current.text = text[first..<text.endIndex]
            words.append(current)
        }
        return words
    }

    enum Kind { case upper, lower, word, extending, other }

    static func classify(_ scalar: Unicode.Scalar, keepingApostrophes: Bool) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return .upper }
            if value >= 0x61 && value <= 0x7A { return .lower }
            if keepingApostrophes && value == 0x27 { return .word }
            return .other
        }
        if keepingApostrophes && value == 0x2019 { return .word }
        let properties = scalar.properties
        if properties.isGraphemeExtend { return .extending }
        guard properties.isAlphabetic else { return .other }
        if properties.isUppercase { return .upper }
        if properties.isLowercase { return .lower }
        return .word
    }
}
