import Foundation
import GazetteCore

/// The index `assets/search.js` searches, split so that a search loads only what it needs (as
/// one file it was 13 MB at 10,000 stories and 71 MB at 50,000, all read before the first result):
/// - `search-index.js` sets `window.gazetteSearchIndex` to `{"stories": N, "chunk": C, "shards": [names]}`;
/// - `search/words-NAME.js` calls `gazetteSearch.words(NAME, [[word, postings], …])` with every
///   word whose first two letters make that shard name (`SearchWords.shard`), by word;
/// - `search/stories-K.js` calls `gazetteSearch.stories(K, [entry, …])` with stories K·C ..< (K+1)·C.
///
/// Stories are numbered in site order (newest first). A word's postings are `2 · story + 1`
/// when the headline holds the word and `2 · story` otherwise, ascending, each written as its
/// difference from the one before. The words are those of the headline, summary, topic names,
/// byline and the names the body mentions. An entry holds what a result shows: headline, link
/// (relative to the site root), date, summary, topic names and byline.
///
/// The files are scripts, not JSON, because browsers refuse to fetch JSON from `file://`
/// pages: this way search works from disk too.
enum SearchIndex {
    /// Stories per `search/stories-K.js`.
    static let chunk = 20

    /// Word lists are gathered in this many parts at once, each for the words whose hash's
    /// last three bits are its number.
    static let parts = 8

    /// One story's words as they come, repeats included: their bytes, one after another, and
    /// for each a key (its FNV-1a hash, rotated so that the part is in the top three bits) and
    /// where it is in `bytes`. The first `titleWords` are the headline's.
    struct StoryWords: Sendable {
        var bytes: [UInt8]
        var words: [(key: UInt64, start: Int32, count: Int32)]
        var titleWords: Int

