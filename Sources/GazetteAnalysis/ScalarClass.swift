/// Fast character classes on Unicode scalars, with an ASCII fast path (the hot loops of
/// sentence splitting and tokenising run on scalars rather than grapheme clusters).
extension Unicode.Scalar {
    var isWordScalar: Bool {
        let v = value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return properties.isAlphabetic || properties.numericType != nil
    }

    var isDigitScalar: Bool { value >= 0x30 && value <= 0x39 }

    var isLetterScalar: Bool {
        let v = value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return properties.isAlphabetic
    }

    var isUpperScalar: Bool {
        let v = value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return properties.isUppercase
    }

    var isLowerScalar: Bool {
        let v = value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return properties.isLowercase
    }

    var isSpaceScalar: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return properties.isWhitespace
    }
}

extension String {
    /// Byte-wise substring test (both sides are compared as UTF-8; no locale rules).
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty, h.count >= n.count else { return n.isEmpty }
                let first = n[0]
                outer: for start in 0...(h.count - n.count) where h[start] == first {
                    for k in 1..<n.count where h[start + k] != n[k] { continue outer }
                    return true
                }
                return false
            }
        }
    }

    /// `lowercased().containsBytes(needle)`. ASCII text is searched with its capitals lowered
    /// byte by byte, without making the lower-cased copy; other text is lower-cased first.
    func lowercasedContainsBytes(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        let found: Bool? = haystack.withUTF8 { h in
            guard h.allSatisfy({ $0 < 0x80 }) else { return nil }
            return needle.withUTF8 { n in
                guard !n.isEmpty, h.count >= n.count else { return n.isEmpty }
                @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
                let first = n[0]
                outer: for start in 0...(h.count - n.count) where lower(h[start]) == first {
                    for k in 1..<n.count where lower(h[start + k]) != n[k] { continue outer }
                    return true
                }
                return false
            }
        }
        return found ?? lowercased().containsBytes(needle)
    }

    init(scalars: some Sequence<Unicode.Scalar>) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self = String(view)
    }
}
