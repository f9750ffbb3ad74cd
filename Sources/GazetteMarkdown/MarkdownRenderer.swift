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
/// table on every parse with extensions attached, so parsing is serialised by one lock
/// (about 0.04-0.07 ms per article); rendering the finished tree runs in parallel, which
/// matters for plain text: `cmark_render_plaintext` takes about 0.2 ms per article.
public enum MarkdownRenderer {
    private static let parserLock = NSLock()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]
    private static let validateUTF8: Int32 = 1 << 9  // CMARK_OPT_VALIDATE_UTF8
    /// Table cell alignment as `style="text-align: …"`: the `align` attribute is obsolete in HTML5.
    private static let styleAlignment: Int32 = 1 << 15  // CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// Renders `markdown` as an HTML fragment. Raw HTML is omitted unless `.allowRawHTML`.
    /// `rewrite` is asked for each link's and image's destination, as written, and replaces it
    /// when it returns a string (raw HTML's links are not asked about).
    /// With `headingIDs`, each heading gets an `id` from it (`HeadingIDs`), in document order.
    public static func html(_ markdown: String, options: MarkdownOptions = [],
                            rewrite: ((String) -> String?)? = nil, headingIDs: HeadingIDs? = nil) -> String {
        var identified: [(level: Int, open: String)] = []
        let html = render(markdown, options: options) { document, flags, extensions in
            if let rewrite {
                forEachLink(in: document) { node, url in
                    guard let replaced = rewrite(url), replaced != url else { return }
                    cmark_node_set_url(node, replaced)
                }
            }
            if var ids = headingIDs { identified = identifyHeadings(in: document, ids: &ids) }
            return cmark_render_html(document, flags, extensions)
        }
        return identified.isEmpty ? html : tightened(html, headings: identified)
    }

    /// cmark writes a custom block's children on lines of their own; a heading reads better (and
    /// its text has no stray spaces) as `<h2 id="x">Text</h2>`. The headings come in document
    /// order, so one pass finds each opening tag, then its closing one, after the last: linear
    /// in the HTML however many headings there are.
    private static func tightened(_ html: String, headings: [(level: Int, open: String)]) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var cursor = html.startIndex
        for heading in headings {
            guard let open = html.range(of: heading.open + "\n", range: cursor..<html.endIndex) else { continue }
            result += html[cursor..<open.lowerBound]
            result += heading.open
            cursor = open.upperBound
            let close = "</h\(heading.level)>"
            // An empty heading: its one line break served both tags.
            if html[cursor...].hasPrefix(close) { continue }
            guard let end = html.range(of: "\n" + close, range: cursor..<html.endIndex) else { continue }
            result += html[cursor..<end.lowerBound]
            result += close
            cursor = end.upperBound
        }
        result += html[cursor...]
        return result
    }

    /// Replaces each heading with a custom block whose opening tag carries its id and that holds
    /// the heading's inline children, so cmark renders them as before (custom blocks' tags are
    /// written as given, whatever the raw-HTML setting: they come from here, not the Markdown).
    /// Returns each identified heading's level and opening tag.
    private static func identifyHeadings(in document: OpaquePointer, ids: inout HeadingIDs) -> [(level: Int, open: String)] {
        var identified: [(level: Int, open: String)] = []
        // Gathered first: the tree changes below.
        for (heading, level, text) in headings(in: document) {
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            // The id holds letters, digits and hyphens only: nothing to escape.
            let open = "<h\(level) id=\"\(ids.next(for: text))\">"
            guard cmark_node_set_on_enter(block, open) == 1,
                  cmark_node_set_on_exit(block, "</h\(level)>") == 1 else {
                cmark_node_free(block)
                continue
            }
            while let child = cmark_node_first_child(heading) {
                guard cmark_node_append_child(block, child) == 1 else { break }
            }
            // Once replaced, the heading is no longer in the document, which frees only what it holds.
            if cmark_node_replace(heading, block) == 1 {
                cmark_node_free(heading)
                identified.append((level, open))
            } else {
                cmark_node_free(block)
            }
        }
        return identified
    }

    /// Renders `markdown` as plain text: paragraphs separated by blank lines, no markup.
    public static func plainText(_ markdown: String) -> String {
        render(markdown, options: []) { document, flags, _ in
            cmark_render_plaintext(document, flags, 0)
        }
    }

    /// `plainText(markdown)` and, from the same parse, the destinations of its links and
    /// images in document order (with repeats), and its headings' levels and text as `html`
    /// makes their ids from (`HeadingIDs`), in order.
    public static func plainTextAndLinks(_ markdown: String) -> (text: String, links: [String], headings: [(level: Int, text: String)]) {
        var links: [String] = []
        var headings: [(level: Int, text: String)] = []
        let text = render(markdown, options: []) { document, flags, _ in
            forEachLink(in: document) { _, url in links.append(url) }
            headings = self.headings(in: document).map { ($0.level, $0.text) }
            return cmark_render_plaintext(document, flags, 0)
        }
        return (text, links, headings)
    }

    /// The headings of `markdown` as `plainTextAndLinks` lists them, without rendering its text.
    public static func headings(_ markdown: String) -> [(level: Int, text: String)] {
        var found: [(level: Int, text: String)] = []
        _ = render(markdown, options: []) { document, _, _ in
            found = headings(in: document).map { ($0.level, $0.text) }
            return nil
        }
        return found
    }

    /// Every heading below `document`, in order, with its level (1-6) and its text: its plain
    /// text without the line break cmark ends it with.
    private static func headings(in document: OpaquePointer) -> [(node: OpaquePointer, level: Int, text: String)] {
        var found: [(node: OpaquePointer, level: Int, text: String)] = []
        guard let iterator = cmark_iter_new(document) else { return found }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            var text = ""
            if let plain = cmark_render_plaintext(node, 0, 0) {
                defer { free(plain) }
                text = String(cString: plain)
            }
            while text.last?.isNewline == true { text.removeLast() }
            found.append((node, min(6, max(1, Int(cmark_node_get_heading_level(node)))), text))
        }
        return found
    }

    /// Calls `visit` with each link and image node below `document` and its destination.
    private static func forEachLink(in document: OpaquePointer, _ visit: (OpaquePointer, String) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            // Each node is met on entering (and containers again on leaving); links and images are containers.
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator)
            else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            visit(node, String(cString: url))
        }
    }

    private static func render(
        _ markdown: String, options: MarkdownOptions,
        _ renderer: (OpaquePointer, Int32, UnsafeMutablePointer<cmark_llist>?) -> UnsafeMutablePointer<CChar>?
    ) -> String {
        let flags = options.rawValue | validateUTF8 | styleAlignment
        var bytes = Array(markdown.utf8)
        guard let parser = parserLock.withLock({ cmark_parser_new(flags) }) else { return "" }
        defer { cmark_parser_free(parser) }
        // Only parsing touches the global table (inline special characters are added and removed
        // while a document is fed and finished); rendering a finished tree reads only the tree.
        let parsed: OpaquePointer? = parserLock.withLock {
            cmark_gfm_core_extensions_ensure_registered()
            for name in extensionNames {
                if let syntax = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, syntax)
                }
            }
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
            return cmark_parser_finish(parser)
        }
        guard let document = parsed else { return "" }
        defer { cmark_node_free(document) }
        guard let output = renderer(document, flags, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(output) }
        return String(cString: output)
    }
}
