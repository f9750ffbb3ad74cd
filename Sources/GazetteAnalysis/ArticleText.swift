import GazetteCore

/// One article split into sentences and tokens: the per-article input of every later step.
struct ArticleText: Sendable {
    /// Body sentences in article order.
    var sentences: [String]
    /// For each sentence, the paragraph it came from and its position in that paragraph.
    var paragraph: [Int]
    var positionInParagraph: [Int]
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
        var paragraph: [Int] = []
        var position: [Int] = []
        for (p, text) in article.paragraphs.enumerated() {
            for (k, sentence) in splitter.split(text).enumerated() {
                sentences.append(sentence)
                paragraph.append(p)
                position.append(k)
            }
        }
        self.sentences = sentences
        self.paragraph = paragraph
        self.positionInParagraph = position
        tokens = sentences.map(WordToken.tokens)
        terms = tokens.map(WordToken.terms)
        wordCounts = sentences.map { s in
            var count = 0, inWord = false
            for c in s.unicodeScalars { let space = c.isSpaceScalar; if !space && !inWord { count += 1 }; inWord = !space }
            return count
        }
        titleTerms = article.titleIsDerived ? [] : WordToken.terms(WordToken.tokens(article.title))
    }
}
