import GazetteCore

/// What later steps need of one article, computed in one pass over its tokens (which are then
/// dropped, so memory stays bounded by the compact results): sentences, term ids, the words for
/// shingles, key-phrase candidates, entities and topic mentions.
struct ArticleText: Sendable, Equatable {
    /// Where each body sentence lies in the article's paragraphs, in article order; the text is
    /// cut out again when needed (`sentence(_:of:)`), so it is not held twice during analysis.
    var spans: [SentenceSpan]
    /// Word count of each sentence (white-space separated).
    var wordCounts: [Int]
    /// Whether each sentence may be used in a summary (`SentenceFilter`).
    var usable: [Bool]
    /// Whether each sentence begins inside a quotation opened in an earlier one
    /// (`SentenceFilter.continuesQuotation`; such a sentence is not `usable`).
    var continuesQuote: [Bool]
    /// The article's distinct stemmed content terms, in first-seen order (title first, then body).
    var localTerms: [String]
    /// The ids of `localTerms` in the last build's term table, when the text was read with them
    /// (`TermTable`); `localTerms` is then empty.
    var tableTerms: [Int32]?
    /// Local ids (into `localTerms`) of the title's terms; empty when the title was derived.
    var titleTerms: [Int32]
    /// Local ids of the body's terms, sentence after sentence; sentence `s` has
    /// `bodyTerms[sentenceStarts[s]..<sentenceStarts[s + 1]]`.
    var bodyTerms: [Int32] {
        get { storedBodyTerms.value }
        set { storedBodyTerms.value = newValue }
    }
    /// `bodyTerms`, which a text read from the cache leaves there: the corpus index keeps them
    /// for the summaries, which read them only for an article whose summary is worked out.
    var storedBodyTerms: Spilled<TermCodec>
    var sentenceStarts: [Int32]
    /// MinHash signature of the body's word shingles (nil when too short), for near-duplicates;
    /// the words themselves are not kept.
    var signature: [UInt64]?
    /// Key-phrase candidates that `KeyphraseExtractor.rank` may keep, sorted by key.
    var rankable: [KeyphraseExtractor.Candidate] {
        get { spilledRankable.value }
        set { spilledRankable.value = newValue }
    }
    /// FNV-1a hashes of the one-word candidates' keys (for document frequencies).
    var unigramKeys: [UInt64] {
        get { spilledUnigramKeys.value }
        set { spilledUnigramKeys.value = newValue }
    }
    /// Entities, most mentioned first.
    var entities: [EntityExtractor.Found]
    /// Every topic key the article mentions (hashed) with its strength, by ascending hash.
    var mentions: MentionList {
        get { spilledMentions.value }
        set { spilledMentions.value = newValue }
    }
    /// Names for the site's search index (`SearchNames`).
    var searchNames: [String]
    /// `DuplicateDetector.copyHash` of the title and body, for finding exact copies without
    /// reading every body again.
    var copyHash: UInt64

    // The three largest parts (about 10 KB an article together), each read by one corpus step
    // once the whole text pass is done: `spill(to:)` moves them out of memory until then.
    private var spilledRankable: Spilled<CandidateCodec>
    private var spilledUnigramKeys: Spilled<KeyCodec>
    private var spilledMentions: Spilled<MentionCodec>

