import Foundation
import GazetteCore
import Yams

/// Site settings: `gazette.yml` when present, then command-line overrides.
public struct SiteConfig: Sendable, Hashable {
    public var title: String = "Gazette"
    public var description: String = "A digest of the news, built by Gazette."
    /// Where the site is published: an absolute URL (`https://news.example.org/`) or a path
    /// (`/news/`). It makes the absolute URLs of feeds, the sitemap and canonical links; links
    /// inside pages are always relative.
    public var baseURL: String = "/"
    public var language: String = "en"
    public var summarySentences: Int = 3
    public var input: String = "seeds"
    public var output: String = "site"
    public var templates: String = "templates"
    /// Stories per page on the front page, topic pages and archive pages.
    public var pageSize: Int = 20
    /// Let raw HTML in Markdown articles through to the pages (off: it is omitted).
    public var allowRawHTML: Bool = false
    public var includeDrafts: Bool = false
    /// The site's own values for its templates (`site.params`); an empty mapping when none.
    public var params: SiteParam = .map([])
    /// The words Gazette puts on pages itself (`SiteLabels`).
    public var labels = SiteLabels()

    public init() {}

    /// The base URL with exactly one trailing slash.
    public var normalizedBaseURL: String {
        var base = baseURL.trimmingCharacters(in: .whitespaces)
        if base.isEmpty { base = "/" }
        while base.hasSuffix("//") { base.removeLast() }
        return base.hasSuffix("/") ? base : base + "/"
    }

    /// Why `baseURL` cannot be where a site is published, or `nil` when it can: it must be an
    /// `http(s)` URL with a host, or a path from the server's root (`/news/`), without spaces,
    /// quotes, angle brackets, a query or a fragment. Anything else (`javascript:…`, `news/`)
    /// would end up in every feed entry's link and canonical URL.
    public static func problem(baseURL: String) -> String? {
        let base = baseURL.trimmingCharacters(in: .whitespaces)
        if base.isEmpty { return nil }
        if base.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "\"'<>`\\?#".unicodeScalars.contains($0) }) {
            return "must not hold spaces, quotes, angle brackets, backslashes, a query or a fragment"
        }
        let lower = base.lowercased()
        if let scheme = ["https://", "http://"].first(where: lower.hasPrefix) {
            let host = lower.dropFirst(scheme.count).prefix { $0 != "/" }
            return host.isEmpty ? "must name a host after \(scheme)" : nil
        }
        if base.hasPrefix("/"), !base.hasPrefix("//") { return nil }
        return "must be an http or https URL (https://news.example.org/) or a path from the server's root (/news/)"
    }

    /// True when the base URL has a scheme and host, so feeds can carry absolute ids.
    public var hasAbsoluteBaseURL: Bool {
        normalizedBaseURL.hasPrefix("http://") || normalizedBaseURL.hasPrefix("https://")
    }
}

extension SiteConfig {
    /// Reads `gazette.yml`. Unknown keys are errors (a typo should not pass silently).
    /// - Throws: `GazetteError.config` naming the file and line.
    public static func load(from url: URL) throws -> SiteConfig {
        let path = url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GazetteError.config(Diagnostic.error(path, "cannot read the config: \(error.localizedDescription)"))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw GazetteError.config(Diagnostic.error(path, line: error.line, "\(error.shortDescription)"))
        }
        var config = SiteConfig()
        guard let mapping = node?.mapping else {
            if node == nil { return config }
            throw GazetteError.config(Diagnostic.error(path, line: 1, column: 1, "expected a mapping of settings"))
        }
        for (keyNode, value) in mapping {
            try config.apply(key: keyNode.string ?? "", value: value, path: path, line: keyNode.mark?.line)
        }
        return config
    }

    private mutating func apply(key: String, value: Node, path: String, line: Int?) throws {
        func string() throws -> String {
            guard let text = value.string else { throw invalid("a string") }
            return text
        }
        func integer(_ range: ClosedRange<Int>) throws -> Int {
            guard let number = value.int, range.contains(number) else { throw invalid("a number from \(range.lowerBound) to \(range.upperBound)") }
            return number
        }
        func boolean() throws -> Bool {
            guard let flag = value.bool else { throw invalid("true or false") }
            return flag
        }
        func invalid(_ expected: String) -> GazetteError {
            .config(Diagnostic.error(path, line: line, "'\(key)' must be \(expected)"))
        }
        switch key {
        case "title": title = try string()
        case "description": description = try string()
        case "baseURL", "base_url", "baseUrl":
            baseURL = try string()
            if let problem = Self.problem(baseURL: baseURL) { throw invalid("a URL or path where the site is published: it \(problem)") }
        case "language": language = try string()
        case "summarySentences", "summary_sentences": summarySentences = try integer(1...20)
        case "input": input = try string()
        case "output": output = try string()
        case "templates": templates = try string()
        case "pageSize", "page_size": pageSize = try integer(1...1000)
        case "allowRawHTML", "allow_raw_html": allowRawHTML = try boolean()
        case "includeDrafts", "include_drafts": includeDrafts = try boolean()
        case "labels":
            do {
                labels = try SiteLabels.read(value)
            } catch let error as SiteLabels.LabelError {
                throw GazetteError.config(Diagnostic.error(path, line: error.line ?? line, error.message))
            }
        case "params":
            guard case .mapping = value else { throw invalid("a mapping of names to values") }
            do {
                params = try SiteParam.read(value)
            } catch let error as SiteParam.ParamError {
                throw GazetteError.config(Diagnostic.error(path, line: error.line ?? line, error.message))
            }
        default:
            throw GazetteError.config(Diagnostic.error(path, line: line, "unknown setting '\(key)'"))
        }
    }
}

extension YamlError {
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        default:
            return nil
        }
    }

    var shortDescription: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "the mapping starting here names " + duplicates.map { "'\($0)'" }.joined(separator: ", ") + " more than once"
        default:
            return "\(self)"
        }
    }
}
