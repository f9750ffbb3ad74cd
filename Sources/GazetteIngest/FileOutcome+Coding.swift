import GazetteCore

/// The binary form of a parse's outcome, for the ingest cache (`IngestCache`). Every field is
/// written, so a decoded outcome equals the one encoded; a damaged entry decodes to `nil`.
extension FileOutcome {
    func encoded() -> [UInt8] {
        var out = BinaryWriter()
        out.write(article != nil)
        if let article { Self.write(article, to: &out) }
        out.write(diagnostics) { Self.write($1, to: &$0) }
        return out.bytes
    }

    /// - Parameter file: where `bytes` were read, and from which offset: the article's body
    ///   is then checked but left there (`Article.leaveBody`), as a `BodyStore` would hold it.
    init?(decoding bytes: [UInt8], file: (reader: CacheFileReader, offset: Int64)? = nil) {
        var input = BinaryReader(bytes)
        guard let hasArticle = input.readBool() else { return nil }
        var article: Article?
        if hasArticle {
            guard let read = Self.readArticle(&input, file: file) else { return nil }
            article = read
        }
        guard let diagnostics = input.readArray(Self.readDiagnostic), input.isAtEnd else { return nil }
        self.init(article: article, diagnostics: diagnostics)
    }

    private static func write(_ article: Article, to out: inout BinaryWriter) {
        out.write(article.path)
        out.write(article.format.rawValue)
        out.write(article.title)
        out.write(article.titleIsDerived)
        out.write(article.slug)
        write(article.date, to: &out)
        write(article.updated, to: &out)
        for text in [article.byline, article.dateline, article.source, article.url, article.summary, article.language] {
            write(text, to: &out)
        }
        out.write(article.categories) { $0.write($1) }
        out.write(article.tags) { $0.write($1) }
        out.write(article.draft)
        out.write(article.credits) { $0.write($1) }
        out.write(article.links) { $0.write($1) }
        out.write(article.image != nil)
        if let image = article.image {
            out.write(image.source)
            out.write(image.alt)
            write(image.caption, to: &out)
        }
        out.write(article.aliases) { $0.write($1) }
        out.write(article.isPage)
        out.write(article.params) { out, param in
            out.write(param.key)
            switch param.value {
            case .text(let text):
                out.write(UInt8(0))
                out.write(text)
            case .flag(let flag):
                out.write(UInt8(1))
                out.write(flag)
            case .list(let items):
                out.write(UInt8(2))
                out.write(items) { $0.write($1) }
            }
        }
        out.write(article.headings) { out, heading in
            out.write(UInt8(heading.level))
            out.write(heading.text)
        }
        out.write(Int64(article.wordCount))
        out.write(article.paragraphs) { $0.write($1) }
        out.write(article.markdown)
        // The body's digest, so that an article whose body stays in the cache file has it.
        let digest = article.bodyDigest
        for word in [digest.paragraphs.high, digest.paragraphs.low, digest.markdown.high, digest.markdown.low] { out.write(word) }
    }

    private static func readArticle(_ input: inout BinaryReader, file: (reader: CacheFileReader, offset: Int64)?) -> Article? {
        guard let path = input.readString(),
              let format = input.readString().flatMap(SourceFormat.init(rawValue:)),
              let title = input.readString(), let titleIsDerived = input.readBool(),
              let slug = input.readString(), let date = readDate(&input), let updated = readDate(&input)
        else { return nil }
        var texts: [String?] = []
        for _ in 0..<6 {
            guard let text = readOptionalString(&input) else { return nil }
            texts.append(text)
        }
        guard let categories = input.readArray({ $0.readString() }), let tags = input.readArray({ $0.readString() }),
              let draft = input.readBool(), let credits = input.readArray({ $0.readString() }),
              let links = input.readArray({ $0.readString() }), let hasImage = input.readBool()
        else { return nil }
        var image: ArticleImage?
        if hasImage {
            guard let source = input.readString(), let alt = input.readString(), let caption = readOptionalString(&input)
            else { return nil }
            image = ArticleImage(source: source, alt: alt, caption: caption)
        }
        guard let aliases = input.readArray({ $0.readString() }), let isPage = input.readBool(),
              let params = input.readArray(Self.readParam),
              let headings = input.readArray({ input -> ArticleHeading? in
                  guard let level = input.read(UInt8.self), (1...6).contains(level), let text = input.readString() else { return nil }
                  return ArticleHeading(level: Int(level), text: text)
              }),
              let wordCount = input.readInt64AsInt(), wordCount >= 0
        else { return nil }
        var body: (paragraphs: [String], markdown: String) = ([], "")
        var left: (paragraphs: (offset: Int64, count: Int), markdown: (offset: Int64, count: Int))?
        if let file {
            let start = input.position
            guard input.skipArray({ $0.skipString() }) else { return nil }
            let paragraphs = (file.offset + Int64(start), input.position - start)
            var length = input  // past the Markdown's length, to where its bytes start
            guard length.readVarint() != nil, input.skipString() else { return nil }
            left = (paragraphs, (file.offset + Int64(length.position), input.position - length.position))
        } else {
            guard let paragraphs = input.readArray({ $0.readString() }), let markdown = input.readString() else { return nil }
            body = (paragraphs, markdown)
        }
        guard let paragraphsHigh = input.read(UInt64.self), let paragraphsLow = input.read(UInt64.self),
              let markdownHigh = input.read(UInt64.self), let markdownLow = input.read(UInt64.self)
        else { return nil }
        let digest = BodyDigest(paragraphs: Hash128(high: paragraphsHigh, low: paragraphsLow),
                                markdown: Hash128(high: markdownHigh, low: markdownLow))
        var article = Article(
            path: path, format: format, title: title, titleIsDerived: titleIsDerived, slug: slug, date: date,
            updated: updated, byline: texts[0], dateline: texts[1], source: texts[2], url: texts[3], categories: categories, tags: tags,
            summary: texts[4], language: texts[5], draft: draft, credits: credits, links: links, image: image, aliases: aliases, isPage: isPage, params: params, headings: headings, paragraphs: body.paragraphs,
            markdown: body.markdown
        )
        // Counted when the article was parsed: the body may have stayed in the cache file.
        article.wordCount = wordCount
        if let file, let left {
            article.leaveBody(in: file.reader, paragraphs: left.paragraphs, markdown: left.markdown, digest: digest)
        }
        return article
    }

