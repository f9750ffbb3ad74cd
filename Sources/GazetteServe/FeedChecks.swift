import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Well-formedness checks of the site's feeds and sitemap.
enum FeedChecks {
    /// Problems with an XML file: not well-formed (with the parser's line), or an Atom feed whose
    /// root element is not `feed`, or a sitemap whose root is not `urlset` (or, for `sitemap.xml`,
    /// `sitemapindex`).
    static func xml(_ data: Data, file: String) -> [SiteProblem] {
        let parser = XMLParser(data: data)
        let delegate = RootRecorder()
        parser.delegate = delegate
        // On Linux `parse()` may return true and still set `parserError` (an unclosed element).
        if !parser.parse() || parser.parserError != nil || delegate.error != nil {
            let code = (delegate.error?.code ?? (parser.parserError as NSError?)?.code) ?? -1
            let line = delegate.errorLine ?? parser.lineNumber
            return [SiteProblem(file, "not well-formed XML (line \(line)): \(Self.reason(code))")]
        }
        if file == "sitemap.xml", delegate.root != "urlset", delegate.root != "sitemapindex" {
            return [SiteProblem(file, "sitemap root element is <\(delegate.root ?? "none")>, expected <urlset> or <sitemapindex>")]
        }
        if Self.isSitemapPart(file), delegate.root != "urlset" {
            return [SiteProblem(file, "sitemap root element is <\(delegate.root ?? "none")>, expected <urlset>")]
        }
        if file == "feed.xml" || file.hasPrefix("topics/"), delegate.root != "feed" {
            return [SiteProblem(file, "feed root element is <\(delegate.root ?? "none")>, expected <feed>")]
        }
        return []
    }

    /// `sitemap-N.xml` at the site's root: a part of a sitemap index.
    static func isSitemapPart(_ file: String) -> Bool {
        guard file.hasPrefix("sitemap-"), file.hasSuffix(".xml") else { return false }
        let number = file.dropFirst(8).dropLast(4)
        return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Problems with a JSON Feed: invalid JSON, or no `version` string / `items` array, or an
    /// item without `id`.
    static func jsonFeed(_ data: Data, file: String) -> [SiteProblem] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            return [SiteProblem(file, "not valid JSON: \(error.localizedDescription)")]
        }
        guard let feed = object as? [String: Any] else { return [SiteProblem(file, "JSON Feed must be an object")] }
        var problems: [SiteProblem] = []
        if !((feed["version"] as? String)?.hasPrefix("https://jsonfeed.org/version/") ?? false) {
            problems.append(SiteProblem(file, "JSON Feed has no \"version\" URL"))
        }
        guard let items = feed["items"] as? [Any] else {
            return problems + [SiteProblem(file, "JSON Feed has no \"items\" array")]
        }
        for (index, item) in items.enumerated() where ((item as? [String: Any])?["id"] as? String) == nil {
            problems.append(SiteProblem(file, "JSON Feed item \(index) has no \"id\" string"))
        }
        return problems
    }

    /// Words for the commonest `XMLParser.ErrorCode`s (whose descriptions are empty on Linux).
    private static func reason(_ code: Int) -> String {
        switch XMLParser.ErrorCode(rawValue: code) {
        case .emptyDocumentError?: "the document is empty"
        case .prematureDocumentEndError?: "the document ends early (an element is not closed)"
        case .tagNameMismatchError?: "an end tag does not match its start tag"
        case .invalidCharacterError?: "invalid character"
        case .entityRefAtEOFError?, .entityRefLoopError?, .undeclaredEntityError?, .entityReferenceMissingSemiError?:
            "bad entity reference"
        case .extraContentError?: "content after the root element"
        default: "parser error \(code)"
        }
    }

    /// Remembers the name of the root element and the first error.
    private final class RootRecorder: NSObject, XMLParserDelegate {
        var root: String?
        var error: NSError?
        var errorLine: Int?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if error == nil {
                error = parseError as NSError
                errorLine = parser.lineNumber
            }
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            if root == nil { root = elementName }
        }
    }
}
