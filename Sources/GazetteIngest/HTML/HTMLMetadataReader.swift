import GazetteCore

/// Reads a page's metadata: Open Graph and other `<meta>` elements, JSON-LD, `<link>`,
/// `<title>`, `<time>`, microdata and byline class names, in that order of trust.
struct HTMLMetadataReader {
    /// `<meta name|property|itemprop=... content=...>` values, keys lower-cased, first wins.
    private var meta: [String: String] = [:]
    /// Repeated keys (`article:tag`) keep every value here.
    private var metaLists: [String: [String]] = [:]
    private var canonical: String?
    private var titleElement: String?
    /// The first `h1Limit` level-one headings' texts.
    private var h1Texts: [String] = []
    private static let h1Limit = 8
    private var timeDatetime: String?
    private var relAuthor: String?
    private var bylineText: String?
    private var authorLink: String?
    /// Text of the first element whose class says date (`date`, `published`, `posted-on`) that reads as one.
    private var printedDate: String?
    private(set) var language: String?

    init(root: HTMLNode) {
        language = root[attribute: "lang"]?.trimmingCharacters(in: .whitespaces)
        visit(root, inComments: false)
    }

    /// Reads every element; inside comment sections, bylines and dates belong to commenters.
    private mutating func visit(_ node: HTMLNode, inComments: Bool) {
        for child in node.children where !child.isText {
            let comments = inComments || HTMLClassCues.isComments(child)
            read(child, inComments: comments)
            visit(child, inComments: comments)
        }
    }

    private mutating func read(_ node: HTMLNode, inComments: Bool) {
        guard !inComments else { return }
        switch node.tag {
        case "meta":
            guard let content = node[attribute: "content"]?.foldingWhitespace, !content.isEmpty else { return }
            for keyAttribute in ["property", "name", "itemprop"] {
                guard let key = node[attribute: keyAttribute]?.lowercased() else { continue }
                if meta[key] == nil { meta[key] = content }
                metaLists[key, default: []].append(content)
            }
        case "link":
            let rel = node[attribute: "rel"]?.lowercased() ?? ""
            if rel.split(separator: " ").contains("canonical"), canonical == nil { canonical = node[attribute: "href"] }
        case "title":
            if titleElement == nil { titleElement = node.textContent.foldingWhitespace }
        case "h1":
            if h1Texts.count < Self.h1Limit { h1Texts.append(node.textContent.foldingWhitespace) }
        case "time":
            if timeDatetime == nil { timeDatetime = node[attribute: "datetime"] }
        case "a":
            if relAuthor == nil, node[attribute: "rel"]?.lowercased() == "author" { relAuthor = node.textContent.foldingWhitespace }
            // A link to an author's page (`/author/ann-writer/`) whose text reads as a name: the page's
            // writer, mostly (the last place a byline is looked for).
            if authorLink == nil, let href = node[attribute: "href"]?.lowercased(),
               href.contains("/author/") || href.contains("/authors/") {
                let text = node.textContent.foldingWhitespace
                if (3...60).contains(text.count), BylineName.looksLikeName(text),
                   !["authors", "all authors", "our authors", "contributors", "staff"].contains(text.lowercased()) {
                    authorLink = text
                }
            }
        default:
            break
        }
        if node.tag != "meta", let property = node[attribute: "itemprop"]?.lowercased() {
            if property == "datepublished" || property == "datemodified", meta[property] == nil {
                meta[property] = node[attribute: "datetime"] ?? node[attribute: "content"] ?? node.textContent.foldingWhitespace
            } else if property == "author", meta["itemprop-author"] == nil {
                meta["itemprop-author"] = node.textContent.foldingWhitespace
            }
        }
        let words = node.tag == "body" ? [] : HTMLClassCues.words(of: node)
        if printedDate == nil, node.tag != "meta", words.contains(where: { Self.dateWords.contains($0) }) || node.tag == "time",
           node.children.count < 8 {
            let text = node.textContent.foldingWhitespace
            if text.count < 60, HTMLDateParser.parse(text) != nil { printedDate = text }
        }
        if bylineText == nil, words.contains(where: { $0 == "byline" || $0 == "author" }) {
            let text = node.textContent.foldingWhitespace
            if (3...80).contains(text.count) { bylineText = text }
        }
    }

    private static let dateWords: Set<String> = ["date", "published", "posted", "pubdate", "dateline", "timestamp", "time"]

