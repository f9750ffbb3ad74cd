import Foundation
import GazetteCore

/// A fixed set of short words with a few flag bits each, looked up by their UTF-8 bytes: one
/// FNV-1a hash and one byte comparison, against two SipHash lookups for two `Set<String>`s.
/// The text pass asks it about every word of every article.
struct WordTable: Sendable {
    private struct Slot: Sendable {
        var start: Int32 = -1
        var length: Int32 = 0
        var flags: UInt8 = 0
    }

    private let slots: [Slot]
    private let bytes: [UInt8]
    private let mask: Int
    /// No word is longer: longer words are answered without hashing.
    private let longest: Int

    /// - Parameter words: each word with its flags (flags of a word listed twice are merged).
    init(_ words: [(String, UInt8)]) {
        var merged: [String: UInt8] = [:]
        for (word, flags) in words { merged[word, default: 0] |= flags }
        var size = 16
        while size < merged.count * 4 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        var bytes: [UInt8] = []
        for word in merged.keys.sorted() {
            let utf8 = Array(word.utf8)
            var i = Int(truncatingIfNeeded: FNV1a.hash(utf8)) & (size - 1)
            while slots[i].start >= 0 { i = (i + 1) & (size - 1) }
            slots[i] = Slot(start: Int32(bytes.count), length: Int32(utf8.count), flags: merged[word]!)
            bytes += utf8
        }
        self.slots = slots
        self.bytes = bytes
        mask = size - 1
        longest = merged.keys.map(\.utf8.count).max() ?? 0
    }

    /// The flags of `word`; 0 when it is not in the table.
    func flags(_ word: String) -> UInt8 {
        var word = word
        return word.withUTF8 { flags(bytes: $0) }
    }

    func flags(bytes word: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard word.count <= longest, word.count > 0 else { return 0 }
        var i = Int(truncatingIfNeeded: FNV1a.hash(word)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let slot = slots[i]
                if slot.start < 0 { return 0 }
                if Int(slot.length) == word.count,
                   memcmp(stored.baseAddress! + Int(slot.start), word.baseAddress!, word.count) == 0 {
                    return slot.flags
                }
                i = (i + 1) & mask
            }
        }
    }
}
