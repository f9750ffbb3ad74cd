import GazetteCore

/// Finds near-duplicate articles with MinHash signatures of word 5-gram shingles and LSH banding,
/// and copies (same title and body text, spacing aside).
///
/// Only exact copies collapse into their first copy (`duplicateOf`): a re-post under another
/// headline, or a corrected copy, is an edited version that a newsroom archive keeps, and it is
/// linked to the others as a version of the same story instead. Near-duplicates still count as one
/// story for topics and related stories, so that the related list never repeats a story.
///
/// The canonical copy of a group is its earliest article in input order; every later copy points
/// to it. Hashes use fixed seeds (FNV-1a and SplitMix64), never Swift's per-process `Hasher`.
/// Complexity: O(total words) for signatures, then a sort of the articles × bands band keys into
/// buckets, and at most 64 comparisons per article and band.
struct DuplicateDetector: Sendable {
    static let hashes = 128
    static let bands = 32
    /// Signature agreement (estimated Jaccard similarity of shingle sets) needed to call two copies.
    var threshold = 0.8

    /// `duplicateOf[i]` is the canonical article of `i`, or nil when `i` is canonical, from each
    /// article's `signature(shingles(words))` (nil for an empty body).
    func detect(signatures: [[UInt64]?]) -> [Int?] {
        let rows = Self.hashes / Self.bands
        // Band keys on all cores; buckets are filled in article order.
        let bandKeys = Concurrent.map(signatures.count) { j -> [UInt64] in
            guard let signature = signatures[j] else { return [] }
            return (0..<Self.bands).map { band in
                var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
                for r in 0..<rows { key = Self.mix(key ^ signature[band * rows + r]) }
                return key
            }
        }
        // Buckets by sorting the band keys, each with its article and band (`article * bands +
        // band`, ascending before the sort, which keeps that order among equal keys): a bucket is a
        // run of one key, its articles ascending, so the articles put in it before `j` are the run
        // up to `j`'s own entry.
        var keys: [UInt64] = [], slots: [Int32] = []
        keys.reserveCapacity(signatures.count * Self.bands)
        slots.reserveCapacity(signatures.count * Self.bands)
        for j in signatures.indices {
            for (band, key) in bandKeys[j].enumerated() {
                keys.append(key)
                slots.append(Int32(j * Self.bands + band))
            }
        }
        KeyedSort.sort(keys: &keys, values: &slots)
        // Per article and band: where its entry is, and where its bucket starts.
        var position = [Int32](repeating: 0, count: signatures.count * Self.bands)
        var bucketStart = [Int32](repeating: 0, count: signatures.count * Self.bands)
        var start = 0
        for p in keys.indices {
            if keys[p] != keys[start] { start = p }
            position[Int(slots[p])] = Int32(p)
            bucketStart[Int(slots[p])] = Int32(start)
        }
        var duplicateOf = [Int?](repeating: nil, count: signatures.count)
        for j in signatures.indices {
            guard let signature = signatures[j] else { continue }
            var best: Int? = nil
            for band in 0..<Self.bands {
                let slot = j * Self.bands + band
                let first = Int(bucketStart[slot])
                // At most 64 earlier articles of the bucket, the first ones.
                for p in first..<min(Int(position[slot]), first + 64) {
                    let i = Int(slots[p]) / Self.bands
                    if best.map({ i < $0 }) ?? true, Self.agreement(signatures[i]!, signature) >= threshold { best = i }
                }
            }
            if let best { duplicateOf[j] = duplicateOf[best] ?? best }
        }
        return duplicateOf
    }

    /// Copies: articles with the same title and the same body text, spacing aside (a paragraph
    /// break where the other has a space, a doubled space). `exactOf[i]` names the first copy, or
    /// is nil for first copies and unique articles. Texts are grouped by a hash and compared in
    /// full only within a group, so the work is linear.
    /// - Parameter hashes: each article's `copyHash` (the text pass works it out while the body
    ///   is in memory, so bodies are read here only for texts whose hashes match).
    static func exactCopies(_ articles: [Article], hashes: [UInt64]) -> [Int?] {
        // Each body is read where it is needed (it may be in a `BodyStore`), never all at once.
        @Sendable func text(_ i: Int) -> [UInt8] { spacedText(articles[i].title, articles[i].paragraphs) }
        var firsts: [UInt64: [Int]] = [:]
        var exactOf = [Int?](repeating: nil, count: articles.count)
        for i in articles.indices {
            let earlier = firsts[hashes[i], default: []]
            // Texts are rebuilt only on a hash match: a copy, or (rarely) a collision.
            if !earlier.isEmpty, case let copy = text(i), let first = earlier.first(where: { text($0) == copy }) {
                exactOf[i] = first
            } else {
                firsts[hashes[i], default: []].append(i)
            }
        }
        return exactOf
    }

