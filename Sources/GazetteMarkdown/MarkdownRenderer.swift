internal import CCmarkGFM
import Foundation

/// Options for turning Markdown into HTML.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Let raw HTML and `javascript:`-style links through. Off by default: raw HTML is omitted.
    public static let allowRawHTML = MarkdownOptions(rawValue: 1 << 17)  // CMARK_OPT_UNSAFE
    /// Curly quotes and dashes.
    public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 10)  // CMARK_OPT_SMART
    /// GitHub-style footnotes.
    public static let footnotes = MarkdownOptions(rawValue: 1 << 13)  // CMARK_OPT_FOOTNOTES
}

/// Markdown to HTML and plain text through libcmark-gfm, with the table, strikethrough,
/// autolink and tagfilter extensions.
///
/// This is the only file that imports the C library. Debian's libcmark-gfm changes a global
/// table on every parse with extensions attached, so every call is serialised by one lock
/// (rendering costs about 0.06 ms per article; it is never the bottleneck).
public enum MarkdownRenderer {
    private static let lock = NSLock()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]
    private static let validateUTF8: Int32 = 1 << 9  // CMARK_OPT_VALIDATE_UTF8
    /// Table cell alignment as `style="text-align: …"`: the `align` attribute is obsolete in HTML5.
    private static let styleAlignment: Int32 = 1 << 15  // CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// Renders `markdown` as an HTML fragment. Raw HTML is omitted unless `.allowRawHTML`.
    public static func html(_ markdown: String, options: MarkdownOptions = []) -> String {
        render(markdown, options: options) { document, flags, extensions in
            cmark_render_html(document, flags, extensions)
        }
    }

    /// Renders `markdown` as plain text: paragraphs separated by blank lines, no markup.
    public static func plainText(_ markdown: String) -> String {
        render(markdown, options: []) { document, flags, _ in
            cmark_render_plaintext(document, flags, 0)
        }
    }

    private static func render(
        _ markdown: String, options: MarkdownOptions,
        _ renderer: (OpaquePointer, Int32, UnsafeMutablePointer<cmark_llist>?) -> UnsafeMutablePointer<CChar>?
    ) -> String {
        lock.lock()
        defer { lock.unlock() }
        cmark_gfm_core_extensions_ensure_registered()
        let flags = options.rawValue | validateUTF8 | styleAlignment
        guard let parser = cmark_parser_new(flags) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let output = renderer(document, flags, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(output) }
        return String(cString: output)
    }
}
