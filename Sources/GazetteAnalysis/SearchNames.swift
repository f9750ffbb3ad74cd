import GazetteCore

/// The names a reader may search for that an article's title and summary may not hold, for the
/// site's search index; worked out in the text pass, so the text cache keeps them.
enum SearchNames {
    /// The names a reader may search for that the title and summary may not hold: the
    /// article's entities, then capitalised words of its body (people, places, institutions),
    /// each once, at most `limit` in all; words already in the title are left out.
    static func names(article: Article, entities: [String], limit: Int = 50) -> [String] {
        var title = article.title
        var seen = title.withUTF8 { bytes in
            Set(NameScanner.words(in: bytes, keepingApostrophes: false).map { $0.string(in: bytes).lowercased() })
        }
        var names: [String] = []
        func add(_ name: String, key: String) {
            guard names.count < limit, !seen.contains(key) else { return }
            seen.insert(key)
            names.append(name)
        }
        for entity in entities { add(entity, key: entity.lowercased()) }
        guard names.count < limit else { return names }
        var body = article.bodyText
        body.withUTF8 { bytes in
            let words = NameScanner.words(in: bytes, keepingApostrophes: true)
            let capitalised = words.filter { $0.length > 2 && $0.startsUppercase && $0.hasLowercaseAfterFirst }
                .map { $0.string(in: bytes) }
            let keys = capitalised.map { $0.lowercased() }
            // A capitalised word that also appears in lower case ("The", "But") is not a name.
            let common = lowerCaseUses(of: Set(keys), in: words, of: bytes)
            for (word, key) in zip(capitalised, keys) {
                if names.count >= limit { break }
                if !common.contains(key) { add(word, key: key) }
            }
        }
        return names
    }

    /// The `keys` that some word of `words` (found in `bytes`) starting in lower case gives when
    /// lower-cased. An ASCII word is first checked against a 4,096-bit filter of the ASCII keys'
    /// hashes, so most words are neither made into strings nor hashed by the set; any other word
    /// takes the full path (a non-ASCII word may lower-case to an ASCII key: "K", the Kelvin sign,
    /// gives "k").
    static func lowerCaseUses(of keys: Set<String>, in words: [NameScanner.Word], of bytes: UnsafeBufferPointer<UInt8>)
        -> Set<String> {
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
            for k in word.start..<word.end {
                let b = bytes[k]
                if b >= 0x80 { ascii = false; break }
                FNV1a.step(&hash, b &- 0x41 < 26 ? b | 0x20 : b)
            }
            if ascii {
                let (slot, mask) = bit(hash)
                if filter[slot] & mask == 0 { continue }
            }
            let key = word.string(in: bytes).lowercased()
            if keys.contains(key) { found.insert(key) }
        }
        return found
    }
}

/// Splits text into words (runs of letters, and apostrophes when asked) on Unicode scalars
/// decoded from the UTF-8 bytes, with an ASCII fast path. A combining mark belongs to the letter
/// before it, so the words and their cases are those `Character` would give, at a fraction of the
/// cost of grapheme breaking.
enum NameScanner {
    struct Word: Equatable {
        /// UTF-8 offsets of the word in the scanned text.
        var start: Int
        var end: Int
        /// Characters (scalars that are not combining marks).
        var length: Int
        var startsUppercase: Bool
        var startsLowercase: Bool
        var hasLowercaseAfterFirst: Bool

        /// The word's text; `bytes` must be those it was found in.
        func string(in bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The words of `text`, with their texts.
    static func words(in text: String, keepingApostrophes: Bool) -> [(text: String, word: Word)] {
        var text = text
        return text.withUTF8 { bytes in words(in: bytes, keepingApostrophes: keepingApostrophes).map { ($0.string(in: bytes), $0) } }
    }

    /// The words of the valid UTF-8 `bytes`.
    static func words(in bytes: UnsafeBufferPointer<UInt8>, keepingApostrophes: Bool) -> [Word] {
        var words: [Word] = []
        var current = Word(start: -1, end: 0, length: 0, startsUppercase: false, startsLowercase: false, hasLowercaseAfterFirst: false)
        var previousInWord = false
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            var value = b0, length = 1
            if b0 >= 0xF0 {
                value = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                    | (UInt32(bytes[i + 3]) & 0x3F)
                length = 4
            } else if b0 >= 0xE0 {
                value = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
                length = 3
            } else if b0 >= 0xC0 {
                value = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
                length = 2
            }
            let kind = classify(Unicode.Scalar(value).unsafelyUnwrapped, keepingApostrophes: keepingApostrophes)
            let inWord: Bool
            switch kind {
            case .extending: inWord = previousInWord
            case .word, .upper, .lower: inWord = true
            case .other: inWord = false
            }
            if inWord {
                if current.start < 0 {
                    current = Word(start: i, end: i, length: 0, startsUppercase: kind == .upper, startsLowercase: kind == .lower,
                                   hasLowercaseAfterFirst: false)
                }
                if kind != .extending {
                    if current.length > 0, kind == .lower { current.hasLowercaseAfterFirst = true }
                    current.length += 1
                }
            } else if current.start >= 0 {
                current.end = i
                words.append(current)
                current.start = -1
            }
            previousInWord = inWord
            i += length
        }
        if current.start >= 0 {
            current.end = bytes.count
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
