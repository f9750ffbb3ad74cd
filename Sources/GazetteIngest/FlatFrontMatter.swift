/// Reads the common, flat front matter shape without Yams, giving exactly what Yams gives.
///
/// Accepted, line by line: blank lines, `#` comment lines, and `key: value` at column 1 with
/// `key` made of ASCII letters, digits, `_` and `-` (starting with a letter, digit or `_`) and
/// the value one of:
/// - nothing (an empty plain scalar),
/// - a plain scalar that cannot be anything else (no indicator first, no `: `, ` #` or
///   trailing `:`),
/// - a `"double-quoted"` scalar without backslashes, or a `'single-quoted'` one (`''` is `'`),
/// - a one-line flow sequence `[a, "b", 'c']` of such scalars (plain items without any of
///   `,[]{}:#?'"` and not starting with an indicator).
///
/// Anything else (tabs, control characters, Unicode line breaks, indented lines, block
/// scalars, anchors, tags, nested collections, escapes, comments after a value, duplicate keys,
/// multi-line scalars) returns nil, and the caller uses Yams. Tests pin this reader to Yams.
enum FlatFrontMatter {
    /// The entries, or nil when the YAML is not in the flat shape.
    static func parse(_ yaml: String) -> [FrontMatterEntry]? {
        var yaml = yaml
        return yaml.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> [FrontMatterEntry]? {
        guard hasOnlyPlainCharacters(bytes) else { return nil }
        var entries: [FrontMatterEntry] = []
        var keys: Set<String> = []
        var lineNumber = 0
        var start = 0
        let count = bytes.count
        while start <= count {
            lineNumber += 1
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if line.allSatisfy({ $0 == 0x20 }) || line[0] == UInt8(ascii: "#") { continue }
            guard let entry = entry(line, lineNumber: lineNumber),
                  let key = entry.key, keys.insert(key).inserted else { return nil }
            entries.append(entry)
        }
        return entries
    }

    /// No tab, no control character or DEL, none of U+0080-U+009F (NEL among them), U+2028,
    /// U+2029, U+FEFF, U+FFFE, U+FFFF: characters whose YAML meaning is not plain text.
    private static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte < 0x20 && byte != 0x0A || byte == 0x7F { return false }
            } else if byte == 0xC2 {
                if i + 1 < count, bytes[i + 1] < 0xA0 { return false }
            } else if byte == 0xE2 {
                if i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return false }
            } else if byte == 0xEF {
                if i + 2 < count, bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF
                    || bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) { return false }
            }
            i += 1
        }
        return true
    }

    private static func isKeyByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): return true
        case UInt8(ascii: "-"): return !first
        default: return false
        }
    }

    /// `key: value` on one line (not blank, not a comment), or nil.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> FrontMatterEntry? {
        var i = 0
        while i < line.count, isKeyByte(line[i], first: i == 0) { i += 1 }
        guard i > 0, i <= 128, i < line.count, line[i] == UInt8(ascii: ":") else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<i]), as: UTF8.self)
        i += 1
        guard i == line.count || line[i] == 0x20 else { return nil }
        let afterColon = i
        while i < line.count, line[i] == 0x20 { i += 1 }
        // Everything before the value is ASCII, so its column is its byte offset plus one.
        if i == line.count {
            // An empty value: Yams places it just after the colon.
            return FrontMatterEntry(key: key, value: FrontMatterValue(
                kind: .scalar("", plain: true), line: lineNumber, column: afterColon + 1))
        }
        let rest = UnsafeBufferPointer(rebasing: line[i...])
        let kind: FrontMatterValue.Kind
        switch rest[0] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let (text, length) = quoted(rest, from: 0), onlySpaces(rest, from: length) else { return nil }
            kind = .scalar(text, plain: false)
        case UInt8(ascii: "["):
            guard let items = flowSequence(rest) else { return nil }
            kind = .sequence(items)
        default:
            guard let text = blockPlain(rest) else { return nil }
            kind = .scalar(text, plain: true)
        }
        return FrontMatterEntry(key: key, value: FrontMatterValue(kind: kind, line: lineNumber, column: i + 1))
    }

    private static func onlySpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        while i < bytes.count {
            if bytes[i] != 0x20 { return false }
            i += 1
        }
        return true
    }

    /// Characters that give a plain scalar's first character another meaning.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// A plain scalar filling the rest of the line (trailing spaces dropped), or nil.
    private static func blockPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !isIndicator(bytes[0]) else { return nil }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard bytes[end - 1] != UInt8(ascii: ":") else { return nil }
        var i = 1
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: ":"), bytes[i + 1] == 0x20 { return nil }
            if byte == UInt8(ascii: "#"), bytes[i - 1] == 0x20 { return nil }
            i += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }

    /// A quoted scalar starting at `start` and closed on this line: its text and the offset
    /// just after the closing quote. Double-quoted scalars with escapes are left to Yams.
    private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        let quote = bytes[start]
        var i = start + 1
        if quote == UInt8(ascii: "\"") {
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\\") { return nil }
                if bytes[i] == quote {
                    return (String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<i]), as: UTF8.self), i + 1)
                }
                i += 1
            }
            return nil
        }
        var text: [UInt8] = []
        while i < bytes.count {
            if bytes[i] == quote {
                if i + 1 < bytes.count, bytes[i + 1] == quote {
                    text.append(quote)
                    i += 2
                    continue
                }
                return (String(decoding: text, as: UTF8.self), i + 1)
            }
            text.append(bytes[i])
            i += 1
        }
        return nil
    }

    /// `[item, item]` on one line with nothing but spaces after it, or nil.
    private static func flowSequence(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var items: [String] = []
        var i = 1
        func skipSpaces() { while i < bytes.count, bytes[i] == 0x20 { i += 1 } }
        skipSpaces()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            return onlySpaces(bytes, from: i + 1) ? [] : nil
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let (text, next) = quoted(bytes, from: i) else { return nil }
                items.append(text)
                i = next
            } else {
                guard !isIndicator(byte) else { return nil }
                let itemStart = i
                while i < bytes.count {
                    switch bytes[i] {
                    case UInt8(ascii: ","), UInt8(ascii: "]"): break
                    case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ":"),
                         UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                        return nil
                    default:
                        i += 1
                        continue
                    }
                    break
                }
                var itemEnd = i
                while itemEnd > itemStart, bytes[itemEnd - 1] == 0x20 { itemEnd -= 1 }
                items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[itemStart..<itemEnd]), as: UTF8.self))
            }
            skipSpaces()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "]") { return onlySpaces(bytes, from: i + 1) ? items : nil }
            guard bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
            skipSpaces()
            // A trailing comma or an empty item: left to Yams.
            guard i < bytes.count, bytes[i] != UInt8(ascii: ","), bytes[i] != UInt8(ascii: "]") else { return nil }
        }
        return nil
    }
}