        init(title: String, texts: [String]) {
            var buffer = SearchWords.Buffer()
            buffer.add(title)
            titleWords = buffer.ranges.count
            for text in texts { buffer.add(text) }
            bytes = buffer.bytes
            let ranges = buffer.ranges
            words = bytes.withUnsafeBufferPointer { bytes in
                ranges.map { range in
                    let hash = FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[Int(range.start)..<Int(range.start + range.count)]))
                    return (hash << 61 | hash >> 3, range.start, range.count)
                }
            }
        }

        func word(_ index: Int) -> ArraySlice<UInt8> {
            bytes[Int(words[index].start)..<Int(words[index].start + words[index].count)]
        }

        static func part(_ key: UInt64) -> Int { Int(key >> 61) }
    }

    /// Every word's bytes and postings, in no particular order.
    static func postings(_ stories: [StoryWords]) -> [(word: ArraySlice<UInt8>, postings: [Int])] {
        Concurrent.map(parts) { part -> [(word: ArraySlice<UInt8>, postings: [Int])] in
            var words: [ArraySlice<UInt8>] = []
            var lists: [[Int]] = []
            var slots: [UInt64: Int] = [:]
            for (story, list) in stories.enumerated() {
                let bytes = list.bytes
                for (index, entry) in list.words.enumerated() where StoryWords.part(entry.key) == part {
                    let start = Int(entry.start), end = Int(entry.start + entry.count)
                    let posting = 2 * story + (index < list.titleWords ? 1 : 0)
                    // A key seen before is the same word unless two hashes collide; then the
                    // word is looked for among all.
                    guard let first = slots[entry.key],
                          let slot = words[first].elementsEqual(bytes[start..<end]) ? first
                              : words.firstIndex(where: { $0.elementsEqual(bytes[start..<end]) }) else {
                        if slots[entry.key] == nil { slots[entry.key] = words.count }
                        words.append(bytes[start..<end])
                        lists.append([posting])
                        continue
                    }
                    // A story's repeat of a word: only whether the headline holds it counts.
                    let last = lists[slot].count - 1
                    if lists[slot][last] >> 1 == story {
                        lists[slot][last] |= posting & 1
                    } else {
                        lists[slot].append(posting)
                    }
                }
            }
            return Array(zip(words, lists))
        }.flatMap { $0 }
    }

    static func files(model: SiteModel, topicNames: [String: String]) -> [(path: String, bytes: [UInt8])] {
        let stories = model.stories
        let words = Concurrent.map(stories.count) { position in
            let article = model.corpus.articles[stories[position]]
            let analysis = model.corpus.analysis.articles[stories[position]]
            return StoryWords(title: article.title, texts: model.summary(stories[position]) + analysis.topics.compactMap { topicNames[$0] }
                                  + analysis.searchNames + [article.byline ?? ""])
        }
        let wordFiles = wordFiles(postings(words))
        var manifest = Array("window.gazetteSearchIndex = ".utf8)
        JSONValue.object([
            ("stories", .int(stories.count)), ("chunk", .int(chunk)), ("shards", .strings(wordFiles.map(\.name))),
        ]).write(to: &manifest)
        manifest += ";\n".utf8
        return [(path: SitePaths.searchIndex, bytes: manifest)] + wordFiles.map { ($0.path, $0.bytes) }
            + storyFiles(model: model, topicNames: topicNames)
    }

    /// `search/words-NAME.js` for every shard, by name.
    static func wordFiles(_ postings: [(word: ArraySlice<UInt8>, postings: [Int])]) -> [(name: String, path: String, bytes: [UInt8])] {
        var byShard: [String: [Int]] = [:]
        for (index, entry) in postings.enumerated() { byShard[SearchWords.shard(entry.word), default: []].append(index) }
        let names = byShard.keys.sorted()
        let shards = byShard
        return Concurrent.map(names.count) { index in
            let name = names[index]
            var bytes = Array("gazetteSearch.words(".utf8)
            JSONValue.string(name).write(to: &bytes)
            bytes += ",[".utf8
            let sorted = shards[name]!.sorted { postings[$0].word.lexicographicallyPrecedes(postings[$1].word) }
            for (position, entry) in sorted.map({ postings[$0] }).enumerated() {
                if position > 0 { bytes.append(0x2C) }
                bytes += "[".utf8
                JSONValue.string(String(decoding: entry.word, as: UTF8.self)).write(to: &bytes)
                var previous = 0
                for posting in entry.postings {
                    bytes.append(0x2C)
                    bytes += String(posting - previous).utf8
                    previous = posting
                }
                bytes += "]".utf8
            }
            bytes += "]);\n".utf8
            return (name, SitePaths.searchWords(name), bytes)
        }
    }

    /// `search/stories-K.js`, in order.
    static func storyFiles(model: SiteModel, topicNames: [String: String]) -> [(path: String, bytes: [UInt8])] {
        let stories = model.stories
        return Concurrent.map((stories.count + chunk - 1) / chunk) { part in
            var bytes = Array("gazetteSearch.stories(\(part),[".utf8)
            for position in (part * chunk)..<min(stories.count, (part + 1) * chunk) {
                if position > part * chunk { bytes.append(0x2C) }
                let article = model.corpus.articles[stories[position]]
                let analysis = model.corpus.analysis.articles[stories[position]]
                JSONValue.object([
                    ("t", .string(article.title)),
                    ("u", .string(SitePaths.article(article.slug))),
                    ("d", .optional(article.date.map { DateFormatting.short($0, model.config.labels) })),
                    ("s", .string(model.summary(stories[position]).joined(separator: " "))),
                    ("k", .strings(analysis.topics.compactMap { topicNames[$0] })),
                    ("b", .optional(article.byline)),
                ]).write(to: &bytes)
            }
            bytes += "]);\n".utf8
            return (SitePaths.searchStories(part), bytes)
        }
    }
}

