import GazetteCore

/// Runs every analysis step over a corpus. Pure and deterministic: the same articles in the
/// same order give the same result, whatever the thread scheduling.
///
/// Steps: sentences and tokens per article (parallel); corpus term statistics; near-duplicates
/// (MinHash bands); key phrases and entities; summaries (parallel); related stories (inverted
/// index); topics. Every corpus step is linear or near-linear in the corpus size.
public struct Analyzer: Sendable {
    public var options: AnalysisOptions
    /// Entities listed per article in the result.
    static let entitiesShown = 10
    /// Articles whose text is worked out before it is folded into the corpus index.
    static let batchSize = 1024
    /// Whether the text pass moves each article's key-phrase candidates, one-word keys and topic
    /// mentions to a scratch file until the step that reads them (the result is the same).
    var spillsText = true

    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    public func analyze(_ articles: [Article]) -> CorpusAnalysis {
        analyze(articles, cache: nil).analysis
    }

    /// `analyze(_:)`, reading each article's text pass and summary from `cache` when they are
    /// unchanged and saving the new entries there: the result is the same with or without it.
    public func analyze(_ articles: [Article], cache: AnalysisCache?) -> (analysis: CorpusAnalysis, cache: AnalysisCache.Report) {
        var report = AnalysisCache.Report()
        var texts: [ArticleText]
        let index: CorpusIndex
        let keys: [Hash128]
        let scratch = spillsText ? ScratchFile(prefix: "gazette-analysis-") : nil
        (texts, index, keys) = readTexts(articles, cache: cache, scratch: scratch, report: &report)
        let summaries = SummaryStore(cache: cache, keys: keys)
        let memo = cache.map { TopicMemo(file: $0.topics, index: index) }
        // In-out, so that the steps below can drop what they no longer need.
        let analysis = analyze(articles, texts: &texts, index: index, summaries: summaries, memo: memo,
                               cache: cache, report: &report)
        report.summariesReused = summaries.reused
        report.saved = report.saved && summaries.saved
        if let memo {
            report.topicResultsReused = memo.reused
            report.topicResultsComputed = memo.computed
            report.saved = memo.save() && report.saved
        }
        return (analysis, report)
    }

    /// The text pass, in batches that are each folded into the corpus index before the next, so
    /// per-article term strings are held for one batch at a time; what later steps read only
    /// once goes to `scratch`. With a cache, also each article's text key.
    private func readTexts(_ articles: [Article], cache: AnalysisCache?, scratch: ScratchFile?,
                           report: inout AnalysisCache.Report) -> ([ArticleText], CorpusIndex, [Hash128]) {
        let n = articles.count
        let splitter = SentenceSplitter()
        let keepEntities = max(Self.entitiesShown, options.topicSettings.offersPerArticle)
        let reader = cache.flatMap { CacheFileReader($0.texts) }
        var writer = cache.flatMap { CacheFileWriter($0.texts, continuing: reader) }
        var texts: [ArticleText] = []
        var keys: [Hash128] = []
        texts.reserveCapacity(n)
        let terms = cache.map { TermStore($0.terms) }
        var termWriter = cache.flatMap { CacheFileWriter($0.terms, continuing: terms?.reader) }
        var builder = CorpusIndex.Builder(scratch: scratch, table: terms?.table)
        for start in stride(from: 0, to: n, by: Self.batchSize) {
            let worked = Concurrent.map(min(Self.batchSize, n - start)) { i in
                let article = articles[start + i]
                // With a scratch file, a cached text's parts that `spill` would move stay in the cache file.
                // The key takes the body's digest: a cached article's body is not read at all.
                // With the last build's term table, its ids for the article's terms are read instead of the terms.
                let key = cache.map { _ in AnalysisCache.textKey(article, keepEntities: keepEntities) }
                let known = key.flatMap { terms?.use(for: $0) }
                var text = Cached(key: key, reader: reader,
                                  decodeAt: { bytes, offset in
                                      ArticleText(decoding: bytes, file: scratch == nil ? nil : reader.map { ($0, offset) },
                                                  tableTerms: known?.ids)
                                  },
                                  encode: { $0.encoded() }) {
                    ArticleText(article: article.withBodyInMemory(), splitter: splitter, keepEntities: keepEntities)
                }
                if let scratch { text.value.spill(to: scratch) }
                return (text: text, stored: text.value.tableTerms == nil ? nil : known)
            }
            let reused = worked.count(where: \.text.reused)
            report.reused += reused
            report.computed += worked.count - reused
            report.termsReused += worked.count(where: { $0.stored != nil })
            let entries = worked.compactMap(\.text.stored)
            if writer != nil, !writer!.add(entries) { writer = nil }
            keys += entries.map(\.key)
            var batch = worked.map(\.text.value)
            let made = builder.add(&batch, stored: worked.map { $0.stored?.use })
            let uses = worked.indices.compactMap { i in worked[i].text.entry.map { ($0.key, made[i], worked[i].stored?.bytes) } }
            TermStore.add(uses, to: &termWriter)
            texts += batch
        }
        if let writer { report.saved = writer.finish() }
        let (index, table) = builder.finishWithTable()
        if let cache, let terms {
            report.saved = terms.finish(termWriter.take(), file: cache.terms, table: table) && report.saved
        }
        return (texts, index, keys)
    }

