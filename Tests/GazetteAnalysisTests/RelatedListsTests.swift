import GazetteCore
import Testing

@testable import GazetteAnalysis

@Suite("Related lists kept between builds")
struct RelatedListsTests {
    struct Corpus {
        var documents: [SparseVector]
        var group: [Int]
    }

    /// Numbers from hashing a seed and a counter: the same vectors on every run.
    struct Mix: RandomNumberGenerator {
        var state: UInt64
        var counter: UInt64 = 0
        init(state: UInt64) { self.state = state }
        mutating func next() -> UInt64 {
            counter += 1
            var hasher = Hasher128()
            hasher.add(state)
            hasher.add(counter)
            return hasher.hash.high
        }
    }

    /// A normalised vector of 30 to 60 of 400 terms.
    static func vector(_ random: inout Mix) -> SparseVector {
        let ids = Array(Set((0..<Int.random(in: 30...60, using: &random)).map { _ in Int32.random(in: 0..<400, using: &random) })).sorted()
        let weights = ids.map { _ in Double.random(in: 0.1...1, using: &random) }
        let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return SparseVector(ids: ids, weights: weights.map { $0 / norm })
    }

    /// 300 articles; 20 and 21 have one vector (equal scores, ties by index); 30 to 32 are one
    /// duplicate group, and so are 33 and 34, copies with one vector.
    static func corpus() -> Corpus {
        var random = Mix(state: 7)
        var documents = (0..<300).map { _ in vector(&random) }
        documents[21] = documents[20]
        documents[34] = documents[33]
        var group = Array(0..<300)
        group[31] = 30
        group[32] = 30
        group[34] = 33
        return Corpus(documents: documents, group: group)
    }

    static func keys(_ documents: [SparseVector]) -> [Hash128] {
        documents.map { vector in
            var hasher = Hasher128()
            for (id, weight) in zip(vector.ids, vector.weights) {
                hasher.add(UInt64(id))
                hasher.add(weight.bitPattern)
            }
            return hasher.hash
        }
    }

    /// Below `exactUpTo`, so each query uses the pruned vectors as a large corpus does.
    static let finder = RelatedFinder(count: 5, exactUpTo: 0)

    static func remove(_ corpus: inout Corpus, _ a: Int) {
        corpus.documents.remove(at: a)
        corpus.group.remove(at: a)
        corpus.group = corpus.group.map { $0 > a ? $0 - 1 : $0 }
    }

    static func insert(_ corpus: inout Corpus, _ vector: SparseVector, at a: Int) {
        corpus.group = corpus.group.map { $0 >= a ? $0 + 1 : $0 }
        corpus.documents.insert(vector, at: a)
        corpus.group.insert(a, at: a)
    }

    /// Edits, and whether the old lists can be used after them.
    static let edits: [(name: String, reuses: Bool, edit: @Sendable (inout Corpus) -> Void)] = [
        ("nothing changes", true, { _ in }),
        ("three articles change", true, { corpus in
            var random = Mix(state: 11)
            for a in [5, 50, 120] { corpus.documents[a] = vector(&random) }
        }),
        ("an article takes another's vector, tying with it", true, { corpus in
            corpus.documents[140] = corpus.documents[141]
        }),
        ("two articles go", true, { corpus in
            remove(&corpus, 200)
            remove(&corpus, 10)
        }),
        ("two articles arrive", true, { corpus in
            var random = Mix(state: 13)
            insert(&corpus, vector(&random), at: 150)
            insert(&corpus, vector(&random), at: 0)
        }),
        ("the duplicate group's canonical article changes", false, { corpus in
            var random = Mix(state: 17)
            corpus.documents[30] = vector(&random)
        }),
        ("an article moves past others", false, { corpus in
            let moved = corpus.documents.remove(at: 40)
            corpus.documents.insert(moved, at: 260)
        }),
        ("an unchanged article joins a duplicate group", false, { corpus in
            corpus.group[60] = 30
        }),
    ]

    @Test("after an edit, the kept lists with the changed articles merged in equal lists queried afresh",
          arguments: edits.indices)
    func sameAsFresh(_ k: Int) {
        let base = Self.corpus()
        let first = Self.finder.related(documents: base.documents, group: base.group, keys: Self.keys(base.documents), previous: nil)
        #expect(first.reused == 0)
        #expect(first.related == Self.finder.related(documents: base.documents, group: base.group))
        var corpus = base
        Self.edits[k].edit(&corpus)
        let fresh = Self.finder.related(documents: corpus.documents, group: corpus.group)
        let again = Self.finder.related(documents: corpus.documents, group: corpus.group, keys: Self.keys(corpus.documents),
                                        previous: first.lists)
        #expect(again.related.count == fresh.count)
        let differing = fresh.indices.filter { $0 >= again.related.count || again.related[$0] != fresh[$0] }
        #expect(differing.isEmpty, "\(Self.edits[k].name): the lists of articles \(differing.prefix(10)) differ")
        // Lists are full, so a wrong merge shows.
        #expect(fresh.filter { $0.count == 5 }.count > 250)
        if Self.edits[k].reuses {
            #expect(again.reused > 200, "\(Self.edits[k].name)")
        } else {
            #expect(again.reused == 0, "\(Self.edits[k].name)")
        }
    }

    @Test("the kept lists decode to what was encoded; damaged bytes are refused")
    func roundTrip() throws {
        let base = Self.corpus()
        let lists = Self.finder.related(documents: base.documents, group: base.group, keys: Self.keys(base.documents), previous: nil).lists
        let bytes = lists.encoded()
        #expect(RelatedLists(decoding: bytes) == lists)
        #expect(RelatedLists(decoding: Array(bytes.dropLast())) == nil)
        #expect(RelatedLists(decoding: bytes + [0]) == nil)
        #expect(RelatedLists(decoding: []) == nil)
    }

    @Test("lists kept under other settings are not used")
    func otherSettings() {
        let base = Self.corpus()
        let first = Self.finder.related(documents: base.documents, group: base.group, keys: Self.keys(base.documents), previous: nil)
        var other = Self.finder
        other.count = 4
        let again = other.related(documents: base.documents, group: base.group, keys: Self.keys(base.documents), previous: first.lists)
        #expect(again.reused == 0)
        #expect(again.related == other.related(documents: base.documents, group: base.group))
    }
}
