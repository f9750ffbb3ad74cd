import GazetteCore

/// One article split into sentences and tokens: the per-article input of every later step.
struct ArticleText: Sendable {
    /// Body sentences in article order.
    var sentences: [String]
    /// Words of each sentence with their surface forms.
    var tokens: [[WordToken]]
    /// Stemmed content terms of each sentence.
    var terms: [[String]]
    /// Stemmed content terms of the title; empty when the title was derived from the body.
    var titleTerms: [String]
    /// Lower-cased words of the whole body, in order (for shingles).
    var words: [String] { tokens.flatMap { $0.map(\.lower) } }
    /// Word count of each sentence (white-space separated).
    var wordCounts: [Int]

    init(article: Article, splitter: SentenceSplitter) {
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
        self.tokens = tokens
        self.wordCounts = wordCounts
        terms = tokens.map(WordToken.terms)
        titleTerms = article.titleIsDerived ? [] : WordToken.terms(WordToken.tokens(article.title))
    }
}
