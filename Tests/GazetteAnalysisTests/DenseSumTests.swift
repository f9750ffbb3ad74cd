import GazetteCore
import Testing
@testable import GazetteAnalysis

@Suite("Dense sums and the topic overlap index")
struct DenseSumTests {
    /// Sparse vectors with repeated ids across vectors and one pair that cancels to zero.
    static let vectors = [
        SparseVector(ids: [1, 4, 9], weights: [0.5, 0.25, 1]),
        SparseVector(ids: [0, 4, 7], weights: [2, -0.25, 0.125]),
        SparseVector(ids: [4, 9, 12], weights: [0.75, 0.5, 3]),
    ]

    /// What a dictionary gives: each id's sum, in the order the vectors come, by ascending id.
    static func reference(_ vectors: [SparseVector]) -> [(Int32, Double)] {
        var sum: [Int32: Double] = [:]
        for v in vectors { for (k, id) in v.ids.enumerated() { sum[id, default: 0] += v.weights[k] } }
        return sum.keys.sorted().map { ($0, sum[$0]!) }
    }

    /// Postings against a dictionary of lists filled article by article; ids past the largest
    /// indexed one have none, and an empty vector adds nothing.
    @Test("postings list each term's articles in order with their weights")
    func postings() {
        var numbers = SeededNumbers(seed: 42)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        let vectors = (0..<300).map { a -> SparseVector in
            let ids = Set((0..<(a % 7 == 0 ? 0 : 1 + next(40))).map { _ in Int32(next(500)) }).sorted()
            return SparseVector(ids: ids, weights: ids.map { _ in Double(next(1000)) / 1000 })
        }
        var reference: [Int32: [(Int, Double)]] = [:]
        for (a, v) in vectors.enumerated() { for (k, id) in v.ids.enumerated() { reference[id, default: []].append((a, v.weights[k])) } }
        let index = Postings(vectors)
        for id in Int32(0)..<600 {
            var found: [(Int, Double)] = []
            index.forEach(id) { found.append(($0, $1)) }
            let expected = reference[id] ?? []
            #expect(found.map(\.0) == expected.map(\.0) && found.map(\.1) == expected.map(\.1), "term \(id)")
        }
        #expect(reference.count > 300)
        var none = 0
        Postings([]).forEach(0) { _, _ in none += 1 }
        #expect(none == 0)
    }

    @Test("drain gives every id once, by ascending id, with the dictionary's sums, and clears")
    func drain() {
        var sum = DenseSum(dimension: 13)
        for v in Self.vectors { sum.add(v) }  // id 4 goes 0.25 → 0 → 0.75: touched twice
        var drained: [(Int32, Double)] = []
        sum.drain { drained.append(($0, $1)) }
        let expected = Self.reference(Self.vectors)
        #expect(drained.map(\.0) == expected.map(\.0))
        #expect(drained.map(\.1) == expected.map(\.1))
        var again: [Int32] = []
        sum.drain { id, _ in again.append(id) }
        #expect(again.isEmpty)
    }

    /// Both ways of ordering the touched ids (sorting a short list, reading marks back for a
    /// long one) give the dictionary's ids and sums, for vectors with repeated and cancelling ids.
    @Test("drain orders short and long id lists alike", arguments: [(vectors: 3, dimension: 1 << 20), (vectors: 400, dimension: 5_000)])
    func drainPaths(vectors count: Int, dimension: Int) {
        var numbers = SeededNumbers(seed: 0x1234_5678)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        let vectors: [SparseVector] = (0..<count).map { _ in
            let ids = Set((0..<8).map { _ in Int32(next(dimension)) }).sorted()
            return SparseVector(ids: ids, weights: ids.map { _ in Double(next(7)) - 3 })
        }
        var sum = DenseSum(dimension: dimension)
        // The second round, on fewer vectors, must find every mark cleared by the first.
        for part in [vectors[...], vectors.prefix(count / 2 + 1)] {
            for v in part { sum.add(v) }
            var drained: [(Int32, Double)] = []
            sum.drain { drained.append(($0, $1)) }
            let expected = Self.reference(Array(part))
            #expect(drained.map(\.0) == expected.map(\.0), "\(part.count) vectors")
            #expect(drained.map(\.1) == expected.map(\.1), "\(part.count) vectors")
        }
    }

    /// Counting ids in a dense table (documents) must give the sorting init's vector bit for bit,
    /// and leave the table zero for the next document.
    @Test("document vectors by counting equal those by sorting")
    func countedVectors() {
        var numbers = SeededNumbers(seed: 0x9E37_79B9)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        let dimension = 3_000
        let idf = (0..<dimension).map { _ in 0.1 + Double(next(1_000)) / 97 }
        var counts = [Int32](repeating: 0, count: dimension)
        for length in [0, 1, 2, 7, 50, 700, 5_000] {
            // Few distinct ids for some lengths, so that ids repeat many times.
            let spread = length % 2 == 0 ? dimension : 40
            let terms = (0..<length).map { _ in Int32(next(spread)) }
            let sorted = SparseVector(terms: terms, idf: idf)
            let counted = SparseVector(terms: terms, idf: idf, counts: &counts)
            #expect(counted.ids == sorted.ids, "\(length) terms")
            #expect(counted.weights.map(\.bitPattern) == sorted.weights.map(\.bitPattern), "\(length) terms")
            #expect(counts.allSatisfy { $0 == 0 }, "\(length) terms")
        }
    }

