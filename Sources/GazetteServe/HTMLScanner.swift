import GazetteCore

/// Pulls the `href`/`src` links and the anchor targets (`id`, `<a name>`) out of HTML.
///
/// A small tokenizer rather than a parser: it understands tags, quoted and unquoted attribute
/// values, comments, `<!…>` declarations and the raw text of `<script>` and `<style>`, which is
/// all Gazette's own pages need. Character references in values are decoded.
struct HTMLScanner {
    struct Link: Equatable {
        var tag: String
        var attribute: String
        var value: String
    }

    private(set) var links: [Link] = []
    private(set) var ids: Set<String> = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        while let open = Self.find(UInt8(ascii: "<"), in: bytes, from: index) {
            index = open + 1
            if Self.starts(bytes, at: index, with: "!--") {
                index = Self.find("-->", in: bytes, from: index + 3).map { $0 + 3 } ?? bytes.count
            } else if index < bytes.count, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
                index = Self.find(UInt8(ascii: ">"), in: bytes, from: index).map { $0 + 1 } ?? bytes.count
            } else if index < bytes.count, Self.isLetter(bytes[index]) {
                let (name, attributes, end) = Self.tag(bytes, from: index)
                index = end
                record(name, attributes)
                if name == "script" || name == "style" {
                    index = Self.find("</" + name, in: bytes, from: index, caseInsensitive: true) ?? bytes.count
                }
            }
        }
    }

    private mutating func record(_ tag: String, _ attributes: [(String, String)]) {
        for (name, value) in attributes {
            switch name {
            case "href", "src": links.append(Link(tag: tag, attribute: name, value: value))
            case "id": ids.insert(value)
            case "name" where tag == "a": ids.insert(value)
            default: break
            }
        }
    }

    /// The lower-cased tag name, its attributes (names lower-cased, values decoded) and the
    /// index just after the tag's `>`.
    private static func tag(_ bytes: [UInt8], from start: Int) -> (String, [(String, String)], Int) {
        var index = start
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func word(stoppingAt extra: Set<UInt8>) -> String {
            let begin = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
                  !extra.contains(bytes[index]) { index += 1 }
            return String(decoding: bytes[begin..<index], as: UTF8.self)
        }
        let name = word(stoppingAt: [UInt8(ascii: "/")]).lowercased()
        var attributes: [(String, String)] = []
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { break }
            let attribute = word(stoppingAt: [UInt8(ascii: "="), UInt8(ascii: "/")]).lowercased()
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let end = find(quote, in: bytes, from: index + 1) ?? bytes.count
                    value = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    index = min(end + 1, bytes.count)
                } else {
                    value = word(stoppingAt: [])
                }
            }
            if attribute.isEmpty { index += 1 } else { attributes.append((attribute, CharacterReferences.decode(value))) }
        }
        return (name, attributes, min(index + 1, bytes.count))
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func find(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: byte)
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String, caseInsensitive: Bool = false) -> Bool {
        let needle = Array(text.utf8)
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count {
            let (a, b) = (bytes[index + offset], needle[offset])
            if caseInsensitive ? (a | 0x20) != (b | 0x20) : a != b { return false }
        }
        return true
    }

    private static func find(_ text: String, in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        var index = start
        while index < bytes.count {
            if starts(bytes, at: index, with: text, caseInsensitive: caseInsensitive) { return index }
            index += 1
        }
        return nil
    }
}
