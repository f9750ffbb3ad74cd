import Foundation
import GazetteCore

/// The corpus index's terms as a build leaves them for the next (`AnalysisCache.terms`): every
/// term in table order, and the table ids in the order of the terms' UTF-8 bytes.
///
/// The same file holds, under each article's text key, its `TermUse`: the table ids of its
/// distinct terms (`ArticleText.localTerms`, in order) with how often it uses each. A rebuild
/// takes an unchanged article's ids from there instead of hashing each of its term strings into
/// the index, leaves the counts there until its document vector is made, and merges only the
/// terms new to the table into the byte order. Between builds the table only grows (so stored ids stay
/// valid); terms no article uses any more stay in it, unused, until they outnumber the used ones
/// and the file is dropped (`isWasteful`).
struct TermTable: Sendable, Equatable {
    /// Every term, in table order (table id = position).
    var terms: [String]
    /// Table ids by the terms' UTF-8 bytes.
    var order: [Int32]

    /// The key of the table's entry in the terms file.
    static let key: Hash128 = {
        var hasher = Hasher128()
        hasher.add("term table")
        return hasher.hash
    }()

    /// Whether unused terms (`used` of the table's are) outnumber the used ones: the next build
    /// then starts a new table, as if there were no cache.
    func isWasteful(used: Int) -> Bool {
        terms.count - used > max(used, 4096)
    }

    func encoded() -> [UInt8] {
        var out = BinaryWriter()
        out.write(terms) { $0.write($1) }
        out.write(varints: order)
        return out.bytes
    }

    /// The table `encoded()` gave; `nil` unless `order` lists every id once, by strictly
    /// ascending bytes (a damaged order would renumber the index wrongly).
    init?(decoding bytes: [UInt8]) {
        var input = BinaryReader(bytes)
        guard let terms = input.readArray({ $0.readString() }), let order = input.readVarints(), input.isAtEnd,
              order.count == terms.count, order.allSatisfy({ $0 >= 0 && Int($0) < terms.count })
        else { return nil }
        for k in order.indices.dropFirst() {
            guard Self.precedes(terms[Int(order[k - 1])], terms[Int(order[k])]) else { return nil }
        }
        self.terms = terms
        self.order = order
    }

    init(terms: [String], order: [Int32]) {
        self.terms = terms
        self.order = order
    }

    /// Whether `a`'s UTF-8 bytes come before `b`'s (a string before any longer one it begins).
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// `order` with the terms `added` (table ids, in any order) merged in by their bytes.
    static func merged(_ order: [Int32], adding added: [Int32], terms: [String]) -> [Int32] {
        guard !added.isEmpty else { return order }
        let sorted = StringOrder.byteOrder(added.map { terms[Int($0)] }).map { added[Int($0)] }
        var out: [Int32] = []
        out.reserveCapacity(order.count + added.count)
        var next = 0
        for id in sorted {
            // The first listed term that comes after the new one (binary search).
            var lo = next, hi = order.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if precedes(terms[Int(order[mid])], terms[Int(id)]) { lo = mid + 1 } else { hi = mid }
            }
            out += order[next..<lo]
            out.append(id)
            next = lo
        }
        out += order[next...]
        return out
    }

    /// An article's term use as stored in the terms file.
    static func encode(_ use: TermUse) -> [UInt8] {
        var out = BinaryWriter()
        TermUseCodec.write(use, to: &out)
        return out.bytes
    }

    /// The use `encode` stored, or `nil` when damaged or outside a table of `count` terms.
    static func decode(_ bytes: [UInt8], count: Int) -> TermUse? {
        var input = BinaryReader(bytes)
        guard let use = TermUseCodec.read(&input), input.isAtEnd, use.ids.allSatisfy({ $0 >= 0 && Int($0) < count })
        else { return nil }
        return use
    }
}

/// The terms file as the last build left it: its table and each article's ids in it.
struct TermStore: Sendable {
    /// The last build's table, when the file has one that decodes.
    let table: TermTable?
    private let tableBytes: [UInt8]?
    /// The file, when its table decodes (article ids are read only with the table they number).
    let reader: CacheFileReader?

    init(_ file: CacheFile) {
        let opened = CacheFileReader(file)
        let bytes = opened?.bytes(for: TermTable.key)
        table = bytes.flatMap(TermTable.init(decoding:))
        reader = table == nil ? nil : opened
        tableBytes = table == nil ? nil : bytes
    }

    /// What the file holds for the text with `key`: its term ids, its use left in the file, and
    /// the stored bytes.
    func use(for key: Hash128) -> StoredUse? {
        guard let table, let reader, let (bytes, offset) = reader.entry(for: key),
              let use = TermTable.decode(bytes, count: table.terms.count)
        else { return nil }
        return StoredUse(ids: use.ids, use: Spilled(storedIn: reader, offset: offset, count: bytes.count), bytes: bytes)
    }

    struct StoredUse: Sendable {
        var ids: [Int32]
        var use: Spilled<TermUseCodec>
        var bytes: [UInt8]
    }

    /// Adds articles' entries to `writer`: a use worked out is written, else the `stored` bytes
    /// `use(for:)` read are kept. The writer is dropped if it fails.
    static func add(_ entries: [(key: Hash128, use: TermUse?, stored: [UInt8]?)], to writer: inout CacheFileWriter?) {
        guard writer != nil else { return }
        let rows = entries.compactMap { entry -> (key: Hash128, bytes: [UInt8], reused: Bool)? in
            if let use = entry.use { return (entry.key, TermTable.encode(use), false) }
            return entry.stored.map { (entry.key, $0, true) }
        }
        if !writer!.add(rows) { writer = nil }
    }

    /// Adds `next` to `writer` and finishes the file; with no table, removes `file` instead.
    /// - Returns: whether the file was written (or removed).
    func finish(_ writer: consuming CacheFileWriter?, file: CacheFile, table next: TermTable?) -> Bool {
        guard let next else {
            writer = nil
            return unlink(file.path) == 0 || errno == ENOENT
        }
        guard var writer else { return false }
        // The table only grows: as many terms as the one read means the same table.
        let unchanged = tableBytes != nil && next.terms.count == table?.terms.count
        guard writer.add([(key: TermTable.key, bytes: unchanged ? tableBytes! : next.encoded(), reused: unchanged)]) else { return false }
        return writer.finish()
    }
}
