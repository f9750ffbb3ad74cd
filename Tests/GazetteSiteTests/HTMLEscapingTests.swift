import Foundation
import Testing

@testable import GazetteSite

@Suite("Escaping template values")
struct HTMLEscapingTests {
    @Test("the five HTML-special characters are escaped, everything else kept", arguments: [
        ("plain words", "plain words"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("Tom & Jerry \"live\"", "Tom &amp; Jerry &quot;live&quot;"),
        ("&amp; already", "&amp;amp; already"),
        ("café – naïve ’quoted’", "café – naïve ’quoted’"),
        // A `<` carrying a combining mark is one grapheme; swift-mustache's own escaping misses it.
        ("<\u{338}img src=x onerror=alert(1)>", "&lt;\u{338}img src=x onerror=alert(1)&gt;"),
        ("", ""),
    ])
    func escapes(input: String, expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
        #expect(GazetteHTMLContentType().escapeText(input) == expected)
    }
}

@Suite("Template errors")
struct TemplateErrorTests {
    @Test("a broken template is named with the line the user sees", arguments: [
        ("{{#a}}{{/b}}\n", 1),
        ("<p>\n\n{{#a}}x{{/b}}\n", 3),
    ])
    func lineOfError(text: String, line: Int) throws {
        let folder = try TemporaryFolder()
        let templates = folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.templates, to: templates)
        try folder.write(text, to: "templates/topics.mustache")
        #expect {
            _ = try TemplateSet(directory: templates)
        } throws: { error in
            "\(error)".contains("topics.mustache:\(line):")
        }
    }
}

@Suite("XML escaping")
struct XMLEscapingTests {
    /// The escaping as first written, one scalar at a time: the bulk-copying version must agree.
    static func reference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test("XML text escapes as the scalar-by-scalar reference does", arguments: [
        "", "plain", "Tom & Jerry's \"show\" <live>", "a\r\nb\tc", "\u{0}bell\u{7}", "x\u{FFFE}y\u{FFFF}z\u{FFFD}",
        "\u{EFBF}", "é€👩‍👩‍👧", "'\u{301}", String(repeating: "words ", count: 50) + "&",
    ])
    func matchesReference(text: String) {
        #expect(XML.escape(text) == Self.reference(text))
    }
}
