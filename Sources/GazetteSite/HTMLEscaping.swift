import Mustache

/// HTML escaping for `{{value}}` in templates, on UTF-8 bytes: `<`, `>`, `&`, `"` and `'`
/// become `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&#39;`, as swift-mustache's own escaping does.
/// Its escaping compares whole grapheme clusters through a dictionary, which costs a twentieth
/// of a build and leaves a `<` that carries a combining mark unescaped; bytes cannot be fooled.
struct GazetteHTMLContentType: MustacheContentType {
    /// The name templates are given it by (`{{% CONTENT_TYPE: …}}`, added by `TemplateSet`).
    static let name = "GAZETTE_HTML"

    /// Registers the type with swift-mustache once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(GazetteHTMLContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}

enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
