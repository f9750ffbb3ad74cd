import GazetteCore

/// The front matter keys Gazette reads; unknown keys are ignored.
struct FrontMatterFields: Equatable {
    var title: String?
    var date: PublicationDate?
    /// The last revision (`updated:`, Hugo's `lastmod:`), kept only when `PublicationDate.revision` keeps it.
    var updated: PublicationDate?
    var author: String?
    var source: String?
    var url: String?
    var tags: [String] = []
    var categories: [String] = []
    var summary: String?
    var slug: String?
    var draft = false
    var language: String?
    var image: String?
    var imageAlt: String?
    var imageCaption: String?
    /// Site paths (`AliasPath`).
    var aliases: [String] = []
    /// `type: page` (or `layout: page`): a page of the site, not a story.
    var isPage = false
    /// Every other key's value, for templates (`Article.params`).
    var params: [ArticleParam] = []

    init() {}

    /// Reads the fields; a value of the wrong type or an unreadable date is a warning
    /// (at the value's line) and the field is left out.
    init(_ entries: [FrontMatterEntry], firstLine: Int, path: String, warnings: inout [Diagnostic]) {
        var reader = FieldReader(firstLine: firstLine, path: path)
        var updatedNode: FrontMatterValue?
        var paramsCut = false
        for entry in entries {
            guard let written = entry.key else { continue }
            let key = written.lowercased()
            let value = entry.value
            switch key {
            case "title": title = reader.text(key, value)
            case "date", "published", "pubdate": date = reader.date(key, value) ?? date
            // Hugo's `lastmod`, Zola's `updated`, Jekyll's `last_modified_at`, schema.org's `dateModified`.
            case "updated", "lastmod", "modified", "last_modified", "last_modified_at", "date_modified", "datemodified":
                if let found = reader.date(key, value) {
                    updated = found
                    updatedNode = value
                }
            case "author", "authors", "byline": author = reader.names(key, value)
            case "source", "site", "publisher": source = reader.text(key, value)
            case "url", "link", "canonical": url = reader.url(key, value)
            case "tags", "keywords": tags = reader.list(key, value)
            case "categories", "category": categories = reader.list(key, value)
            case "summary", "description": summary = reader.text(key, value)
            case "slug": slug = reader.text(key, value)
            case "draft": draft = reader.bool(key, value) ?? false
            case "lang", "language": language = reader.text(key, value)
            // Hugo's `images` (a list: the first is the article's), and the names themes use.
            case "image", "images", "cover", "featured_image", "featuredimage": image = reader.image(key, value) ?? image
            case "image_alt", "imagealt", "alt": imageAlt = reader.text(key, value)
            case "image_caption", "imagecaption", "caption": imageCaption = reader.text(key, value)
            case "aliases", "alias": aliases = reader.aliases(key, value)
            case "type", "layout": isPage = reader.text(key, value)?.lowercased() == "page" || isPage
            default:
                guard let param = FieldReader.param(written, value) else { continue }
                if params.count < ArticleParam.maximumCount {
                    params.append(param)
                } else if !paramsCut {
                    paramsCut = true
                    reader.warn(value, IngestMessage.tooManyParams)
                }
            }
        }
        if let found = updated, let date, PublicationDate.revision(found, of: date) == nil, let updatedNode {
            reader.warn(updatedNode, IngestMessage.staleUpdate(found, published: date))
            updated = nil
        }
        warnings += reader.warnings
    }
}

/// Reads typed values from front matter values, collecting warnings located in the file.
struct FieldReader {
    var firstLine: Int
    var path: String
    var warnings: [Diagnostic] = []

    mutating func text(_ key: String, _ node: FrontMatterValue) -> String? {
        guard case .scalar(let string, let plain) = node.kind else { return warn(key, node, "a string") }
        let text = TextSanitizer.clean(string)
        let isNull = plain && ["~", "null"].contains(string)
        return text.isEmpty || isNull ? nil : text
    }

