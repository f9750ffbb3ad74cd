/// The format an article was read from.
public enum SourceFormat: String, Sendable, Codable {
    case text
    case markdown
    case html
}

/// One cleaned article, ready for analysis and rendering.
///
/// Ingest produces it; later stages never see the raw file again. `paragraphs` is the
/// cleaned plain text the analysis reads; `markdown` is the body the renderer turns into HTML
/// (for plain-text input it is the paragraphs with Markdown's special characters escaped).
public struct Article: Sendable, Hashable {
    /// Input path relative to the input folder, with `/` separators (for example `000_x.txt`).
    public var path: String
    public var format: SourceFormat
    public var title: String
    /// True when the title was derived from the text because the input had none.
    public var titleIsDerived: Bool
    /// URL-safe, unique within the build; assigned by ingest.
    public var slug: String
    public var date: PublicationDate?
    /// When the article was last revised (front matter `updated:`, a page's `dateModified`):
    /// only a date later than `date`, or any when there is no `date` (`PublicationDate.revision`).
    public var updated: PublicationDate?
    /// When the article last changed: its revision date, else its publication date (feeds'
    /// `updated`, the sitemap's `lastmod`, a page's `dateModified`).
    public var lastChange: PublicationDate? { updated ?? date }
    public var byline: String?
    /// The place line of a wire story, such as `HARTFORD, Conn. (AP)`.
    public var dateline: String?
    /// The publication or site the article came from.
    public var source: String?
    /// The original URL, when the input names one.
    public var url: String?
    public var categories: [String]
    public var tags: [String]
    /// A summary written by the author (front matter); analysis keeps its own as well.
    public var summary: String?
    public var language: String?
    public var draft: Bool
    /// Credit lines kept apart from the body ("Madeline Stocker contributed to this report.").
    public var credits: [String]
    /// The body's link and image destinations that point beside the article (`LocalLink.isLocal`),
    /// and the lead image's when it does, as written, each once, in order of first appearance
    /// (Markdown input only).
    public var links: [String]
    /// The picture that stands for the article (front matter `image:`), if any.
    public var image: ArticleImage?
    /// The site paths of the article's old addresses (front matter `aliases:`, `AliasPath`),
    /// each once, in order: each gets a page that sends readers on to the article's.
    public var aliases: [String]
    /// A page of the site rather than a story (front matter `type: page`): an About or
    /// corrections page. It is not analysed, and no list, feed or search shows it.
    public var isPage: Bool
    /// Front matter values Gazette does not read itself, in order, for templates.
    public var params: [ArticleParam]
    /// The body's headings, in order (Markdown and web pages), for a table of contents.
    public var headings: [ArticleHeading]
    /// Words in `paragraphs` (`Article.countWords`), counted when they are set: the body itself
    /// may be kept out of memory.
    public var wordCount: Int
    public var paragraphs: [String] {
        get { body.paragraphs }
        set {
            body.paragraphs = newValue
            wordCount = Self.countWords(newValue)
        }
    }
    public var markdown: String {
        get { body.markdown }
        set { body.markdown = newValue }
    }
    /// `paragraphs` and `markdown`, in memory or in a `BodyStore` (`storeBody(in:)`).
    private var body: BodyText

    public init(
        path: String, format: SourceFormat, title: String, titleIsDerived: Bool = false,
        slug: String = "", date: PublicationDate? = nil, updated: PublicationDate? = nil, byline: String? = nil,
        dateline: String? = nil, source: String? = nil, url: String? = nil,
        categories: [String] = [], tags: [String] = [], summary: String? = nil,
        language: String? = nil, draft: Bool = false, credits: [String] = [], links: [String] = [],
        image: ArticleImage? = nil, aliases: [String] = [], isPage: Bool = false, params: [ArticleParam] = [],
        headings: [ArticleHeading] = [], paragraphs: [String], markdown: String
    ) {
        self.path = path
        self.format = format
        self.title = title
        self.titleIsDerived = titleIsDerived
        self.slug = slug
        self.date = date
        self.updated = updated
        self.byline = byline
        self.dateline = dateline
        self.source = source
        self.url = url
        self.categories = categories
        self.tags = tags
        self.summary = summary
        self.language = language
        self.draft = draft
        self.credits = credits
        self.links = links
        self.image = image
        self.aliases = aliases
        self.isPage = isPage
        self.params = params
        self.headings = headings
        self.body = BodyText(paragraphs: paragraphs, markdown: markdown)
        wordCount = Self.countWords(paragraphs)
    }

