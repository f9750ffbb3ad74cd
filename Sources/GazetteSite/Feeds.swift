import GazetteAnalysis
import GazetteCore

/// Atom and JSON Feed documents. Entries are the newest stories (dated first, newest first);
/// `updated` is the newest article's date or revision date, never the clock. An undated story's entry carries
/// the feed's date, because Atom requires one.
struct Feeds: Sendable {
    let model: SiteModel
    let limit = 50

    var base: String { model.config.normalizedBaseURL }

    /// The feeds' `updated` date, and the date of undated entries.
    private var updated: String { model.newestDate?.rfc3339 ?? "1970-01-01T00:00:00Z" }

    /// The Atom entries of `indices`, rendered once each: an article sits in several feeds.
    func atomEntries(for indices: [Int]) -> [Int: String] {
        let updated = updated
        let xml = Concurrent.map(indices.count) { entry(indices[$0], fallbackDate: updated) }
        return Dictionary(uniqueKeysWithValues: zip(indices, xml))
    }

    /// - Parameters:
    ///   - entries: entries made by `atomEntries`; the others are rendered here.
    ///   - content: whether each entry carries the article's whole body (the site's feed, as its
    ///     JSON Feed does); topic feeds carry summaries only, since a story sits in many of them.
    func atom(title: String, selfPath: String, alternatePath: String, items: [Int], entries: [Int: String] = [:],
              content: Bool = false) -> String {
        let updated = updated
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escape(model.config.language))">
              <title>\(XML.escape(title))</title>
              <subtitle>\(XML.escape(model.config.description))</subtitle>
              <id>\(XML.escape(identifier(selfPath)))</id>
              <link rel="self" href="\(XML.escape(base + selfPath))"/>
              <link rel="alternate" type="text/html" href="\(XML.escape(base + alternatePath))"/>
              <updated>\(updated)</updated>
              <generator>Gazette</generator>

            """
        for index in items.prefix(limit) {
            xml += entries[index] ?? entry(index, fallbackDate: updated, content: content)
        }
        xml += "</feed>\n"
        return xml
    }

    private func entry(_ index: Int, fallbackDate: String, content: Bool = false) -> String {
        let article = model.corpus.articles[index]
        let summary = model.summary(index).joined(separator: " ")
        let path = SitePaths.article(article.slug)
        var xml = """
              <entry>
                <title>\(XML.escape(article.title))</title>
                <id>\(XML.escape(identifier(path)))</id>
                <link rel="alternate" type="text/html" href="\(XML.escape(base + path))"/>
                <updated>\(article.lastChange?.rfc3339 ?? fallbackDate)</updated>

            """
        if let date = article.date { xml += "    <published>\(date.rfc3339)</published>\n" }
        xml += "    <author><name>\(XML.escape(article.byline ?? article.source ?? model.config.title))</name></author>\n"
        xml += "    <summary>\(XML.escape(summary))</summary>\n"
        if content {
            // Links in the body lead from the base URL, as in the JSON Feed's `content_html`.
            xml += "    <content type=\"html\">\(XML.escape(ArticleBody.html(for: index, model: model, root: base)))</content>\n"
        }
        xml += "  </entry>\n"
        return xml
    }

    /// An absolute IRI for an Atom id: the page's URL when the base URL is absolute, else a URN.
    private func identifier(_ path: String) -> String {
        model.config.hasAbsoluteBaseURL ? base + path : "urn:gazette:" + path
    }

    /// JSON Feed 1.1.
    func json(items: [Int]) -> String {
        let entries: [JSONValue] = items.prefix(limit).map { index in
            let article = model.corpus.articles[index]
            let url = base + SitePaths.article(article.slug)
            var pairs: [(String, JSONValue)] = [
                ("id", .string(url)), ("url", .string(url)), ("title", .string(article.title)),
                ("summary", .string(model.summary(index).joined(separator: " "))),
                ("content_html", .string(ArticleBody.html(for: index, model: model, root: base))),
            ]
            if let image = model.image(index, root: base) { pairs.append(("image", .string(image.url))) }
            if let date = article.date { pairs.append(("date_published", .string(date.rfc3339))) }
            if let updated = article.updated { pairs.append(("date_modified", .string(updated.rfc3339))) }
            if let byline = article.byline { pairs.append(("authors", .array([.object([("name", .string(byline))])]))) }
            let tags = model.corpus.analysis.articles[index].topics
            if !tags.isEmpty { pairs.append(("tags", .strings(tags))) }
            return .object(pairs)
        }
        let feed: JSONValue = .object([
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(model.config.title)),
            ("home_page_url", .string(base)),
            ("feed_url", .string(base + SitePaths.jsonFeed)),
            ("description", .string(model.config.description)),
            ("language", .string(model.config.language)),
            ("items", .array(entries)),
        ])
        return feed.serialized + "\n"
    }
}

/// XML text and attribute escaping.
enum XML {
    /// `text` escaped for XML text and attributes; characters XML 1.0 forbids (controls other
    /// than tab and line ends, U+FFFE, U+FFFF) are dropped.
    static func escape(_ text: String) -> String {
        TextEscaping.escaped(text) { bytes, index in
            switch bytes[index] {
            case 0x26: ("&amp;", 1)
            case 0x3C: ("&lt;", 1)
            case 0x3E: ("&gt;", 1)
            case 0x22: ("&quot;", 1)
            case 0x27: ("&apos;", 1)
            case 0x09, 0x0A, 0x0D: nil
            case let byte where byte < 0x20: ("", 1)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE: ("", 3)
            default: nil
            }
        } ?? text
    }
}