    /// Fills the metadata fields of `extraction`.
    func apply(jsonLD: HTMLJSONLD, to extraction: inout HTMLExtraction) {
        func first(_ values: String?...) -> String? {
            values.lazy.compactMap { $0?.foldingWhitespace }.first { !$0.isEmpty }
        }
        extraction.siteName = first(meta["og:site_name"], jsonLD.publisher, jsonLD.siteName, meta["application-name"])
        let rawTitle = first(meta["og:title"], jsonLD.headline, meta["twitter:title"],
                             Self.headline(h1Texts, titleElement: titleElement), titleElement)
        extraction.title = rawTitle.map { Self.strippingSiteSuffix($0, siteName: extraction.siteName) }
        // The first that reads as a name: `article:author` is often a profile URL.
        let authors = [meta["author"], Self.list(jsonLD.authors), meta["article:author"], meta["dc.creator"],
                       meta["itemprop-author"], relAuthor, bylineText, authorLink]
        extraction.byline = authors.lazy.compactMap { $0.flatMap(Self.cleanByline) }.first
        let dates = [meta["article:published_time"], jsonLD.datePublished, meta["datepublished"], timeDatetime,
                     meta["date"], meta["pubdate"], meta["publishdate"], meta["dc.date"], meta["dc.date.issued"],
                     meta["og:published_time"], meta["sailthru.date"], meta["parsely-pub-date"], printedDate,
                     // Last: a byline that dates itself ("Posted on September 21, 2020 by …").
                     bylineText]
        extraction.date = dates.lazy.compactMap { $0.flatMap(HTMLDateParser.parse) }.first
        let revisions = [meta["article:modified_time"], jsonLD.dateModified, meta["datemodified"], meta["og:updated_time"],
                         meta["dcterms.modified"], meta["dc.date.modified"]]
        extraction.updated = PublicationDate.revision(revisions.lazy.compactMap { $0.flatMap(HTMLDateParser.parse) }.first,
                                                      of: extraction.date)
        extraction.url = first(canonical, meta["og:url"], jsonLD.url)
        extraction.language = first(language, meta["og:locale"]?.replacingOccurrences(of: "_", with: "-"))
        extraction.description = first(meta["og:description"], meta["description"], jsonLD.description)
        extraction.categories = Self.unique((metaLists["article:section"] ?? []) + jsonLD.sections)
        let tags = (metaLists["article:tag"] ?? []) + jsonLD.keywords
            + (meta["keywords"].map { $0.split(separator: ",").map(String.init) } ?? [])
        extraction.tags = Self.unique(tags)
    }

    /// The level-one heading that names the page: the first that shares a word with `<title>`,
    /// or the first when there is no `<title>`. Pages also use `h1` for a logo or a menu
    /// ("Sections", "Page"); a heading that agrees with `<title>` is the headline, and without
    /// one `<title>` is the better guess.
    static func headline(_ h1Texts: [String], titleElement: String?) -> String? {
        let headings = h1Texts.filter { !$0.isEmpty }
        guard let titleElement, !titleElement.isEmpty else { return headings.first }
        let titleWords = Set(words(titleElement))
        return headings.first { !titleWords.isDisjoint(with: words($0)) }
    }

    /// Lower-cased words of three or more letters or digits.
    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0.count >= 3 }.map(String.init)
    }

    /// "Headline | Site" and "Headline - Site" lose the site part when it names the site or is short.
    static func strippingSiteSuffix(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]).foldingWhitespace
            let tail = String(title[range.upperBound...]).foldingWhitespace
            let namesSite = siteName.map { tail.lowercased().contains($0.lowercased()) || $0.lowercased().contains(tail.lowercased()) } ?? false
            if head.count >= 10, namesSite || tail.split(separator: " ").count <= 4 && tail.count < head.count {
                return head
            }
        }
        return title
    }

    /// Several authors' names as one byline ("Ann Writer, Bo Yu and Cy Lee"), each once and
    /// cleaned, at most six; nil for none.
    static func list(_ names: [String]) -> String? {
        var seen = Set<String>()
        let cleaned = names.compactMap(cleanByline).filter { seen.insert($0.lowercased()).inserted }.prefix(6)
        guard let last = cleaned.last else { return nil }
        return cleaned.count == 1 ? last : cleaned.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The author's name in a byline value (`HTMLByline.clean`).
    static func cleanByline(_ raw: String) -> String? {
        HTMLByline.clean(raw)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.map { $0.foldingWhitespace }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
