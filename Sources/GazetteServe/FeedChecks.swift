import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Well-formedness checks of the site's feeds and sitemap.
enum FeedChecks {
    /// Problems with an XML file: not well-formed (with the parser's line), or an Atom feed /
    /// sitemap whose root element is not `feed` / `urlset`.
    static func xml(_ data: Data, file: String) -> [SiteProblem] {
        let parser = XMLParser(data: data)
        let delegate = RootRecorder()
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            return [SiteProblem(file, "not well-formed XML (line \(parser.lineNumber)): \(reason)")]
        }
        let name = (file as NSString).lastPathComponent
        if name == "sitemap.xml", delegate.root != "urlset" {
            return [SiteProblem(file, "sitemap root element is <\(delegate.root ?? "none")>, expected <urlset>")]
        }
        if file == "feed.xml" || file.hasPrefix("topics/"), delegate.root != "feed" {
            return [SiteProblem(file, "feed root element is <\(delegate.root ?? "none")>, expected <feed>")]
        }
        return []
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

    /// Remembers the name of the root element.
    private final class RootRecorder: NSObject, XMLParserDelegate {
        var root: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            if root == nil { root = elementName }
        }
    }
}
