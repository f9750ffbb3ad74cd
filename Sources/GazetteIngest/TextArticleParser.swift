import GazetteCore

/// Turns scraped plain text into an article: title, metadata, and the story without chrome.
///
/// Steps: split into lines (re-joining hard-wrapped text); take metadata lines out (categories,
/// tags, byline and date, credits, owner); drop calls to action, photo-credit lines and lines
/// repeated across the corpus; cut a trailing comment thread; read the header (kicker,
/// masthead, tagline, title); filter the body's remaining chrome; strip photo credits and wire
/// prefixes from paragraphs. Without a title, one is derived from the lede.
/// - Complexity: O(n) in the text.
struct TextArticleParser {
    var corpus: CorpusStatistics

    func parse(_ text: String, path: String) -> FileOutcome {
        var lines = TextLines.split(text)
        if TextLines.isHardWrapped(lines) { lines = TextLines.reflow(lines) }
        var meta = ScrapedMetadata()
        var kept = removeChrome(lines, into: &meta)
        let layout = HeaderAnalyzer.analyze(kept)
        if let masthead = layout.masthead { meta.source = kept[masthead].text }
        let title = layout.title.map { kept[$0].text }
        kept = kept.enumerated().filter { !layout.consumed.contains($0.offset) }.map(\.element)
        let paragraphs = cleanParagraphs(BodyFilter.filter(kept), into: &meta)
        guard !paragraphs.isEmpty else { return .skipped(.error(path, IngestMessage.noText)) }
        let derived = title == nil ? HeadlineDeriver.headline(from: paragraphs) : nil
        let article = Article(
            path: path, format: .text, title: TitleText.limit(title ?? derived ?? path),
            titleIsDerived: title == nil, date: meta.resolvedDate, updated: meta.resolvedUpdate, byline: meta.byline, dateline: meta.dateline,
            source: meta.resolvedSource, categories: meta.categories, tags: meta.tags, credits: meta.credits,
            paragraphs: paragraphs, markdown: MarkdownBody.fromParagraphs(paragraphs)
        )
        return FileOutcome(article: article)
    }

    /// Takes metadata lines out, drops chrome lines, and cuts a comment thread.
    private func removeChrome(_ lines: [TextLine], into meta: inout ScrapedMetadata) -> [TextLine] {
        var kept: [TextLine] = []
        // Each line's features are computed once, for the prose search and the loop below.
        var features: [LineFeatures] = []
        var firstProse = lines.count
        for line in lines {
            features.append(LineFeatures(line.text))
            if features[features.count - 1].isProse {
                firstProse = features.count - 1
                break
            }
        }
        let threadStart = CommentThread.start(in: lines) { $0 > firstProse } ?? lines.count
        while features.count < threadStart { features.append(LineFeatures(lines[features.count].text)) }
        for (i, line) in lines[..<threadStart].enumerated() {
            let features = features[i]
            if let metadata = MetadataLine.parse(line.text), accepts(metadata, at: i, features) {
                meta.add(metadata)
                continue
            }
            if features.isCallToAction || PhotoCredit.isCreditLine(line.text) || corpus.isRepeated(line.text) {
                continue
            }
            kept.append(line)
        }
        return kept
    }

    /// A byline is believed only near the top or when short; other metadata anywhere.
    private func accepts(_ metadata: MetadataLine, at index: Int, _ features: LineFeatures) -> Bool {
        switch metadata {
        case .byline, .revised: break
        default: return true
        }
        return index < 8 || features.words <= 12
    }

    private func cleanParagraphs(_ lines: [TextLine], into meta: inout ScrapedMetadata) -> [String] {
        var paragraphs: [String] = []
        for line in lines {
            var text = PhotoCredit.strip(line.text) ?? line.text
            if paragraphs.isEmpty {
                let (stripped, prefix) = LedeCleaner.strip(text)
                meta.add(prefix)
                text = stripped
            }
            if !text.isEmpty { paragraphs.append(text) }
        }
        return paragraphs
    }
}
