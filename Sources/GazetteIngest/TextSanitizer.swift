import Foundation

/// Makes decoded text safe and regular before any parsing.
enum TextSanitizer {
    /// `\r\n` and lone `\r` become `\n`. - Complexity: O(n).
    static func normalizeNewlines(_ text: String) -> String {
        guard ByteSearch.contains(0x0D, in: text) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }

    /// One line of metadata or body: control characters and bidirectional overrides removed,
    /// tabs and odd spaces folded to single spaces, ends trimmed.
    /// - Complexity: O(n); ASCII is handled byte by byte, Unicode properties are looked up
    ///   only for other scalars.
    static func clean(_ text: some StringProtocol) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable({ clean(utf8: $0) }) { return result }
        var copy = String(text)
        return copy.withUTF8 { clean(utf8: $0) }
    }

    /// `clean` on valid UTF-8.
    static func clean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        return String(unsafeUninitializedCapacity: count) { out in
            var written = 0
            var pendingSpace = false
            var i = 0
            while i < count {
                let byte = bytes[i]
                if byte < 0x80 {
                    i += 1
                    // ASCII: White_Space is 0x09-0x0D and 0x20; the other controls are invisible.
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = written > 0
                        continue
                    }
                    if byte < 0x20 || byte == 0x7F { continue }
                    if pendingSpace {
                        out[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    out[written] = byte
                    written += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let scalar = decodeScalar(bytes, at: i, length: length)
                if scalar.properties.isWhitespace {
                    pendingSpace = written > 0
                    i += length
                    continue
                }
                if isInvisible(scalar) {
                    i += length
                    continue
                }
                if pendingSpace {
                    out[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                for k in 0..<length { out[written + k] = bytes[i + k] }
                written += length
                i += length
            }
            return written
        }
    }

    /// The scalar of a valid multi-byte UTF-8 sequence.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar {
        var value: UInt32
        switch length {
        case 2: value = UInt32(bytes[i] & 0x1F)
        case 3: value = UInt32(bytes[i] & 0x0F)
        default: value = UInt32(bytes[i] & 0x07)
        }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when both ends
    /// are plain ASCII. - Complexity: O(n).
    static func trimmingWhitespaceAndNewlines(_ text: String) -> String {
        enum Trim { case unchanged, range(Int, Int), foundation }
        var text = text
        let trim: Trim = text.withUTF8 { bytes in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            func isPlain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
            var start = 0
            var end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            if start == end { return .range(0, 0) }
            guard isPlain(bytes[start]), isPlain(bytes[end - 1]) else { return .foundation }
            return start == 0 && end == bytes.count ? .unchanged : .range(start, end)
        }
        switch trim {
        case .unchanged: return text
        case .foundation: return text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .range(let start, let end):
            let utf8 = text.utf8
            return String(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
        }
    }

    /// Controls (C0, DEL, C1), bidirectional embeddings and overrides, zero-width marks.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// `text` cut to at most `limit` characters at a word boundary, with an ellipsis when cut.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
    }
}

/// `trimmingCharacters(in:)` for a fixed character set, without Foundation when the characters
/// at both ends are ASCII: a table built from the set itself decides those.
struct ASCIITrimmer: Sendable {
    static let punctuation = ASCIITrimmer(.punctuationCharacters)

    private let set: CharacterSet
    private let table: [Bool]

    init(_ set: CharacterSet) {
        self.set = set
        table = (0..<128).map { set.contains(Unicode.Scalar(UInt8($0))) }
    }

    /// Exactly `text.trimmingCharacters(in: set)`.
    func trim(_ text: some StringProtocol) -> String {
        let fast: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] < 0x80, table[Int(bytes[start])] { start += 1 }
            if start < end, bytes[start] >= 0x80 { return nil }
            while end > start, bytes[end - 1] < 0x80, table[Int(bytes[end - 1])] { end -= 1 }
            if end > start, bytes[end - 1] >= 0x80 { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if case .some(.some(let result)) = fast { return result }
        return text.trimmingCharacters(in: set)
    }
}