    mutating func names(_ key: String, _ node: FrontMatterValue) -> String? {
        if case .sequence = node.kind {
            let names = list(key, node)
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return text(key, node)
    }

    mutating func list(_ key: String, _ node: FrontMatterValue) -> [String] {
        if case .scalar(let string, _) = node.kind { return MetadataLine.list(string) }
        guard case .sequence(let items?) = node.kind else {
            let _: String? = warn(key, node, "a list of strings")
            return []
        }
        var seen = Set<String>()
        return items.map { TextSanitizer.clean($0) }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    mutating func date(_ key: String, _ node: FrontMatterValue) -> PublicationDate? {
        guard case .scalar(let string, _) = node.kind else { return warn(key, node, "a date") }
        if let date = DateParser.parse(string) { return date }
        warnings.append(.warning(path, line: line(node), column: node.column,
                                 IngestMessage.unreadableDate(string)))
        return nil
    }

    mutating func url(_ key: String, _ node: FrontMatterValue) -> String? {
        guard let text = text(key, node) else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), !text.contains(" ") else {
            warnings.append(.warning(path, line: line(node), column: node.column, IngestMessage.unsafeURL(text)))
            return nil
        }
        return text
    }

    /// An image's source: a string, or the first of a list of strings; one that is no path beside
    /// the article and no `http(s)` URL (`ArticleImage.isUsable`) is a warning and left out.
    mutating func image(_ key: String, _ node: FrontMatterValue) -> String? {
        let source: String?
        if case .sequence(let items?) = node.kind {
            source = items.lazy.map { TextSanitizer.clean($0) }.first { !$0.isEmpty }
        } else {
            source = text(key, node)
        }
        guard let source else { return nil }
        guard ArticleImage.isUsable(source) else {
            warnings.append(.warning(path, line: line(node), column: node.column, IngestMessage.unusableImage(source)))
            return nil
        }
        return source
    }

    /// Old addresses as site paths (`AliasPath`), each once; one that names no page of a
    /// static site is a warning and left out.
    mutating func aliases(_ key: String, _ node: FrontMatterValue) -> [String] {
        var seen = Set<String>()
        var paths: [String] = []
        let written = list(key, node)
        if written.count > AliasPath.maximumCount {
            warnings.append(.warning(path, line: line(node), column: node.column, IngestMessage.tooManyAliases(written.count)))
        }
        for written in written.prefix(AliasPath.maximumCount) {
            guard let site = AliasPath.normalized(written) else {
                warnings.append(.warning(path, line: line(node), column: node.column, IngestMessage.unusableAlias(written)))
                continue
            }
            if seen.insert(site).inserted { paths.append(site) }
        }
        return paths
    }

    /// A key Gazette does not read, as templates will see it: text, a list of texts, or true or
    /// false. A mapping, or a list holding one, is left out without a word: front matter written
    /// for another generator holds many (Hugo's `menu:`, `build:`), which Gazette has no use for.
    static func param(_ key: String, _ node: FrontMatterValue) -> ArticleParam? {
        switch node.kind {
        case .scalar(let string, let plain):
            if plain, let flag = flag(string) ?? (["~", "null"].contains(string.lowercased()) ? false : nil) {
                return ArticleParam(key: key, value: .flag(flag))
            }
            return ArticleParam(key: key, value: .text(TextSanitizer.clean(string)))
        case .sequence(let items?):
            return ArticleParam(key: key, value: .list(items.map { TextSanitizer.clean($0) }.filter { !$0.isEmpty }))
        case .sequence(nil), .other:
            return nil
        }
    }

    mutating func bool(_ key: String, _ node: FrontMatterValue) -> Bool? {
        guard case .scalar(let string, _) = node.kind else { return warn(key, node, "true or false") }
        return string.isEmpty ? false : Self.flag(string) ?? warn(key, node, "true or false")
    }

    /// YAML's words for true and false (`yes`/`no`, `on`/`off`, any case); nil for other text.
    static func flag(_ string: String) -> Bool? {
        switch string.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    private func line(_ node: FrontMatterValue) -> Int? { node.line.map { $0 + firstLine - 1 } }

    /// A warning at `node`'s place.
    mutating func warn(_ node: FrontMatterValue, _ message: String) {
        warnings.append(.warning(path, line: line(node), column: node.column, message))
    }

    private mutating func warn<T>(_ key: String, _ node: FrontMatterValue, _ expected: String) -> T? {
        warnings.append(.warning(path, line: line(node), column: node.column,
                                 IngestMessage.frontMatterType(key, expected)))
        return nil
    }
}
