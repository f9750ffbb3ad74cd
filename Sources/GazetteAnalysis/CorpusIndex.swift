import GazetteCore

import Foundation

/// Corpus-wide term statistics: term ids, document frequencies and IDF, plus one TF-IDF vector
/// per article and per sentence.
///
/// Term ids follow the terms' UTF-8 bytes, so a vector's entries (by ascending id) come in an
/// order that depends on its own terms only: a sum over them, or over several vectors' terms,
/// is the same float whatever other terms the corpus has, and a result worked out from some
/// articles' vectors can be kept for the next build while those vectors are unchanged
/// (`TopicMemo`). Each article brings its distinct terms already in first-seen order; the
/// builder numbers them in first-seen order as batches come (after the last build's term table,
/// `TermTable`, whose terms keep their ids), then renumbers at `finish`.
/// IDF is worked out from document frequencies rounded to three significant bits (`rounded`).
struct CorpusIndex: Sendable {
    /// Body term ids per article, sentence after sentence (see `ArticleText.sentenceStarts`),
    /// in memory, in the builder's scratch file or left in the analysis cache's file: only the
    /// summaries worked out read them. They are stored as the article's local ids, which its
    /// use's ids map to the builder's ids, which `renumbered` maps to term ids.
    private var storedBodyTerms: [Spilled<TermCodec>]
    /// Each article's distinct terms (builder ids) with their counts: local ids index them.
    private var uses: [Spilled<TermUseCodec>]
    private var renumbered: [Int32]
    var sentenceStarts: [[Int32]]
    var titleTerms: [[Int32]]
    /// Number of articles containing each term (title or body).
    var documentFrequency: [Int32]
    var idf: [Double]
    /// One L2-normalised TF-IDF vector per article (body and title).
    var documents: [SparseVector]
    /// Per article, a digest of its terms' ranks among its ids and their IDF, in the order the
    /// article first uses them (`TermUse.vectorAndDigest`): what its summary's TF-IDF weights
    /// depend on.
    var usageDigests: [Hash128]
    var termText: [String]
    /// The id of each term.
    var termIDs: [String: Int32]

    private init(bodyTerms: [Spilled<TermCodec>], uses: [Spilled<TermUseCodec>], renumbered: [Int32],
                 sentenceStarts: [[Int32]], titleTerms: [[Int32]], documentFrequency: [Int32], idf: [Double],
                 documents: [SparseVector], usageDigests: [Hash128], termText: [String], termIDs: [String: Int32]) {
        self.storedBodyTerms = bodyTerms
        self.uses = uses
        self.renumbered = renumbered
        self.sentenceStarts = sentenceStarts
        self.titleTerms = titleTerms
        self.documentFrequency = documentFrequency
        self.idf = idf
        self.documents = documents
        self.usageDigests = usageDigests
        self.termText = termText
        self.termIDs = termIDs
    }

    /// The index of `texts` in one batch (the analyzer adds batches to a `Builder` instead, so
    /// that it can drop each batch's per-article terms).
    init(texts: [ArticleText]) {
        var texts = texts
        var builder = Builder()
        builder.add(&texts)
        self = builder.finish()
    }

    /// Builds the index a batch of articles at a time, in article order (so term ids are those
    /// of a single pass), taking each article's terms out of its `ArticleText` as it goes: only
    /// one batch's per-article term strings are held at once. With a scratch file, each
    /// article's distinct terms with their counts wait there (read back once, for its document
    /// vector), and so do its body term ids (read back only to work out its summary).
    struct Builder {
        private var ids: [String: Int32] = [:]
        private var termText: [String] = []
        private var df: [Int32] = []
        private var bodyTerms: [Spilled<TermCodec>] = []
        private var uses: [Spilled<TermUseCodec>] = []
        private var sentenceStarts: [[Int32]] = []
        private var titleTerms: [[Int32]] = []
        private let scratch: ScratchFile?
        /// The last build's term table: its terms keep their ids, and its byte order is merged
        /// with the new terms' instead of sorting every term again.
        private let tableOrder: [Int32]?

        /// - Parameter table: the last build's terms (`TermTable`), whose ids texts read with
        ///   `tableTerms` use.
        init(scratch: ScratchFile? = nil, table: TermTable? = nil) {
            self.scratch = scratch
            tableOrder = table?.order
            if let table {
                termText = table.terms
                df = [Int32](repeating: 0, count: table.terms.count)
                ids.reserveCapacity(table.terms.count)
                for (id, term) in table.terms.enumerated() { ids[term] = Int32(id) }
            }
        }

