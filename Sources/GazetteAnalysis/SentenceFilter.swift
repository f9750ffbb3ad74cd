/// Recognises sentences a summary must never use: bylines, captions, datelines, questions to the
/// reader, very short fragments and site boilerplate.
enum SentenceFilter {
    /// Why `sentence` is unfit for a summary, or nil when it may be used.
    static func rejection(_ sentence: String, words: Int) -> String? {
        if words < 5 { return "fragment" }
        if words > 90 { return "run-on" }
        if let fast = fastRejection(sentence, words: words) { return fast }
        return slowRejection(sentence, words: words)
    }

    /// The reference implementation, on `Character`s; used for text the fast path does not cover.
    static func slowRejection(_ sentence: String, words: Int) -> String? {
        let lower = sentence.lowercased()
        if words < 5 { return "fragment" }
        if words > 90 { return "run-on" }
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
            if captionBytes.contains(where: { Self.contains(text, $0) }) { return .some("caption") }
            if boilerplateBytes.contains(where: { Self.contains(text, $0) }) { return .some("boilerplate") }
            return .some(nil)
        }
    }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard text.count >= prefix.count else { return false }
        for k in prefix.indices where text[k] != prefix[k] { return false }
        return true
    }

    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0 else { return true }
        guard text.count >= n else { return false }
        let first = needle[0]
        var start = 0
        outer: while start <= text.count - n {
            if text[start] != first { start += 1; continue }
            for k in 1..<n where text[start + k] != needle[k] { start += 1; continue outer }
            return true
        }
        return false
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
    private static let captionBytes = captionMarkers.map { Array($0.utf8) }
    private static let boilerplateBytes = boilerplate.map { Array($0.utf8) }
}
