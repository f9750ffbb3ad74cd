import GazetteCore

/// What later steps need of one article, computed in one pass over its tokens (which are then
/// dropped, so memory stays bounded by the compact results): sentences, term ids, the words for
/// shingles, key-phrase candidates, entities and topic mentions.
struct ArticleText: Sendable {
    /// Body sentences in article order.
    var sentences: [String]
    /// Word count of each sentence (white-space separated).
    var wordCounts: [Int]
    /// The article's distinct stemmed content terms, in first-seen order (title first, then body).
    var localTerms: [String]
    /// Local ids (into `localTerms`) of the title's terms; empty when the title was derived.
    var titleTerms: [Int32]
    /// Local ids of the body's terms, sentence after sentence; sentence `s` has
    /// `bodyTerms[sentenceStarts[s]..<sentenceStarts[s + 1]]`.
    var bodyTerms: [Int32]
    var sentenceStarts: [Int32]
    /// MinHash signature of the body's word shingles (nil when too short), for near-duplicates;
    /// the words themselves are not kept.
    var signature: [UInt64]?
    /// Key-phrase candidates that `KeyphraseExtractor.rank` may keep, sorted by key.
    var rankable: [KeyphraseExtractor.Candidate]
    /// FNV-1a hashes of the one-word candidates' keys (for document frequencies).
    var unigramKeys: [UInt64]
    /// Entities, most mentioned first.
    var entities: [EntityExtractor.Found]
    /// Every topic key the article mentions (hashed) with its strength, by ascending hash.
    var mentions: [Mention]

    /// - Parameter keepEntities: how many of the most mentioned entities to keep (all of them count
    ///   towards `mentions`).
    init(article: Article, splitter: SentenceSplitter, keepEntities: Int = .max) {
        var sentences: [String] = []
        var tokens: [[WordToken]] = []
        var wordCounts: [Int] = []
        var text = ScalarText()
        var ranges: [Range<Int>] = []
        for paragraph in article.paragraphs {
            text.load(paragraph)
            ranges.removeAll(keepingCapacity: true)
            splitter.split(text, into: &ranges)
            for range in ranges {
                sentences.append(text.string(range.lowerBound, range.upperBound))
                var count = 0, inWord = false
                for k in range { let space = text[k].isSpaceScalar; if !space && !inWord { count += 1 }; inWord = !space }
                wordCounts.append(count)
                var sentenceTokens: [WordToken] = []
                WordToken.tokens(text, in: range, into: &sentenceTokens)
                tokens.append(sentenceTokens)
            }
        }
        self.sentences = sentences
        self.wordCounts = wordCounts

        // Terms, interned per article in first-seen order.
        var ids: [String: Int32] = [:]
        var localTerms: [String] = []
        func id(_ term: String) -> Int32 {
            if let known = ids[term] { return known }
            let t = Int32(localTerms.count)
            ids[term] = t
            localTerms.append(term)
            return t
        }
        // A token's terms depend only on its lower-cased form: work them out once per word.
        var byWord: [String: Range<Int32>] = [:]
        var wordTerms: [Int32] = []
        func terms(_ token: WordToken, into out: inout [Int32]) {
            if let known = byWord[token.lower] {
                for k in known { out.append(wordTerms[Int(k)]) }
                return
            }
            let start = Int32(wordTerms.count)
            WordToken.terms(of: token) { wordTerms.append(id($0)) }
            let range = start..<Int32(wordTerms.count)
            byWord[token.lower] = range
            for k in range { out.append(wordTerms[Int(k)]) }
        }
        var titleTerms: [Int32] = []
        if !article.titleIsDerived {
            for token in WordToken.tokens(article.title) { terms(token, into: &titleTerms) }
        }
        var bodyTerms: [Int32] = []
        var starts: [Int32] = [0]
        var words: [String] = []
        starts.reserveCapacity(tokens.count + 1)
        for sentence in tokens {
            for token in sentence {
                words.append(token.lower)
                terms(token, into: &bodyTerms)
            }
            starts.append(Int32(bodyTerms.count))
        }
        self.localTerms = localTerms
        self.titleTerms = titleTerms
        self.bodyTerms = bodyTerms
        self.sentenceStarts = starts
        signature = DuplicateDetector.signature(DuplicateDetector.shingles(words))

        let candidates = KeyphraseExtractor.candidates(sentences: tokens)
        entities = EntityExtractor.extract(sentences: tokens)
        rankable = candidates.filter(\.isRankable).sorted { $0.key < $1.key }
        unigramKeys = candidates.compactMap { $0.length == 1 ? FNV1a.hash($0.key.utf8) : nil }
        mentions = Analyzer.hashedMentions(entities: entities, phrases: candidates)
        if entities.count > keepEntities { entities = Array(entities.prefix(keepEntities)) }  // a new, smaller buffer
    }

    /// Local term ids of sentence `s`.
    func terms(ofSentence s: Int) -> ArraySlice<Int32> {
        bodyTerms[Int(sentenceStarts[s])..<Int(sentenceStarts[s + 1])]
    }
}

/// A topic key an article mentions, by its FNV-1a hash, with its strength. Every article keeps its
/// mentions until topics are chosen; as strings they were a third of the per-article text memory.
struct Mention: Sendable, Hashable {
    var key: UInt64
    var strength: Int32
}
