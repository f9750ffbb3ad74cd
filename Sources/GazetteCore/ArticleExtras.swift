/// One front matter value Gazette does not read itself, kept for templates as Hugo keeps
/// `.Params`: an article page's `{{article.params.NAME}}`.
public struct ArticleParam: Sendable, Hashable {
    /// The key as written.
    public var key: String
    public var value: Value

    public enum Value: Sendable, Hashable {
        /// A scalar, as written (`sponsor: Acme`).
        case text(String)
        /// A plain `true`/`false` (`yes`/`no`, `on`/`off`), or `false` for a plain `null` or `~`,
        /// so that `{{#article.params.NAME}}` sections read it.
        case flag(Bool)
        /// A list of scalars.
        case list([String])
    }

    public init(key: String, value: Value) {
        self.key = key
        self.value = value
    }

    /// At most this many per article; further keys are left out with a warning.
    public static let maximumCount = 50

    /// The value as templates see it.
    public var templateValue: Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let items): items
        }
    }
}

/// A heading of an article's body, for its table of contents: its level (1-6) and its text as
/// the page's heading id is made from (`HeadingIDs`, in the Markdown stage).
public struct ArticleHeading: Sendable, Hashable {
    public var level: Int
    public var text: String

    public init(level: Int, text: String) {
        self.level = level
        self.text = text
    }
}
