import Testing

@testable import GazetteCore

@Suite("sortedPrefix")
struct SortedPrefixTests {
    /// Pairs with few distinct keys, so that ties are common; `order` tells equal keys apart.
    static func pairs(count: Int, keys: UInt64, seed: UInt64) -> [(key: Int, order: Int)] {
        var state = seed
        return (0..<count).map { order in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (Int((z ^ (z >> 31)) % keys), order)
        }
    }

    @Test("equals sorted(by:).prefix, ties in input order", arguments: [
        (0, 3), (1, 1), (5, 0), (5, 5), (5, 9), (40, 1), (40, 5), (300, 40), (300, 300), (1000, 7),
    ])
    func matchesSorted(count: Int, k: Int) {
        for keys: UInt64 in [1, 3, 50, 1_000_000] {
            let input = Self.pairs(count: count, keys: keys, seed: UInt64(count * 31 + k))
            let descending: ((key: Int, order: Int), (key: Int, order: Int)) -> Bool = { $0.key > $1.key }
            let expected = Array(input.sorted(by: descending).prefix(k))
            let got = input.sortedPrefix(k, by: descending)
            #expect(got.map(\.key) == expected.map(\.key), "keys, \(count) items, k \(k), \(keys) keys")
            #expect(got.map(\.order) == expected.map(\.order), "ties, \(count) items, k \(k), \(keys) keys")
        }
    }
}

@Suite("Radix sort of ids")
struct IDSortTests {
    /// Lengths around the cut-over to radix, values of one to four bytes, repeats, and a
    /// negative value (left to `sort()`); each result must equal `sorted()`.
    @Test("sortIDs equals sorted()", arguments: [0, 1, 63, 64, 65, 300, 5_000])
    func equalsSorted(count: Int) {
        var stream = NumberStream(seed: UInt64(count) &+ 5)
        func next() -> UInt64 { stream.next() >> 33 }
        for limit: UInt64 in [1, 200, 70_000, 20_000_000, UInt64(Int32.max)] {
            var values = (0..<count).map { _ in Int32(truncatingIfNeeded: next() % limit) }
            if count > 0, limit == 200 { values[count / 2] = -7 }
            var sorted = values
            sorted.sortIDs()
            #expect(sorted == values.sorted(), "\(count) values below \(limit)")
        }
    }
}

@Suite("Radix sort of keys with values")
struct KeyedSortTests {
    /// Lengths around the cut-over to radix; keys drawn from a few values (many ties, whose
    /// values must keep their order), from the low bytes only (skipped high bytes), and from
    /// the whole range. Each result must equal sorting the pairs by key, then by first position.
    @Test("KeyedSort equals a stable sort by key", arguments: [0, 1, 63, 64, 65, 1_000, 20_000])
    func equalsStableSort(count: Int) {
        var stream = NumberStream(seed: UInt64(count) &+ 11)
        func next() -> UInt64 {
            let state = stream.next()
            return state ^ (state >> 29)
        }
        for spread: UInt64 in [3, 1 << 16, UInt64.max] {
            var keys: [UInt64] = (0..<count).map { _ in spread == .max ? next() : next() % spread }
            var values: [Int32] = (0..<count).map { _ in Int32(truncatingIfNeeded: next() % 1_000) }
            let expected = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
            let expectedKeys = expected.map { keys[$0] }, expectedValues = expected.map { values[$0] }
            KeyedSort.sort(keys: &keys, values: &values)
            #expect(keys == expectedKeys, "\(count) keys of spread \(spread)")
            #expect(values == expectedValues, "\(count) values of spread \(spread)")
        }
    }
}

/// A fixed stream of numbers for test data (a 64-bit linear congruential generator): each
/// `next()` is the generator's new state.
struct NumberStream {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