    private func analyze(_ articles: [Article], texts: inout [ArticleText], index: CorpusIndex,
                         summaries store: SummaryStore, memo: TopicMemo?, cache: AnalysisCache?,
                         report: inout AnalysisCache.Report) -> CorpusAnalysis {
        let n = articles.count
        // Near-duplicates count as one story for topics and related stories; only exact copies
        // collapse on the site (`duplicateOf` in the result), the others are listed as versions.
        let duplicateOf = DuplicateDetector().detect(signatures: texts.map(\.signature))
        for a in 0..<n { texts[a].signature = nil }
        let exactOf = DuplicateDetector.exactCopies(articles, hashes: texts.map(\.copyHash))
        let versions = DuplicateDetector.versions(near: duplicateOf, exact: exactOf)
        let canonical = (0..<n).filter { duplicateOf[$0] == nil }
        let keyphrases = Self.keyphrases(texts, canonical: canonical)
        for a in 0..<n {
            texts[a].rankable = []
            texts[a].unigramKeys = []
        }
        // Summaries and related stories read nothing the topic steps make: they are worked out
        // beside them, on the core the topic steps' single-threaded parts (gathering and merging
        // offers, selection) leave idle. The results are the same whichever finishes first.
        let group = (0..<n).map { duplicateOf[$0] ?? $0 }
        let untitled = articles.map(\.titleIsDerived)
        let finder = RelatedFinder(count: options.relatedCount)
        // The texts are captured, not held in a local: once the side work is done, clearing the
        // mentions below changes the only copy instead of copying every text.
        let side = Pending { [self, texts] () -> (summaries: [Summarizer.Result], related: [[Int]], reused: Int, saved: Bool) in
            let summaries = summarize(texts, untitled: untitled, index: index, keyphrases: keyphrases, store: store)
            guard let cache, let memo else {
                return (summaries, finder.related(documents: index.documents, group: group), 0, true)
            }
            // Only the lists an edit can change are queried again.
            let found = finder.related(documents: index.documents, group: group, keys: memo.documents,
                                       previous: cache.loadRelated())
            return (summaries, found.related, found.reused, cache.save(found.lists))
        }
        let entities = texts.map(\.entities)
        let offerLimit = options.topicSettings.offersPerArticle
        let offers = Concurrent.map(n) { a in
            duplicateOf[a] == nil ? Self.offers(entities: entities[a], keyphrases: keyphrases[a], limit: offerLimit) : []
        }
        let candidates = TopicMerger.merge(TopicCandidate.gather(offers))
        let settings = options.topicSettings
        let selected: [TopicCandidate]
        do {
            // Each article's mentions are read once, when the expander asks (they may be in the scratch file).
            let mentionTexts = texts
            selected = TopicExpander(settings: settings).expand(
                TopicSelector(settings: settings).select(candidates, documents: index.documents, canonical: canonical, memo: memo),
                mentions: { a in duplicateOf[a] == nil ? mentionTexts[a].mentions : MentionList() },
                documents: index.documents, memo: memo)
        }
        for a in 0..<n { texts[a].mentions = MentionList() }
        let (summaries, related, relatedReused, relatedSaved) = side.wait()
        report.relatedReused = relatedReused
        report.saved = relatedSaved && report.saved
        // Each article's text is read once here, for its summary (and, to explain, every sentence).
        let explain = options.explain
        let finalTexts = texts
        let cut = Concurrent.map(n) { a in
            let paragraphs = articles[a].paragraphs
            return (summary: summaries[a].indices.map { finalTexts[a].sentence($0, in: paragraphs) },
                    all: explain ? finalTexts[a].sentences(in: paragraphs) : [])
        }
        let bestFirst = (0..<n).map { a in
            let scores = summaries[a].scores, indices = summaries[a].indices
            return indices.indices.sorted { scores[indices[$0]].total > scores[indices[$1]].total }.map { cut[a].summary[$0] }
        }
        let labelled = TopicLabels.merge(TopicMerger.mergeWordForms(selected), labels: articles.map { $0.categories + $0.tags }, duplicateOf: duplicateOf)
        let (topics, perArticle) = TopicBuilder().build(labelled, articles: articles, summaries: bestFirst,
                                                        duplicateOf: duplicateOf)
        let results = Concurrent.map(n) { a in
            var result = ArticleAnalysis(
                summary: cut[a].summary, summaryIndices: summaries[a].indices, sentences: cut[a].all,
                keyphrases: keyphrases[a].prefix(8).map(\.display), entities: finalTexts[a].entities.prefix(Self.entitiesShown).map(\.entity),
                topics: perArticle[a], related: related[a], duplicateOf: exactOf[a],
                scores: options.explain ? summaries[a].scores : [])
            result.versions = versions[a]
            result.searchNames = finalTexts[a].searchNames
            return result
        }
        return CorpusAnalysis(articles: results, topics: topics)
    }