    /// Runs of characters between spaces that hold a letter or digit ("—" alone is no word;
    /// "U.S." and "3,000" are one each). Beyond ASCII, a character counts as a letter unless it
    /// is in U+0080-U+00BF (no-break space, «, ©) or U+2000-U+2FFF (dashes, quotes, ellipsis,
    /// symbols): read from the bytes, without decoding.
    public static func countWords(_ paragraphs: [String]) -> Int {
        // Over the contiguous bytes: iterating `utf8` took several times as long.
        paragraphs.reduce(0) { total, paragraph in
            var paragraph = paragraph
            return total + paragraph.withUTF8(countWords(in:))
        }
    }

    private static func countWords(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false, counted = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                inWord = false
                continue
            }
            if !inWord {
                inWord = true
                counted = false
            }
            // A lead byte (0xC0 and up) stands for its character; continuation bytes are skipped.
            let isLetter = byte < 0x80 ? (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
                : byte >= 0xC0 && byte != 0xC2 && byte != 0xE2
            if !counted, isLetter {
                count += 1
                counted = true
            }
        }
        return count
    }

    /// Moves `paragraphs` and `markdown` out of memory into `store`, from where each use reads
    /// them again; they stay in memory if the store cannot take them. Nothing else changes.
    public mutating func storeBody(in store: BodyStore) {
        body.move(to: store)
    }

    /// Leaves the body in the ingest cache's file, where `reader` reads it: the encoding of
    /// `paragraphs` (a `BinaryWriter` array of strings, already checked) and the Markdown's
    /// bytes, at those offsets of the file. Each use reads them from there, as from a `BodyStore`.
    public mutating func leaveBody(in reader: CacheFileReader, paragraphs: (offset: Int64, count: Int),
                                   markdown: (offset: Int64, count: Int), digest: BodyDigest) {
        body = BodyText(cachedIn: reader, paragraphs: paragraphs, markdown: markdown, digest: digest)
    }

    /// Hashes of `paragraphs` and `markdown`, kept from when the body left memory: cache keys
    /// take them instead of reading the body back.
    public var bodyDigest: BodyDigest { body.digest }

    /// This article with its body read into memory: for a step that reads the body several times.
    public func withBodyInMemory() -> Article {
        guard body.isStored else { return self }
        var copy = self
        copy.body = BodyText(paragraphs: paragraphs, markdown: markdown)
        return copy
    }

    /// Whether the body is kept in a `BodyStore` rather than in memory.
    public var isBodyStored: Bool { body.isStored }

    /// The body as one plain-text string, paragraphs separated by blank lines.
    public var bodyText: String { paragraphs.joined(separator: "\n\n") }
}

/// A picture that stands for an article, as Hugo's `images` front matter: shown above its body
/// and on its cards, and named in link previews (`og:image`) and feeds.
public struct ArticleImage: Sendable, Hashable {
    /// As written: a path beside the article (`photos/pier.jpg`, also in `Article.links`, so it
    /// is published as linked files are) or an `http(s)` URL.
    public var source: String
    /// What the picture shows, for readers who cannot see it; empty when the source gave none.
    public var alt: String
    public var caption: String?

    public init(source: String, alt: String = "", caption: String? = nil) {
        self.source = source
        self.alt = alt
        self.caption = caption
    }

    /// Whether `source` may name an image: a path beside the article (`LocalLink.isLocal`; it may
    /// hold spaces), or an `http` or `https` URL with a host and no spaces. Neither may hold a
    /// control character. Anything else (`javascript:`, `data:`, a path from the site root, which
    /// depends on where the site is hosted) may not.
    public static func isUsable(_ source: String) -> Bool {
        guard !source.isEmpty, !source.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return false }
        if LocalLink.isLocal(source) { return true }
        let lower = source.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return false }
        return lower.count > scheme.count && !lower.contains(" ")
    }
}