    /// - Parameter keepEntities: how many of the most mentioned entities to keep (all of them count
    ///   towards `mentions`).
    init(article: Article, splitter: SentenceSplitter, keepEntities: Int = .max) {
        var spans: [SentenceSpan] = []
        var usable: [Bool] = []
        var continuesQuote: [Bool] = []
        var tokens: [[WordToken]] = []
        var wordCounts: [Int] = []
        var text = ScalarText()
        var ranges: [Range<Int>] = []
        for (p, paragraph) in article.paragraphs.enumerated() {
            text.load(paragraph)
            ranges.removeAll(keepingCapacity: true)
            splitter.split(text, into: &ranges)
            for range in ranges {
                spans.append(SentenceSpan(paragraph: Int32(p), start: Int32(text.offsets[range.lowerBound]),
                                          end: Int32(text.offsets[range.upperBound])))
                var count = 0, inWord = false
                for k in range { let space = text[k].isSpaceScalar; if !space && !inWord { count += 1 }; inWord = !space }
                wordCounts.append(count)
                let sentence = text.string(range.lowerBound, range.upperBound)
                let continues = SentenceFilter.continuesQuotation(sentence)
                continuesQuote.append(continues)
                usable.append(SentenceFilter.rejection(sentence, words: count, continuesQuote: continues) == nil)
                var sentenceTokens: [WordToken] = []
                WordToken.tokens(text, in: range, into: &sentenceTokens)
                tokens.append(sentenceTokens)
            }
        }
        self.spans = spans
        self.wordCounts = wordCounts
        self.usable = usable
        self.continuesQuote = continuesQuote

        // Word ids, title first; a token's terms depend only on its word: worked out once per word.
        var titleTokens = [article.titleIsDerived ? [] : WordToken.tokens(article.title)]
        var words = StringIDs(capacity: tokens.reduce(titleTokens[0].count) { $0 + $1.count } / 2)
        words.assignWords(&titleTokens)
        words.assignWords(&tokens)
        var byWord = [Range<Int32>?](repeating: nil, count: words.count)
        // Terms, interned per article in first-seen order.
        var localTerms = StringIDs(capacity: words.count)
        var wordTerms: [Int32] = []
        func terms(_ token: WordToken, into out: inout [Int32]) {
            if let known = byWord[Int(token.word)] {
                for k in known { out.append(wordTerms[Int(k)]) }
                return
            }
            let start = Int32(wordTerms.count)
            WordToken.terms(of: token) { wordTerms.append(localTerms.id($0)) }
            let range = start..<Int32(wordTerms.count)
            byWord[Int(token.word)] = range
            for k in range { out.append(wordTerms[Int(k)]) }
        }
        var titleTerms: [Int32] = []
        for token in titleTokens[0] { terms(token, into: &titleTerms) }
        var bodyTerms: [Int32] = []
        var starts: [Int32] = [0]
        var bodyWords: [String] = []
        starts.reserveCapacity(tokens.count + 1)
        for sentence in tokens {
            for token in sentence {
                bodyWords.append(token.lower)
                terms(token, into: &bodyTerms)
            }
            starts.append(Int32(bodyTerms.count))
        }
        self.localTerms = localTerms.strings
        self.titleTerms = titleTerms
        self.storedBodyTerms = Spilled(bodyTerms)
        self.sentenceStarts = starts
        signature = DuplicateDetector.signature(DuplicateDetector.shingles(bodyWords))

        let candidates = KeyphraseExtractor.candidates(sentences: tokens, words: words)
        entities = EntityExtractor.extract(sentences: tokens, words: words)
        spilledRankable = Spilled(candidates.filter(\.isRankable).sorted { $0.key < $1.key })
        spilledUnigramKeys = Spilled(candidates.compactMap { $0.length == 1 ? FNV1a.hash($0.key.utf8) : nil })
        spilledMentions = Spilled(MentionList(Analyzer.hashedMentions(entities: entities, phrases: candidates)))
        if entities.count > keepEntities { entities = Array(entities.prefix(keepEntities)) }  // a new, smaller buffer
        searchNames = SearchNames.names(article: article, entities: entities.prefix(Analyzer.entitiesShown).map(\.entity.name))
        copyHash = DuplicateDetector.copyHash(article.title, article.paragraphs)
    }