    /// Ranked key phrases per article, weighted by document frequency among canonical articles
    /// (only one-word keys are ever looked up, so only those are counted).
    static func keyphrases(_ texts: [ArticleText], canonical: [Int]) -> [[KeyphraseExtractor.Candidate]] {
        // Counted in parts on all cores (reading the keys may mean reading the scratch file), then added up.
        let parts = 16, share = (canonical.count + parts - 1) / parts
        let counted = Concurrent.map(parts) { part -> [HashedKey: Int] in
            var df: [HashedKey: Int] = [:]
            for a in canonical.dropFirst(part * share).prefix(share) {
                for key in texts[a].unigramKeys { df[HashedKey(key), default: 0] += 1 }
            }
            return df
        }
        var df = counted[0]
        for part in counted.dropFirst() { df.merge(part, uniquingKeysWith: +) }
        let frequency = df
        return Concurrent.map(texts.count) {
            KeyphraseExtractor.rank(texts[$0].rankable, documentFrequency: frequency, articles: canonical.count)
        }
    }

    /// - Parameter untitled: whether each article's title was derived (`Article.titleIsDerived`).
    private func summarize(_ texts: [ArticleText], untitled: [Bool], index: CorpusIndex,
                           keyphrases: [[KeyphraseExtractor.Candidate]], store: SummaryStore) -> [Summarizer.Result] {
        let summarizer = Summarizer(weights: options.summaryWeights, count: options.summarySentences, explain: options.explain)
        let seed = summarizer.keySeed
        // Per worker: a dense sum for LexRank, made when first needed.
        let dimension = index.idf.count
        let worked = Concurrent.map(texts.count, state: { DenseSum?.none }) { sum, a in
            let keyTerms = Set(keyphrases[a].prefix(8).flatMap { $0.key.split(separator: " ") }
                .compactMap { index.termIDs[String($0)] })
            let key = store.isOn
                ? summarizer.cacheKey(seed: seed, text: store.keys[a], usage: index.usageDigests[a],
                                      distinct: index.documents[a].ids, keyTerms: keyTerms)
                : nil
            return Cached(key: key, reader: store.reader, decode: Summarizer.Result.init(decoding:), encode: { $0.encoded() }) {
                // Read and built only when the summary is worked out: the key does not need them.
                let vectors = index.sentenceVectors(article: a, bodyTerms: index.bodyTerms(of: a))
                let title = SparseVector(terms: index.titleTerms[a], idf: index.idf)
                if sum == nil { sum = DenseSum(dimension: dimension) }
                return summarizer.summarize(text: texts[a], vectors: vectors, title: title,
                                            titleIsDerived: untitled[a], keyTerms: keyTerms, scratch: &sum!)
            }
        }
        store.save(worked.compactMap(\.stored), reused: worked.count(where: \.reused))
        return worked.map(\.value)
    }

