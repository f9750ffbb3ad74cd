import GazetteCore

/// Strings interned to dense ids in first-seen order; equal strings (Swift's `==`) share one id.
///
/// An article's words get such ids (`WordToken.word`), so that facts about a word (stop word,
/// stem, form) are worked out once per distinct word rather than once per use, and phrases are
/// keyed by numbers instead of joined strings.
struct StringIDs {
    private var ids: [String: Int32] = [:]
    /// The strings by id.
    private(set) var strings: [String] = []

    init(capacity: Int = 0) {
        ids.reserveCapacity(capacity)
        strings.reserveCapacity(capacity)
    }

    var count: Int { strings.count }

    /// The id of `string`, a new one if it has none yet.
    mutating func id(_ string: String) -> Int32 {
        if let known = ids[string] { return known }
        let new = Int32(strings.count)
        ids[string] = new
        strings.append(string)
        return new
    }

    subscript(id: Int32) -> String { strings[Int(id)] }

    /// Sets every token's `word` to the id of its `lower` form.
    mutating func assignWords(_ sentences: inout [[WordToken]]) {
        for s in sentences.indices {
            for t in sentences[s].indices { sentences[s][t].word = id(sentences[s][t].lower) }
        }
    }
}

/// A fast hash for dictionary keys made of ids this code assigns (dense small numbers, not
/// chosen by the input's author): two rounds of a 64-bit multiply-xorshift finaliser
/// (MurmurHash3's `fmix64`) instead of SipHash, with the table's per-instance seed mixed in.
enum IDHash {
    @inline(__always)
    static func hash(_ a: Int32, _ b: Int32, _ c: Int32, seed: Int) -> Int {
        let ab = UInt64(UInt32(bitPattern: a)) | UInt64(UInt32(bitPattern: b)) << 32
        let h = Hasher128.fmix64(Hasher128.fmix64(ab ^ UInt64(UInt(bitPattern: seed))) ^ UInt64(UInt32(bitPattern: c)))
        return Int(truncatingIfNeeded: h)
    }

    /// The value at a `dictionary[key, default: new]` access, inserting `new` when the key was
    /// missing: one lookup for both.
    @inline(__always)
    static func entry(_ value: inout Int) -> Int { value }
}

/// A 64-bit hash of the input's text as a dictionary key, mixed with the table's seed by
/// `IDHash` rather than hashed again with SipHash.
struct HashedKey: Hashable {
    var value: UInt64

    init(_ value: UInt64) { self.value = value }

    func _rawHashValue(seed: Int) -> Int {
        IDHash.hash(Int32(truncatingIfNeeded: value), Int32(truncatingIfNeeded: value >> 32), 0, seed: seed)
    }
}
