/// Recognises sentences a summary must never use: bylines, captions, datelines, questions to the
/// reader, very short fragments, the ends of quotations begun in an earlier sentence, and site
/// boilerplate.
enum SentenceFilter {
    /// Why `sentence` is unfit for a summary, or nil when it may be used.
    /// - Parameter continuesQuote: `continuesQuotation(sentence)`, when the caller has it already.
    static func rejection(_ sentence: String, words: Int, continuesQuote: Bool? = nil) -> String? {
        if words < 5 { return "fragment" }
        if words > 90 { return "run-on" }
        if continuesQuote ?? continuesQuotation(sentence) { return "quote-continuation" }
        if let fast = fastRejection(sentence, words: words) { return fast }
        return slowRejection(sentence, words: words)
    }

    /// The reference implementation, on `Character`s; used for text the fast path does not cover.
    static func slowRejection(_ sentence: String, words: Int) -> String? {
        let lower = sentence.lowercased()
        if words < 5 { return "fragment" }
        if words > 90 { return "run-on" }
        if continuesQuotation(sentence) { return "quote-continuation" }
        let core = sentence.trimmingCharacters(of: "\"'”’)] ")
        if core.hasSuffix("?") { return "question" }
        if !sentence.contains(where: { $0.isLowercase }) { return "dateline" }
        if bylinePrefixes.contains(where: { lower.hasPrefix($0) }) && words <= 14 { return "byline" }
        if captionMarkers.contains(where: { lower.containsBytes($0) }) { return "caption" }
        if boilerplate.contains(where: { lower.containsBytes($0) }) { return "boilerplate" }
        return nil
    }

    /// The same decision on scalars and bytes, or nil when the sentence has a scalar for which the
    /// two could differ. Every scalar allowed here forms a `Character` of its own (nothing in these
    /// ranges extends or prepends to a grapheme) and lower-cases to non-ASCII scalars of the same
    /// ranges, so byte prefixes and searches on the lower-cased bytes agree with `String`'s.
    private static func fastRejection(_ sentence: String, words: Int) -> String?? {
        var lower: [UInt8] = []
        var hasLowercase = false
        var ascii = true
        for s in sentence.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v &- 0x61 < 26 { hasLowercase = true }
                continue
            }
            guard (0x80...0x2FF).contains(v) && v != 0x130 || (0x2010...0x2027).contains(v)
                || (0x2030...0x205E).contains(v) || (0x20A0...0x20C0).contains(v) else { return nil }
            ascii = false
            if !hasLowercase, Character(s).isLowercase { hasLowercase = true }
        }
        // Question: the last scalar that is not a closing quote, bracket or space.
        var question = false
        for s in sentence.unicodeScalars.reversed() {
            switch s.value {
            case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D, 0x20: continue
            default: question = s == "?"
            }
            break
        }
        if question { return .some("question") }
        if !hasLowercase { return .some("dateline") }
        if ascii {
            lower.reserveCapacity(sentence.utf8.count)
            for b in sentence.utf8 { lower.append(b &- 0x41 < 26 ? b | 0x20 : b) }
        } else {
            lower.append(contentsOf: sentence.lowercased().utf8)
        }
        return lower.withUnsafeBufferPointer { text -> String?? in
            if words <= 14 && bylineBytes.contains(where: { Self.hasPrefix(text, $0) }) { return .some("byline") }
            if captionTable.occurs(in: text) { return .some("caption") }
            if boilerplateTable.occurs(in: text) { return .some("boilerplate") }
            return .some(nil)
        }
    }

    /// Whether the sentence begins inside a quotation opened in an earlier one, as in
    /// `"We will act. This is a targeted partnership," Bronin said.`: its first quotation mark
    /// closes (`”`, or `"` after a letter or punctuation with an odd number of `"` in the
    /// sentence). Alone in a summary, such a sentence reads as a fragment with a stray mark.
    static func continuesQuotation(_ sentence: String) -> Bool {
        var previous: Unicode.Scalar? = nil
        for s in sentence.unicodeScalars {
            switch s.value {
            case 0x201D: return true
            case 0x201C: return false
            case 0x22:
                guard let previous, !previous.properties.isWhitespace, previous != "(", previous != "[" else { return false }
                return sentence.utf8.count(where: { $0 == 0x22 }) % 2 == 1
            default: previous = s
            }
        }
        return false
    }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard text.count >= prefix.count else { return false }
        for k in prefix.indices where text[k] != prefix[k] { return false }
        return true
    }

    static let bylinePrefixes = [
        "by ", "posted ", "updated ", "published ", "last updated", "written by", "reporting by", "story by",
    ]
    static let captionMarkers = [
        "(photo", "photo:", "photo credit", "ap photo", "getty images", "image caption", "image copyright",
        "media caption", "file photo", "(pictured)", "click to enlarge", "scroll down for",
    ]
    static let boilerplate = [
        "click here", "sign up for", "sign up to", "newsletter", "subscribe", "follow us", "follow him on",
        "follow her on", "share this", "copyright", "all rights reserved", "read more", "contact us",
        "http://", "https://", "www.", "download the app", "our app", "terms of use", "privacy policy",
        "cookie", "advertisement", "sponsored", "comments are closed", "commenting has", "posted to:",
    ]
    private static let bylineBytes = bylinePrefixes.map { Array($0.utf8) }
    private static let captionTable = MarkerTable(captionMarkers)
    private static let boilerplateTable = MarkerTable(boilerplate)
}

/// Byte strings to find anywhere in a text, indexed by their first two bytes so that one pass
/// over the text tests them all (every marker is at least two bytes long).
private struct MarkerTable: Sendable {
    /// Markers by their first two bytes.
    private var byPair: [UInt16: [[UInt8]]] = [:]
    /// Bit `b0 << 8 | b1` is set when some marker starts with the bytes `b0 b1`.
    private var pairs = [UInt64](repeating: 0, count: 1024)

    init(_ markers: [String]) {
        for marker in markers {
            let bytes = Array(marker.utf8)
            precondition(bytes.count >= 2)
            let pair = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
            byPair[pair, default: []].append(bytes)
            pairs[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
        }
    }

    /// True when some marker occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 2 else { return false }
        for start in 0..<(text.count - 1) {
            let pair = UInt16(text[start]) << 8 | UInt16(text[start + 1])
            guard pairs[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 else { continue }
            for marker in byPair[pair]! where start + marker.count <= text.count {
                var k = 2
                while k < marker.count, text[start + k] == marker[k] { k += 1 }
                if k == marker.count { return true }
            }
        }
        return false
    }
}