    /// An article's topic offers: its `limit` most mentioned entities and `limit` best key phrases.
    static func offers(entities: [EntityExtractor.Found], keyphrases: [KeyphraseExtractor.Candidate], limit: Int) -> [TopicCandidate.Offer] {
        let fromEntities = entities.prefix(limit).map {
            TopicCandidate.Offer(key: TopicCandidate.key($0.entity.name), name: $0.entity.name, kind: $0.entity.kind,
                                 strength: $0.entity.mentions)
        }
        // A display form of plain words keys as the phrase's own key (`isPlainWords`).
        let fromPhrases = keyphrases.lazy.filter { !Self.isLonePastForm($0.display) }.prefix(limit).map {
            TopicCandidate.Offer(key: Self.isPlainWords($0.display) ? $0.key : TopicCandidate.key($0.display),
                                 name: Self.capitalized($0.display), kind: nil, strength: $0.count)
        }
        return (fromEntities + fromPhrases).filter { !$0.key.isEmpty }
    }

    /// Every topic key the article mentions (`TopicCandidate.key` of its entities' names and of
    /// its phrases' display forms) as a `Mention`: the key's FNV-1a hash with its strength, by
    /// ascending hash. Keys are hashed as they are worked out, never built: a space always
    /// separates tokens, so the key of a name is the non-empty keys of its space-separated words
    /// joined by spaces, and each distinct word is keyed once per article.
    static func hashedMentions(entities: [EntityExtractor.Found], phrases: [KeyphraseExtractor.Candidate]) -> [Mention] {
        var pieces: [String: String] = [:]
        var all: [HashedKey: Int] = [:]
        pieces.reserveCapacity(phrases.count / 2)
        all.reserveCapacity(phrases.count + entities.count)
        func hash(_ name: String) -> UInt64 {
            var name = name
            return name.withUTF8 { bytes in
                var hash = FNV1a.offsetBasis, empty = true
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    let piece: String
                    if let known = pieces[word] { piece = known } else {
                        piece = TopicCandidate.key(word)
                        pieces[word] = piece
                    }
                    guard !piece.isEmpty else { continue }
                    if !empty { FNV1a.step(&hash, 0x20) }
                    hash = FNV1a.hash(piece.utf8, seed: hash)
                    empty = false
                }
                return hash
            }
        }
        for e in entities { all[HashedKey(hash(e.entity.name)), default: 0] += e.entity.mentions }
        for p in phrases {
            all[HashedKey(Self.isPlainWords(p.display) ? FNV1a.hash(p.key.utf8) : hash(p.display)), default: 0] += p.count
        }
        return all.map { Mention(key: $0.key.value, strength: Int32(clamping: $0.value)) }.sorted { $0.key < $1.key }
    }

    /// True when `text` is ASCII letters and digits in words separated by single spaces: then
    /// `TopicCandidate.key` of a phrase's display form is the phrase's own key (the same words,
    /// lower-cased and stemmed), and need not be worked out again.
    static func isPlainWords(_ text: String) -> Bool {
        var previousSpace = true
        for b in text.utf8 {
            if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 {
                previousSpace = false
            } else {
                return false
            }
        }
        return !previousSpace
    }

    /// A key phrase that is one lower-case word ending in "-ed" (not "-eed"), hyphenated or not:
    /// "scored", "arrested", "state-owned". It names an event or a quality, not a subject to
    /// gather stories under, so it is no topic offer. Capitalised forms ("Mohammed") are names.
    static func isLonePastForm(_ display: String) -> Bool {
        let bytes = display.utf8
        guard bytes.count > 4, bytes.allSatisfy({ $0 &- 0x61 < 26 || $0 == 0x2D }) else { return false }
        return display.hasSuffix("ed") && !display.hasSuffix("eed")
    }

    static func capitalized(_ phrase: String) -> String {
        guard let first = phrase.first else { return phrase }
        return first.uppercased() + phrase.dropFirst()
    }
}