    private static func readParam(_ input: inout BinaryReader) -> ArticleParam? {
        guard let key = input.readString(), let kind = input.read(UInt8.self) else { return nil }
        switch kind {
        case 0: return input.readString().map { ArticleParam(key: key, value: .text($0)) }
        case 1: return input.readBool().map { ArticleParam(key: key, value: .flag($0)) }
        case 2: return input.readArray({ $0.readString() }).map { ArticleParam(key: key, value: .list($0)) }
        default: return nil
        }
    }

    /// A flag, then (when set) the date's parts.
    private static func write(_ date: PublicationDate?, to out: inout BinaryWriter) {
        out.write(date != nil)
        guard let date else { return }
        for part in [date.year, date.month, date.day] { out.write(Int64(part)) }
        for part in [date.hour, date.minute, date.second, date.utcOffsetMinutes] { write(part, to: &out) }
    }

    /// What `write(_:to:)` wrote of a date: `.some(nil)` for none, `nil` when the bytes are bad.
    private static func readDate(_ input: inout BinaryReader) -> PublicationDate?? {
        guard let dated = input.readBool() else { return nil }
        guard dated else { return .some(nil) }
        guard let year = input.readInt64AsInt(), let month = input.readInt64AsInt(), let day = input.readInt64AsInt(),
              let hour = readOptional(&input), let minute = readOptional(&input),
              let second = readOptional(&input), let offset = readOptional(&input)
        else { return nil }
        return PublicationDate(year: year, month: month, day: day, hour: hour, minute: minute,
                               second: second, utcOffsetMinutes: offset)
    }

    private static func write(_ diagnostic: Diagnostic, to out: inout BinaryWriter) {
        out.write(diagnostic.path)
        write(diagnostic.line, to: &out)
        write(diagnostic.column, to: &out)
        out.write(diagnostic.severity.rawValue)
        out.write(diagnostic.message)
    }

    private static func readDiagnostic(_ input: inout BinaryReader) -> Diagnostic? {
        guard let path = input.readString(), let line = readOptional(&input), let column = readOptional(&input),
              let severity = input.readString().flatMap(Diagnostic.Severity.init(rawValue:)),
              let message = input.readString()
        else { return nil }
        return Diagnostic(path: path, line: line, column: column, severity: severity, message: message)
    }

    private static func write(_ value: Int?, to out: inout BinaryWriter) {
        out.write(value != nil)
        if let value { out.write(Int64(value)) }
    }

    /// `.some(nil)` for a value written as absent; `nil` when the bytes run out.
    private static func readOptional(_ input: inout BinaryReader) -> Int?? {
        guard let present = input.readBool() else { return nil }
        guard present else { return .some(nil) }
        return input.readInt64AsInt().map { .some($0) }
    }

    private static func write(_ text: String?, to out: inout BinaryWriter) {
        out.write(text != nil)
        if let text { out.write(text) }
    }

    private static func readOptionalString(_ input: inout BinaryReader) -> String?? {
        guard let present = input.readBool() else { return nil }
        guard present else { return .some(nil) }
        return input.readString().map { .some($0) }
    }
}

private extension BinaryReader {
    mutating func readInt64AsInt() -> Int? {
        read(Int64.self).flatMap { Int(exactly: $0) }
    }
}
