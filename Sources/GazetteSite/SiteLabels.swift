import Yams

/// The words Gazette itself puts on pages, for a site in another language than English (the
/// templates hold the rest, and may be edited): `labels:` in `gazette.yml`, as Zola's
/// translations. Patterns hold `{name}`-style placeholders; a placeholder a label does not know
/// is left as written.
public struct SiteLabels: Sendable, Hashable {
    public var topics = "Topics"
    /// `{site}`: the site's title.
    public var topicsDescription = "Every topic in {site}."
    /// `{name}`: the topic's name; a topic page's description when it has no summary.
    public var topicDescription = "Stories about {name}."
    public var archive = "Archive"
    public var archiveDescription = "Every story by month."
    public var search = "Search"
    public var searchDescription = "Search {site}."
    public var notFound = "Page not found"
    public var notFoundDescription = "This page does not exist."
    /// `{name}`: an author's name.
    public var storiesBy = "Stories by {name}"
    /// `{name}`: a source's name.
    public var storiesFrom = "Stories from {name}"
    public var author = "Author"
    public var source = "Source"
    /// A topic timeline's heading for stories without a date.
    public var undated = "Undated"
    /// The title of the list of stories without a date.
    public var undatedStories = "Undated stories"
    /// `{title}`: an archive list's title; the list's description.
    public var listDescription = "Stories: {title}."
    public var newerStory = "Newer story"
    public var olderStory = "Older story"
    public var previousStory = "Previous story"
    public var nextStory = "Next story"
    /// `{minutes}`: the reading time at 213 words a minute, at least 1.
    public var readingTime = "{minutes} min read"
    public var months = ["January", "February", "March", "April", "May", "June",
                         "July", "August", "September", "October", "November", "December"]
    public var shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// `{day}`, `{month}` (its name), `{mon}` (short name), `{mm}` (two digits), `{year}`.
    public var dateFormat = "{month} {day}, {year}"
    /// For lists and search results; the same placeholders.
    public var shortDateFormat = "{mon} {day}, {year}"
    /// An archive month's title: `{month}`, `{mon}`, `{mm}`, `{year}`.
    public var monthFormat = "{month} {year}"
    /// `{hour}` (00-23), `{hour12}` (1-12), `{minute}`, `{ampm}`.
    public var timeFormat = "{hour12}:{minute} {ampm}"
    public var am = "AM"
    public var pm = "PM"
    /// A date with its time: `{date}`, `{time}`.
    public var dateTimeFormat = "{date}, {time}"

    public init() {}

    /// `pattern` with each `{key}` that `values` names replaced.
    static func fill(_ pattern: String, _ values: KeyValuePairs<String, String>) -> String {
        guard pattern.contains("{") else { return pattern }
        var result = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  let value = values.first(where: { $0.key == rest[rest.index(after: open)..<close] })?.value else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Reads `labels:`; every key must be one of the labels (a typo should not pass silently).
    /// - Throws: a message and the line of the value at fault.
    static func read(_ node: Node) throws -> SiteLabels {
        guard let mapping = node.mapping else { throw LabelError("'labels' must be a mapping of label names to words", line: node.mark?.line) }
        var labels = SiteLabels()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            if key == "months" || key == "shortMonths" {
                guard let names = value.sequence?.map({ $0.string ?? "" }), names.count == 12, !names.contains(where: \.isEmpty) else {
                    throw LabelError("'labels.\(key)' must be a list of the 12 months' names", line: line)
                }
                if key == "months" { labels.months = names } else { labels.shortMonths = names }
                continue
            }
            guard let path = Self.texts[key] else { throw LabelError("unknown label '\(key)'", line: line) }
            guard case .scalar = value, let text = value.string else { throw LabelError("'labels.\(key)' must be a string", line: line) }
            labels[keyPath: path] = text
        }
        return labels
    }

    /// The text labels by name (made when asked: key paths are not `Sendable`).
    private static var texts: [String: WritableKeyPath<SiteLabels, String>] { [
        "topics": \.topics, "topicsDescription": \.topicsDescription, "topicDescription": \.topicDescription,
        "archive": \.archive, "archiveDescription": \.archiveDescription, "search": \.search,
        "searchDescription": \.searchDescription, "notFound": \.notFound, "notFoundDescription": \.notFoundDescription,
        "storiesBy": \.storiesBy, "storiesFrom": \.storiesFrom, "author": \.author, "source": \.source,
        "undated": \.undated, "undatedStories": \.undatedStories, "listDescription": \.listDescription, "newerStory": \.newerStory, "olderStory": \.olderStory, "previousStory": \.previousStory,
        "nextStory": \.nextStory, "readingTime": \.readingTime, "dateFormat": \.dateFormat,
        "shortDateFormat": \.shortDateFormat, "monthFormat": \.monthFormat, "timeFormat": \.timeFormat,
        "am": \.am, "pm": \.pm, "dateTimeFormat": \.dateTimeFormat,
    ] }

    struct LabelError: Error {
        var message: String
        var line: Int?

        init(_ message: String, line: Int?) {
            self.message = message
            self.line = line
        }
    }
}