/// Words as `assets/search.js` makes them from a query, so that what is typed meets what was
/// indexed: lower-cased, decomposed (NFD) with the combining accents U+0300-U+036F dropped and
/// final sigma read as sigma, then split at everything but letters, marks and digits.
enum SearchWords {
    /// Only words with letters beyond ASCII come here (`Buffer` lower-cases ASCII itself).
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) {
            scalars.append(scalar == "\u{3C2}" ? "\u{3C3}" : scalar)
        }
        return String(scalars)
    }

    static func words(_ text: String) -> [String] {
        var buffer = Buffer()
        buffer.add(text)
        return buffer.ranges.map { String(decoding: buffer.bytes[Int($0.start)..<Int($0.start + $0.count)], as: UTF8.self) }
    }

    /// Words one after another, as UTF-8 bytes, with where each starts and how long it is:
    /// `words(_:)` without making strings. ASCII words are lower-cased byte by byte; only a word
    /// with other letters is folded as a whole (folding never joins or splits words, but a
    /// folded word is split again to be sure).
    struct Buffer {
        var bytes: [UInt8] = []
        var ranges: [(start: Int32, count: Int32)] = []
        /// Where the word being read starts, and whether it is ASCII so far.
        private var start = 0
        private var ascii = true
        /// A scalar of several bytes being read: its bytes, its value so far, the bytes to come.
        private var scalarBytes: [UInt8] = []
        private var value: UInt32 = 0
        private var remaining = 0

        init() {
            bytes.reserveCapacity(1024)
            ranges.reserveCapacity(256)
            scalarBytes.reserveCapacity(4)
        }

        mutating func add(_ text: String) {
            for byte in text.utf8 {
                if remaining > 0 {
                    value = value << 6 | UInt32(byte & 0x3F)
                    scalarBytes.append(byte)
                    remaining -= 1
                    if remaining == 0 {
                        if let scalar = Unicode.Scalar(value), SearchWords.isWordPart(scalar) {
                            bytes += scalarBytes
                            ascii = false
                        } else {
                            endWord()
                        }
                    }
                } else if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                    bytes.append(byte)
                } else if byte &- 0x41 < 26 {
                    bytes.append(byte | 0x20)
                } else if byte < 0x80 {
                    endWord()
                } else {
                    // The lead byte of a valid sequence (a String's UTF-8 always is).
                    remaining = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
                    value = UInt32(byte) & (0xFF >> (remaining + 2))
                    scalarBytes.removeAll(keepingCapacity: true)
                    scalarBytes.append(byte)
                }
            }
            endWord()
        }

        private mutating func endWord() {
            defer {
                start = bytes.count
                ascii = true
            }
            guard bytes.count > start else { return }
            if ascii {
                ranges.append((Int32(start), Int32(bytes.count - start)))
                return
            }
            let word = String(decoding: bytes[start...], as: UTF8.self)
            bytes.removeLast(bytes.count - start)
            var partStart = start
            for scalar in SearchWords.fold(word).unicodeScalars {
                if SearchWords.isWordPart(scalar) {
                    bytes += String(scalar).utf8
                } else if bytes.count > partStart {
                    ranges.append((Int32(partStart), Int32(bytes.count - partStart)))
                    partStart = bytes.count
                }
            }
            if bytes.count > partStart { ranges.append((Int32(partStart), Int32(bytes.count - partStart))) }
        }
    }

    /// The shard a word is listed in: its first two scalars, each an ASCII letter or digit as
    /// itself and anything else as its hexadecimal code point between underscores ("ωx" →
    /// "_3c9_x"), so no two prefixes share a name.
    static func shard(_ word: String) -> String { shard(Array(word.utf8)[...]) }

    static func shard(_ word: ArraySlice<UInt8>) -> String {
        var name = ""
        for scalar in String(decoding: word.prefix(8), as: UTF8.self).unicodeScalars.prefix(2) {
            if scalar.value < 0x80, scalar.properties.isLowercase || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else {
                name += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return name
    }

    /// `\p{L}`, `\p{M}` or `\p{N}`, as the script's regular expression reads them.
    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            return (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
