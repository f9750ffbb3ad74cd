import GazetteCore

/// One block of a page's main text, in reading order.
public struct HTMLBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case paragraph
        case heading(level: Int)
        case listItem
        case quote
        case preformatted
        /// One cell of a data table (`HTMLBlockWriter.dataRows`): its table's number in the
        /// page and its row and column there, counted from 0.
        case tableCell(table: Int, row: Int, column: Int)
    }

    public var kind: Kind
    /// Plain text, white space folded (except for `.preformatted`).
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// What the HTML extractor recovered from a saved web page.
public struct HTMLExtraction: Sendable, Hashable {
    public var title: String?
    public var byline: String?
    public var date: PublicationDate?
    /// The page's modification date, when it is later than `date` (`PublicationDate.revision`).
    public var updated: PublicationDate?
    public var siteName: String?
    public var url: String?
    public var language: String?
    public var description: String?
    public var categories: [String]
    public var tags: [String]
    /// The main text, in order; boilerplate (menus, comments, footers, prompts) left out.
    public var blocks: [HTMLBlock]
    /// Problems worth telling the user (undeclared charset, no main text found, ...).
    public var warnings: [String]

    public init(
        title: String? = nil, byline: String? = nil, date: PublicationDate? = nil, siteName: String? = nil,
        url: String? = nil, language: String? = nil, description: String? = nil, categories: [String] = [],
        tags: [String] = [], blocks: [HTMLBlock] = [], warnings: [String] = []
    ) {
        self.title = title
        self.byline = byline
        self.date = date
        self.siteName = siteName
        self.url = url
        self.language = language
        self.description = description
        self.categories = categories
        self.tags = tags
        self.blocks = blocks
        self.warnings = warnings
    }
}
