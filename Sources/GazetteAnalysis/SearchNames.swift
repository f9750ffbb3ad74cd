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
        func add(_ name: String) {
            let key = name.lowercased()
            guard names.count < limit, !seen.contains(key) else { return }
            seen.insert(key)
            names.append(name)
        }
        entities.forEach(add)
        let words = NameScanner.words(in: article.bodyText, keepingApostrophes: true)
        // A capitalised word that also appears in lower case ("The", "But") is not a name.
        let common = Set(words.filter(\.startsLowercase).map { $0.text.lowercased() })
        for word in words where word.length > 2 && word.startsUppercase && word.hasLowercaseAfterFirst {
            if names.count >= limit { break }
            if !common.contains(word.text.lowercased()) { add(String(word.text)) }
        }
        return names
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
