import Foundation
import GazetteCore

/// Topic results worked out from a few articles' vectors, kept in the analysis cache under a
/// hash of those vectors, so that a rebuild works out again only the results whose vectors
/// changed: each candidate's cohesion (`TopicSelector`) and the articles that join each topic
/// (`TopicExpander`), together most of the analysis of a rebuild after one edit.
///
/// A vector's hash covers its terms (by their text) and weights (by their bits), in id order.
/// Term ids follow the terms' bytes (`CorpusIndex`), so a sum over some vectors' entries takes
/// them in an order those vectors alone decide: a result read back is the float a fresh build
/// works out.
final class TopicMemo: @unchecked Sendable {
    /// Each article's vector hash.
    let documents: [Hash128]
    private let file: CacheFile
    private let reader: CacheFileReader?
    private let lock = NSLock()
    private var entries: [(key: Hash128, bytes: [UInt8], reused: Bool)] = []

    init(file: CacheFile, index: CorpusIndex) {
        self.file = file
        reader = CacheFileReader(file)
        let terms = Concurrent.map(index.termText.count) { t in
            var hasher = Hasher128()
            hasher.add(index.termText[t])
            return hasher.hash
        }
        documents = Concurrent.map(index.documents.count) { a in
            let vector = index.documents[a]
            var hasher = Hasher128()
            hasher.add(UInt64(vector.ids.count))
            for (id, weight) in zip(vector.ids, vector.weights) {
                hasher.add(terms[Int(id)].high)
                hasher.add(terms[Int(id)].low)
                hasher.add(weight.bitPattern)
            }
            return hasher.hash
        }
    }

    /// How many results were read back, and how many worked out (set as results are asked for).
    var reused: Int { lock.withLock { entries.count(where: \.reused) } }
    var computed: Int { lock.withLock { entries.count(where: { !$0.reused }) } }

    /// The cohesion of `members`' vectors: read back, or `compute()`.
    func cohesion(_ members: [Int], compute: () -> Double) -> Double {
        var hasher = Hasher128()
        hasher.add("cohesion")
        add(members, to: &hasher)
        let result = Cached(key: hasher.hash, reader: reader, decode: { bytes -> Double? in
            var reader = BinaryReader(bytes)
            guard let bits = reader.read(UInt64.self), reader.isAtEnd else { return nil }
            return Double(bitPattern: bits)
        }, encode: { value in
            var writer = BinaryWriter()
            writer.write(value.bitPattern)
            return writer.bytes
        }, make: compute)
        record(result.stored)
        return result.value
    }

    /// Which of `pending` join the topic of `members` (positions in `pending`, ascending): read
    /// back, or `compute()`.
    func joins(members: [Int], pending: [Int], share: Double, compute: () -> [Int32]) -> [Int32] {
        var hasher = Hasher128()
        hasher.add("joins")
        hasher.add(share.bitPattern)
        add(members, to: &hasher)
        add(pending, to: &hasher)
        let result = Cached(key: hasher.hash, reader: reader, decode: { bytes -> [Int32]? in
            var reader = BinaryReader(bytes)
            guard let positions = reader.readVarints(), reader.isAtEnd,
                  positions.allSatisfy({ $0 >= 0 && Int($0) < pending.count }),
                  zip(positions, positions.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
            return positions
        }, encode: { positions in
            var writer = BinaryWriter()
            writer.write(varints: positions)
            return writer.bytes
        }, make: compute)
        record(result.stored)
        return result.value
    }

    private func add(_ articles: [Int], to hasher: inout Hasher128) {
        hasher.add(UInt64(articles.count))
        for a in articles {
            hasher.add(documents[a].high)
            hasher.add(documents[a].low)
        }
    }

    private func record(_ entry: (key: Hash128, bytes: [UInt8], reused: Bool)?) {
        guard let entry else { return }
        lock.withLock { entries.append(entry) }
    }

    /// Writes this build's results (only they stay wanted in the file); false when it could not.
    func save() -> Bool {
        let wanted = lock.withLock { entries }.sorted { ($0.key.high, $0.key.low) < ($1.key.high, $1.key.low) }
        guard var writer = CacheFileWriter(file, continuing: reader), writer.add(wanted) else { return false }
        return writer.finish()
    }
}