        /// Indexes `texts` (the next articles in order) and empties their `localTerms`,
        /// `tableTerms`, `titleTerms` and `bodyTerms`.
        /// - Parameter stored: per article, its use as the term table's file holds it, for a text
        ///   read with `tableTerms` (it stays there until the document vectors are made).
        /// - Returns: the use of each article without a stored one, its ids in the table.
        @discardableResult
        mutating func add(_ texts: inout [ArticleText], stored: [Spilled<TermUseCodec>?]? = nil) -> [TermUse?] {
            let batch = texts
            // Terms the corpus already has are looked up on all cores (a text read with its table
            // ids has them); only the batch's new terms are then numbered, one article after
            // another, so ids stay in first-seen order.
            let found = { [ids] in
                Concurrent.map(batch.count) { a in batch[a].tableTerms ?? batch[a].localTerms.map { ids[$0] ?? -1 } }
            }()
            var globals: [[Int32]] = []
            globals.reserveCapacity(batch.count)
            for (a, var global) in found.enumerated() {
                for k in global.indices where global[k] < 0 {
                    let term = batch[a].localTerms[k]
                    if let known = ids[term] { global[k] = known } else {
                        global[k] = Int32(termText.count)
                        ids[term] = global[k]
                        termText.append(term)
                        df.append(0)
                    }
                }
                for t in global { df[Int(t)] += 1 }
                globals.append(global)
            }
            let map = globals, scratch = scratch
            // Body terms keep their local ids (`bodyTerms(of:)` maps them through the use's ids);
            // a cached text's stay in the cache file, as does a stored use.
            typealias Mapped = (title: [Int32], body: Spilled<TermCodec>, use: Spilled<TermUseCodec>, made: TermUse?)
            let mapped = Concurrent.map(batch.count) { a -> Mapped in
                let title = batch[a].titleTerms.map { map[a][Int($0)] }
                var body = batch[a].storedBodyTerms
                if batch[a].tableTerms != nil, let use = stored?[a] { return (title, body, use, nil) }
                let local = body.value
                if let scratch { body.spill(to: scratch) }
                var counts = [Int32](repeating: 0, count: map[a].count)
                for t in batch[a].titleTerms { counts[Int(t)] += 1 }
                for t in local { counts[Int(t)] += 1 }
                let made = TermUse(ids: map[a], counts: counts)
                var use = Spilled<TermUseCodec>(made)
                if let scratch { use.spill(to: scratch) }
                return (title, body, use, made)
            }
            for (a, terms) in mapped.enumerated() {
                titleTerms.append(terms.title)
                bodyTerms.append(terms.body)
                uses.append(terms.use)
                sentenceStarts.append(texts[a].sentenceStarts)
                texts[a].localTerms = []
                texts[a].tableTerms = nil
                texts[a].titleTerms = []
                texts[a].bodyTerms = []
            }
            return mapped.map(\.made)
        }

        /// `df` to three significant bits, at the middle of its step (exact up to 8): one more or
        /// one fewer article rarely moves a common term to another step, so one edit leaves the
        /// IDF, and so the vectors, of the other articles as they were (and `TopicMemo`'s results
        /// with them). The IDF moves by at most 0.12; on bbc-dev and human-dev, summary ROUGE,
        /// topic purity and coverage and related-story agreement moved by at most 0.004.
        static func rounded(_ df: Int32) -> Double {
            guard df > 8 else { return Double(df) }
            let step = Int32(1) << (Int32(32 - df.leadingZeroBitCount) - 3)
            return Double(df / step * step) + Double(step - 1) / 2
        }

        /// The index of every article added, its terms renumbered in byte order: IDF and
        /// document vectors need the whole corpus.
        func finish() -> CorpusIndex {
            finishWithTable().index
        }

