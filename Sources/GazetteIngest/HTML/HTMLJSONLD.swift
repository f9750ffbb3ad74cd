import Foundation

/// What a page's JSON-LD (schema.org) says about its article.
///
/// All `<script type="application/ld+json">` blocks are read with `JSONSerialization` (raw
/// control characters in strings forgiven); top-level arrays, `@graph` lists and nested objects
/// are searched; bad JSON is ignored.
struct HTMLJSONLD {
    var headline: String?
    var articleBody: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    var siteName: String?
    var description: String?
    var url: String?
    var keywords: [String] = []
    var sections: [String] = []

    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let json = Self.parse(trimmed) else { continue }
            Self.collect(json, into: &objects, depth: 0)
        }
        let articles = objects.filter { Self.isArticle($0) }
        // Graphs (WordPress SEO plugins) name a post's author and publisher by `@id` only.
        let byID = Dictionary(objects.compactMap { object in (object["@id"] as? String).map { ($0, object) } },
                              uniquingKeysWith: { first, _ in first })
        if let article = articles.max(by: { Self.bodyLength($0) < Self.bodyLength($1) }) {
            read(article, byID: byID)
        }
        for object in objects where Self.types(of: object).contains("website") {
            siteName = siteName ?? Self.string(object["name"])
        }
        // Without an article node, the page's own date: WordPress SEO plugins describe a post as a
        // `WebPage` with `datePublished`. Only the date: a page's name is often its menu label.
        if datePublished == nil {
            datePublished = objects.lazy.filter { Self.types(of: $0).contains("webpage") }
                .compactMap { Self.string($0["datePublished"]) }.first
        }
        if dateModified == nil {
            dateModified = objects.lazy.filter { Self.types(of: $0).contains("webpage") }
                .compactMap { Self.string($0["dateModified"]) }.first
        }
    }

    /// The JSON of a script; when it does not parse, again with control characters turned into
    /// spaces (pages write raw line breaks and tabs inside strings, which JSON forbids; between
    /// tokens, a space means the same).
    private static func parse(_ text: String) -> Any? {
        func json(_ text: String) -> Any? {
            try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        }
        if let parsed = json(text) { return parsed }
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return nil }
        return json(String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 })))
    }

    private mutating func read(_ article: [String: Any], byID: [String: [String: Any]]) {
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        articleBody = Self.string(article["articleBody"]) ?? Self.string(article["text"])
        authors = Self.names(article["author"], byID: byID) + Self.names(article["creator"], byID: byID)
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        dateModified = Self.string(article["dateModified"])
        publisher = Self.names(article["publisher"], byID: byID).first
        description = Self.string(article["description"])
        url = Self.string(article["url"]) ?? Self.string((article["mainEntityOfPage"] as? [String: Any])?["@id"])
        keywords = Self.list(article["keywords"])
        sections = Self.list(article["articleSection"])
    }

    private static func collect(_ json: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let array = json as? [Any] {
            for item in array { collect(item, into: &objects, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { collect(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        list(object["@type"]).map { $0.lowercased() }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        types(of: object).contains { $0.contains("article") || $0.contains("posting") || $0 == "report" }
    }

    private static func bodyLength(_ object: [String: Any]) -> Int {
        (string(object["articleBody"])?.count ?? 0) + (object["headline"] == nil ? 0 : 1)
    }

    /// A non-empty trimmed string, or the first of an array of them.
    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Strings from a string, a comma-separated string or an array.
    private static func list(_ value: Any?) -> [String] {
        if let text = value as? String {
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let array = value as? [Any] { return array.compactMap { string($0) } }
        return []
    }

    /// Names of people or organisations given as strings, objects with `name` (or only an `@id`
    /// that names an object of the page's graph), or arrays of either.
    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> [String] {
        if let text = string(value as? String) { return [text] }
        if let object = value as? [String: Any] {
            let named = object["name"] == nil ? (object["@id"] as? String).flatMap { byID[$0] } ?? object : object
            return string(named["name"]).map { [$0] } ?? []
        }
        if let array = value as? [Any] { return array.flatMap { names($0, byID: byID) } }
        return []
    }
}
