import GazetteCore

import Foundation

/// Corpus-wide term statistics: term ids, document frequencies and IDF, plus one TF-IDF vector
/// per article and per sentence.
///
/// Term ids are assigned in first-seen order (article order, then sentence and word order), so
/// they, and everything derived from them, are the same on every run. Each article brings its
/// distinct terms already in first-seen order, so only those are looked up here.
struct CorpusIndex: Sendable {
    /// Body term ids per article, sentence after sentence (see `ArticleText.sentenceStarts`).
    var bodyTerms: [[Int32]]
    var sentenceStarts: [[Int32]]
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
        var globals: [[Int32]] = []
        globals.reserveCapacity(texts.count)
        for text in texts {
            var global: [Int32] = []
            global.reserveCapacity(text.localTerms.count)
            for term in text.localTerms {
                let t: Int32
                if let known = ids[term] { t = known } else {
                    t = Int32(termText.count)
                    ids[term] = t
                    termText.append(term)
                    df.append(0)
                }
                df[Int(t)] += 1
                global.append(t)
            }
            globals.append(global)
        }
        let n = Double(texts.count)
        let idf = df.map { Foundation.log((n + 1) / (Double($0) + 0.5)) + 0.1 }
        let map = globals
        let mapped = Concurrent.map(texts.count) { a -> (title: [Int32], body: [Int32]) in
            (texts[a].titleTerms.map { map[a][Int($0)] }, texts[a].bodyTerms.map { map[a][Int($0)] })
        }
        self.titleTerms = mapped.map(\.title)
        self.bodyTerms = mapped.map(\.body)
        self.sentenceStarts = texts.map(\.sentenceStarts)
        self.documentFrequency = df
        self.idf = idf
        self.termText = termText
        self.termIDs = ids
        let titles = titleTerms, bodies = bodyTerms
        documents = Concurrent.map(texts.count) { a in
            SparseVector(terms: titles[a] + bodies[a], idf: idf)
        }
    }

    /// The TF-IDF vector of one sentence.
    func sentenceVector(article: Int, sentence: Int) -> SparseVector {
        let starts = sentenceStarts[article]
        return SparseVector(terms: Array(bodyTerms[article][Int(starts[sentence])..<Int(starts[sentence + 1])]), idf: idf)
    }
}