        /// `finish()`, with the term table for the next build: `nil` when unused terms from
        /// the last build's table outnumber the used ones (`TermTable.isWasteful`).
        func finishWithTable() -> (index: CorpusIndex, table: TermTable?) {
            let all: [Int32]
            if let tableOrder {
                all = TermTable.merged(tableOrder, adding: (tableOrder.count..<termText.count).map(Int32.init), terms: termText)
            } else {
                all = StringOrder.byteOrder(termText)
            }
            // Terms of the last build's table that no article has now are left out of the index.
            let order = all.contains(where: { self.df[Int($0)] == 0 }) ? all.filter { self.df[Int($0)] > 0 } : all
            var renumbered = [Int32](repeating: -1, count: termText.count)
            for (id, first) in order.enumerated() { renumbered[Int(first)] = Int32(id) }
            let n = Double(bodyTerms.count)
            let df = order.map { self.df[Int($0)] }
            let idf = df.map { Foundation.log((n + 1) / (Self.rounded($0) + 0.5)) + 0.1 }
            let map = renumbered
            let titles = Concurrent.map(titleTerms.count) { [titleTerms] a in titleTerms[a].map { map[Int($0)] } }
            let uses = uses
            let built = Concurrent.map(uses.count, state: { [Int32](repeating: -1, count: idf.count) }) { positions, a in
                let use = uses[a].value
                return TermUse(ids: use.ids.map { map[Int($0)] }, counts: use.counts)
                    .vectorAndDigest(idf: idf, positions: &positions)
            }
            let termIDs = order.count == termText.count
                ? ids.mapValues { map[Int($0)] }
                : ids.compactMapValues { map[Int($0)] >= 0 ? map[Int($0)] : nil }
            let index = CorpusIndex(bodyTerms: bodyTerms, uses: uses, renumbered: map, sentenceStarts: sentenceStarts,
                                    titleTerms: titles, documentFrequency: df, idf: idf, documents: built.map(\.vector),
                                    usageDigests: built.map(\.digest), termText: order.map { termText[Int($0)] },
                                    termIDs: termIDs)
            let table = TermTable(terms: termText, order: all)
            return (index, table.isWasteful(used: order.count) ? nil : table)
        }
    }

    /// Article `a`'s body term ids, sentence after sentence (read from the scratch or cache file
    /// each time when they are there).
    func bodyTerms(of a: Int) -> [Int32] {
        let ids = uses[a].value.ids
        return storedBodyTerms[a].value.map { renumbered[Int(ids[Int($0)])] }
    }

    /// The TF-IDF vector of each sentence of article `a`, whose body term ids are `bodyTerms`.
    func sentenceVectors(article a: Int, bodyTerms: [Int32]) -> [SparseVector] {
        let starts = sentenceStarts[a]
        return (0..<max(0, starts.count - 1)).map { s in
            SparseVector(terms: Array(bodyTerms[Int(starts[s])..<Int(starts[s + 1])]), idf: idf)
        }
    }
}

/// Term ids as varints.
enum TermCodec: ScratchCodec {
    static func write(_ terms: [Int32], to out: inout BinaryWriter) { out.write(varints: terms) }
    static func read(_ input: inout BinaryReader) -> [Int32]? { input.readVarints() }
    static func skip(_ input: inout BinaryReader) -> Bool { input.skipArray { $0.readVarintInt32() != nil } }
}

/// An article's distinct terms in the order it first uses them (title, then body), with how
/// often it uses each.
struct TermUse: Sendable, Equatable {
    var ids: [Int32]
    var counts: [Int32]

    /// The article's document vector, the same as `SparseVector(terms:idf:)` of all its uses, and
    /// its usage digest: each term's rank among its ids and its IDF, bit for bit, in first-use
    /// order. A term's rank keeps what the arithmetic of its summary depends on (which weights
    /// meet in a dot product, and in which order they are summed) while ids elsewhere in the
    /// corpus shift.
    /// - Parameter positions: scratch space as long as `idf`, all -1, and left so.
    func vectorAndDigest(idf: [Double], positions: inout [Int32]) -> (vector: SparseVector, digest: Hash128) {
        for (k, id) in ids.enumerated() { positions[Int(id)] = Int32(k) }
        var sorted = ids
        sorted.sortIDs()
        var rank = [Int32](repeating: 0, count: ids.count)
        var weights: [Double] = []
        weights.reserveCapacity(ids.count)
        for (r, id) in sorted.enumerated() {
            let k = Int(positions[Int(id)])
            positions[Int(id)] = -1
            rank[k] = Int32(r)
            weights.append(SparseVector.weight(count: Int(counts[k]), idf: idf[Int(id)]))
        }
        var vector = SparseVector(ids: sorted, weights: weights)
        vector.normalize()
        var hasher = Hasher128()
        hasher.add(UInt64(ids.count))
        for k in ids.indices {
            hasher.add(UInt64(rank[k]))
            hasher.add(idf[Int(ids[k])].bitPattern)
        }
        return (vector, hasher.hash)
    }
}

/// Term uses as varints.
enum TermUseCodec: ScratchCodec {
    static func write(_ use: TermUse, to out: inout BinaryWriter) {
        out.write(varints: use.ids)
        out.write(varints: use.counts)
    }

    static func read(_ input: inout BinaryReader) -> TermUse? {
        guard let ids = input.readVarints(), let counts = input.readVarints(), counts.count == ids.count else { return nil }
        return TermUse(ids: ids, counts: counts)
    }

    static func skip(_ input: inout BinaryReader) -> Bool {
        TermCodec.skip(&input) && TermCodec.skip(&input)
    }
}
