import Foundation
import GazetteCore
import Mustache

/// The Mustache templates of a site, loaded from a folder (`templates/`), with `partials/`
/// and a layout that pages extend (`{{<layout}}…{{/layout}}`).
public struct TemplateSet: Sendable {
    /// Templates every site needs.
    public static let required = ["layout", "index", "article", "topic", "topics", "archive", "list", "404", "search",
                                         "partials/card"]

    private let library: MustacheLibrary
    /// Templates a site may leave out, and the one rendered in their place: a template folder
    /// made before `page` existed renders the site's pages with `article`.
    static let fallbacks = ["page": "article"]
    /// The names of the templates the folder has.
    private let names: Set<String>
    /// Every literal `id="…"` the templates write: an article body's heading ids avoid them.
    public let ids: Set<String>

    /// Put before every template so that `{{value}}` is escaped by `GazetteHTMLContentType`.
    /// A standalone pragma line leaves no trace in the output.
    private static var escapingPragma: String {
        _ = GazetteHTMLContentType.registered
        return "{{% CONTENT_TYPE: \(GazetteHTMLContentType.name)}}\n"
    }

    /// Loads every `*.mustache` file below `directory`, in path order.
    /// - Throws: `GazetteError.template` naming the first broken or missing template, with its line.
    public init(directory: URL) throws {
        var templates: [String: MustacheTemplate] = [:]
        var ids = Set<String>()
        for (name, url) in try Self.files(in: directory) {
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw GazetteError.template(.error(url.path, "cannot read the template: \(error.localizedDescription)"))
            }
            ids.formUnion(Self.literalIDs(in: text))
            do {
                templates[name] = try MustacheTemplate(string: Self.escapingPragma + text)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma takes a line of its own, so the template's lines come one later.
                throw GazetteError.template(.error(
                    url.path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                    "template: \(Self.describe(error.error))"
                ))
            }
        }
        for name in Self.required where templates[name] == nil {
            throw GazetteError.template(.error(directory.appendingPathComponent(name + ".mustache").path, "template is missing"))
        }
        library = MustacheLibrary(templates: templates)
        names = Set(templates.keys)
        self.ids = ids
    }

    /// The values of `id="…"` in a template's text that hold no Mustache tag.
    static func literalIDs(in text: String) -> Set<String> {
        var found = Set<String>()
        var rest = text[...]
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let value = rest[..<end]
            if !value.isEmpty, !value.contains("{") { found.insert(String(value)) }
            rest = rest[end...].dropFirst()
        }
        return found
    }

    /// Renders the page with its template.
    public func render(_ page: Page) throws -> String {
        let template = names.contains(page.template) ? page.template : Self.fallbacks[page.template] ?? page.template
        guard let html = library.render(page.context, withTemplate: template) else {
            throw GazetteError.template(.error(page.template + ".mustache", "template is missing"))
        }
        return html
    }

    /// Renders one template (a partial, say) with `context`.
    func render(partial name: String, context: [String: Any]) throws -> String {
        guard let html = library.render(context, withTemplate: name) else {
            throw GazetteError.template(.error(name + ".mustache", "template is missing"))
        }
        return html
    }

    private static func files(in directory: URL) throws -> [(String, URL)] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            throw GazetteError.template(.error(directory.path, "no templates folder"))
        }
        let base = directory.standardizedFileURL.path + "/"
        var found: [(String, URL)] = []
        for case let url as URL in walker where url.pathExtension == "mustache" {
            let relative = url.standardizedFileURL.path.replacingOccurrences(of: base, with: "")
            found.append((String(relative.dropLast(".mustache".count)), url))
        }
        if found.isEmpty, !FileManager.default.fileExists(atPath: directory.path) {
            throw GazetteError.template(.error(directory.path, "no templates folder"))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "bad set-delimiter tag"
        default: "\(error)"
        }
    }
}