    /// A text as `encoded()` stored it.
    init(spans: [SentenceSpan], wordCounts: [Int], usable: [Bool], continuesQuote: [Bool], localTerms: [String], titleTerms: [Int32],
         bodyTerms: Spilled<TermCodec>, sentenceStarts: [Int32], signature: [UInt64]?, rankable: Spilled<CandidateCodec>,
         unigramKeys: Spilled<KeyCodec>, entities: [EntityExtractor.Found], mentions: Spilled<MentionCodec>,
         searchNames: [String], copyHash: UInt64) {
        self.spans = spans
        self.wordCounts = wordCounts
        self.usable = usable
        self.continuesQuote = continuesQuote
        self.localTerms = localTerms
        self.titleTerms = titleTerms
        self.storedBodyTerms = bodyTerms
        self.sentenceStarts = sentenceStarts
        self.signature = signature
        self.spilledRankable = rankable
        self.spilledUnigramKeys = unigramKeys
        self.entities = entities
        self.spilledMentions = mentions
        self.searchNames = searchNames
        self.copyHash = copyHash
    }

    /// Moves `rankable`, `unigramKeys` and `mentions` to `file` (each stays in memory if the file
    /// cannot take it); they are read back from it when asked for.
    mutating func spill(to file: ScratchFile) {
        spilledRankable.spill(to: file)
        spilledUnigramKeys.spill(to: file)
        spilledMentions.spill(to: file)
    }

    /// Whether `spill(to:)` moved all three parts out of memory.
    var isSpilled: Bool {
        spilledRankable.isStored && spilledUnigramKeys.isStored && spilledMentions.isStored
    }

    /// The text of sentence `s`; `article` must be the one this text was made from.
    func sentence(_ s: Int, of article: Article) -> String {
        spans[s].text(in: article.paragraphs)
    }

    /// Sentence `s`'s text, from the article's `paragraphs` (read once for several sentences).
    func sentence(_ s: Int, in paragraphs: [String]) -> String {
        spans[s].text(in: paragraphs)
    }

    /// Every sentence's text, in order.
    func sentences(of article: Article) -> [String] {
        sentences(in: article.paragraphs)
    }

    /// Every sentence's text, from the article's `paragraphs`.
    func sentences(in paragraphs: [String]) -> [String] {
        spans.map { $0.text(in: paragraphs) }
    }

    /// Local term ids of sentence `s`.
    func terms(ofSentence s: Int) -> ArraySlice<Int32> {
        bodyTerms[Int(sentenceStarts[s])..<Int(sentenceStarts[s + 1])]
    }
}

/// A topic key an article mentions, by its FNV-1a hash, with its strength.
struct Mention: Sendable, Hashable {
    var key: UInt64
    var strength: Int32
}

/// An article's mentions, stored in 9 bytes each instead of 16: every article keeps its mentions
/// (about 450 of them) until topics are chosen, and nearly every strength fits a byte; larger ones
/// are kept aside.
struct MentionList: Sendable, Equatable {
    /// Keys in the order given (ascending hash).
    private(set) var keys: [UInt64] = []
    private var strengths: [UInt8] = []
    /// Strengths of 255 and more, by position.
    private var large: [Int32: Int32] = [:]

    init() {}

    init(_ mentions: [Mention]) {
        keys = mentions.map(\.key)
        strengths = mentions.map { UInt8(clamping: $0.strength) }
        for (i, m) in mentions.enumerated() where m.strength >= 255 { large[Int32(i)] = m.strength }
    }

    var count: Int { keys.count }

    func strength(at i: Int) -> Int32 {
        strengths[i] == 255 ? large[Int32(i)]! : Int32(strengths[i])
    }

    /// The mentions as given.
    var all: [Mention] { keys.indices.map { Mention(key: keys[$0], strength: strength(at: $0)) } }
}

/// A sentence as the UTF-8 byte range `start..<end` of paragraph `paragraph`: 12 bytes instead of
/// a string.
struct SentenceSpan: Sendable, Hashable {
    var paragraph: Int32
    var start: Int32
    var end: Int32

    func text(in paragraphs: [String]) -> String {
        var paragraph = paragraphs[Int(self.paragraph)]
        return paragraph.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)]), as: UTF8.self) }
    }
}
