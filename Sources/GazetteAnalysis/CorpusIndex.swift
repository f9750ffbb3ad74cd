import Foundation

/// Corpus-wide term statistics: term ids, document frequencies and IDF, plus one TF-IDF vector
/// per article and per sentence.
///
/// Term ids are assigned in first-seen order (article order, then sentence and word order), so
/// they, and everything derived from them, are the same on every run.
struct CorpusIndex: Sendable {
    /// Sentence term ids per article, parallel to `ArticleText.terms`.
    var sentenceTerms: [[[Int32]]]
    var titleTerms: [[Int32]]
    /// Number of articles containing each term (title or body).
    var documentFrequency: [Int32]
    var idf: [Double]
    /// One L2-normalised TF-IDF vector per article (body and title).
    var documents: [SparseVector]
    var termText: [String]
    /// The id of each term.
    var termIDs: [String: Int32]

    init(texts: [ArticleText]) {
        var ids: [String: Int32] = [:]
        var termText: [String] = []
        var df: [Int32] = []
        var lastSeen: [Int] = []
        func id(_ term: String, article: Int) -> Int32 {
            let t: Int32
            if let known = ids[term] { t = known } else {
                t = Int32(termText.count)
                ids[term] = t
                termText.append(term)
                df.append(0)
                lastSeen.append(-1)
            }
            if lastSeen[Int(t)] != article {
                lastSeen[Int(t)] = article
                df[Int(t)] += 1
            }
            return t
        }
        var sentenceTerms: [[[Int32]]] = []
        var titleTerms: [[Int32]] = []
        sentenceTerms.reserveCapacity(texts.count)
        for (a, text) in texts.enumerated() {
            titleTerms.append(text.titleTerms.map { id($0, article: a) })
            sentenceTerms.append(text.terms.map { $0.map { id($0, article: a) } })
        }
        let n = Double(texts.count)
        let idf = df.map { Foundation.log((n + 1) / (Double($0) + 0.5)) + 0.1 }
        self.sentenceTerms = sentenceTerms
        self.titleTerms = titleTerms
        self.documentFrequency = df
        self.idf = idf
        self.termText = termText
        self.termIDs = ids
        let titles = titleTerms, bodies = sentenceTerms
        documents = Parallel.map(texts.count) { a in
            SparseVector(terms: titles[a] + bodies[a].flatMap { $0 }, idf: idf)
        }
    }

    /// The TF-IDF vector of one sentence.
    func sentenceVector(article: Int, sentence: Int) -> SparseVector {
        SparseVector(terms: sentenceTerms[article][sentence], idf: idf)
    }
}