    /// The title, a NUL, then the body's words (runs of non-space bytes) separated by single spaces.
    static func spacedText(_ title: String, _ paragraphs: [String]) -> [UInt8] {
        var out: [UInt8] = []
        forEachSpacedByte(title, paragraphs) { out.append($0) }
        return out
    }

    /// The FNV-1a hash of `spacedText(title, paragraphs)`, without building it.
    static func copyHash(_ title: String, _ paragraphs: [String]) -> UInt64 {
        var hash = FNV1a.offsetBasis
        forEachSpacedByte(title, paragraphs) { FNV1a.step(&hash, $0) }
        return hash
    }

    @inline(__always)
    private static func forEachSpacedByte(_ title: String, _ paragraphs: [String], _ body: (UInt8) -> Void) {
        for byte in title.utf8 { body(byte) }
        body(0)
        var pendingSpace = false
        var last: UInt8 = 0  // no space after the NUL (nor after a NUL in the body)
        for paragraph in paragraphs {
            for byte in paragraph.utf8 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                } else {
                    if pendingSpace, last != 0 { body(0x20) }
                    pendingSpace = false
                    last = byte
                    body(byte)
                }
            }
            pendingSpace = true
        }
    }

    /// Other versions of each story: the distinct texts (each named by its first copy) in the
    /// article's near-duplicate group, other than its own text; ascending.
    /// - Parameters:
    ///   - near: canonical article of each near-duplicate group member (`detect`), nil for canonical ones.
    ///   - exact: `exactCopies` of the same articles.
    static func versions(near: [Int?], exact: [Int?]) -> [[Int]] {
        var groups: [Int: [Int]] = [:]
        for i in near.indices {
            let representative = exact[i] ?? i
            let group = near[i] ?? i
            if groups[group]?.contains(representative) != true { groups[group, default: []].append(representative) }
        }
        return near.indices.map { i in
            guard let members = groups[near[i] ?? i], members.count > 1 else { return [] }
            let own = exact[i] ?? i
            return members.filter { $0 != own }.sorted()
        }
    }

    /// Hashes of every run of five consecutive words (or the whole text when shorter).
    static func shingles(_ words: [String]) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let hashed = words.map { FNV1a.hash($0.utf8) }
        let width = min(5, hashed.count)
        return (0...(hashed.count - width)).map { start in
            hashed[start..<(start + width)].reduce(0xCBF2_9CE4_8422_2325 as UInt64) { mix($0 ^ $1) }
        }
    }

    /// The MinHash signature, by one-permutation hashing: each shingle is mixed once, its top
    /// seven bits choose one of the `hashes` bins and the rest is its value; a bin keeps its least
    /// value. Two sets' bins then agree about as often as their Jaccard similarity, as with one
    /// hash function per bin, for 1/128 of the mixing. A bin no shingle fell into (most of them
    /// in a short text) takes the value of a bin chosen by a fixed sequence of probes from its
    /// own index, the first one holding a value ("optimal densification", Shrivastava 2017):
    /// two texts with the same filled bins fill their empty ones alike.
    static func signature(_ shingles: [UInt64]) -> [UInt64]? {
        guard !shingles.isEmpty else { return nil }
        let empty = UInt64.max
        var mins = [UInt64](repeating: empty, count: hashes)
        let binShift = UInt64(64 - hashes.trailingZeroBitCount)
        for shingle in shingles {
            let h = mix(shingle ^ 0x5851_F42D_4C95_7F2D)
            let bin = Int(truncatingIfNeeded: h >> binShift)
            let value = h & (empty >> UInt64(hashes.trailingZeroBitCount))
            if value < mins[bin] { mins[bin] = value }
        }
        let filled = mins
        for bin in 0..<hashes where filled[bin] == empty {
            var probe = UInt64(bin)
            var donor = bin
            var probes = 0
            repeat {
                probe = mix(probe &+ 0x2545_F491_4F6C_DD1D)
                donor = Int(truncatingIfNeeded: probe >> binShift)
                probes += 1
            } while filled[donor] == empty && probes < 4 * hashes * hashes
            // A sequence that never met a filled bin (not seen in practice): the next one along.
            while filled[donor] == empty { donor = (donor + 1) % hashes }
            mins[bin] = filled[donor]
        }
        return mins
    }


    static func agreement(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var same = 0
        for (x, y) in zip(a, b) where x == y { same += 1 }
        return Double(same) / Double(a.count)
    }


    /// SplitMix64 finaliser.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