    @Test("a normalised dense sum gives the same cosines as the sparse centroid")
    func cosines() {
        var centroid = SparseVector(ids: Self.reference(Self.vectors).map(\.0), weights: Self.reference(Self.vectors).map(\.1))
        centroid.normalize()
        var dense = DenseSum(dimension: 13)
        for v in Self.vectors { dense.add(v) }
        dense.normalize()
        for v in Self.vectors + [SparseVector(ids: [2, 3], weights: [1, 1])] {
            #expect(dense.dot(v) == v.dot(centroid))
        }
        dense.clear()
        #expect(dense.dot(Self.vectors[0]) == 0)
    }

    /// The paired dot product must give each vector's single dot product bit for bit, whichever
    /// of the two is longer, and skip ids past the dimension as `dot` does.
    @Test("dot of two vectors at once equals two single dot products")
    func pairedDots() {
        var dense = DenseSum(dimension: 13)
        for v in Self.vectors { dense.add(v) }
        dense.normalize()
        let tried = Self.vectors + [
            SparseVector(ids: [2, 3], weights: [1, 1]),
            SparseVector(ids: [0, 1, 4, 7, 9, 12], weights: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
            SparseVector(ids: [4, 40], weights: [0.5, 9]),  // 40 is past the dimension
            SparseVector.empty,
        ]
        for a in tried {
            for b in tried {
                let (first, second) = dense.dot(a, b)
                #expect(first.bitPattern == dense.dot(a).bitPattern)
                #expect(second.bitPattern == dense.dot(b).bitPattern)
            }
        }
    }

    @Test("per-worker state gives the serial map's results")
    func concurrentState() {
        let documents: [SparseVector] = (0..<300).map { (i: Int) -> SparseVector in
            SparseVector(ids: [Int32(i % 17), Int32(17 + i % 5)], weights: [1, Double(i)])
        }
        let members: [[Int]] = (0..<200).map { (t: Int) -> [Int] in
            (0..<(t % 7 + 2)).map { (k: Int) -> Int in (t * 13 + k * 29) % 300 }
        }
        let parallel = Concurrent.map(members.count, state: { DenseSum(dimension: 22) }) { sum, t in
            TopicCohesion.cohesion(members[t], documents: documents, scratch: &sum)
        }
        let serial = members.map { TopicCohesion.cohesion($0, documents: documents) }
        #expect(parallel == serial)
    }

    @Test("a topic overlapping a better one by more than the allowed share is dropped; others stay")
    func overlap() {
        let documents = Array(repeating: SparseVector(ids: [3], weights: [1]), count: 10)
        func candidate(_ key: String, _ articles: [Int]) -> TopicCandidate {
            TopicCandidate(key: key, name: key, kind: nil, articles: articles,
                           strength: articles.map { _ in 1 }, aliases: [key])
        }
        let candidates = [
            candidate("a", [0, 1, 2, 3, 4]),     // 5/6 of "b": dropped, "b" scores higher
            candidate("b", [0, 1, 2, 3, 4, 5]),
            candidate("c", [5, 6, 7]),           // disjoint from "b" but for article 5
            candidate("d", [0, 1, 5, 6]),        // 3/7 of "b"
            candidate("e", [1, 2, 3, 4, 5]),     // 5/6 of "b" again
        ]
        let chosen = TopicSelector().select(candidates, documents: documents, canonical: Array(0..<10))
        #expect(chosen.map(\.key).sorted() == ["b", "c", "d"])
    }

    /// `top(_:)` by selection against the comparison it replaced, for vectors whose weights
    /// come from few values (many ties) or many, and every count from none to past the length.
    @Test("a vector's heaviest terms by selection are those a sort by weight, then id, keeps",
          arguments: [(values: 3, length: 40), (values: 1_000, length: 300), (values: 2, length: 7), (values: 50, length: 1)])
    func heaviestTerms(values: Int, length: Int) {
        var numbers = SeededNumbers(seed: UInt64(values * 1_000 + length))
        for _ in 0..<5 {
            let ids = Set((0..<length).map { _ in Int32(numbers.next(length * 4)) }).sorted()
            // Negative weights too, and zeros of both signs, which compare equal.
            let vector = SparseVector(ids: ids, weights: ids.map { _ in
                let value = Double(numbers.next(values) - values / 2) / 8
                return value == 0 && numbers.next(2) == 0 ? -0.0 : value
            })
            for count in 0...(ids.count + 1) {
                let expected = vector.topBySorting(count), found = vector.top(count)
                #expect(found.ids == expected.ids && found.weights == expected.weights, "\(values) values, count \(count) of \(ids.count)")
            }
        }
    }

    @Test("selection finds each position of the values sorted heaviest first, and none with a NaN")
    func selection() {
        var numbers = SeededNumbers(seed: 99)
        for length in [1, 2, 3, 10, 101] {
            let values = (0..<length).map { _ in Double(numbers.next(7)) }
            let sorted = values.sorted(by: >)
            for k in 0..<length {
                var scratch = values
                #expect(scratch.withUnsafeMutableBufferPointer { SparseVector.select(k, heaviestIn: $0) } == sorted[k])
            }
        }
        var withNaN = [1.0, .nan, 0.5]
        #expect(withNaN.withUnsafeMutableBufferPointer { SparseVector.select(0, heaviestIn: $0) } == nil)
        // Out of partitions: nil (`top` then compares entries instead).
        var many = (0..<64).map { Double(($0 * 37) % 64) }
        #expect(many.withUnsafeMutableBufferPointer { SparseVector.select(60, heaviestIn: $0, rounds: 1) } == nil)
        #expect(many.withUnsafeMutableBufferPointer { SparseVector.select(60, heaviestIn: $0, rounds: 0) } == nil)
    }
}
