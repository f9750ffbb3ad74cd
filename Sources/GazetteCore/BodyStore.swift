import Foundation

/// Article bodies kept in a `ScratchFile` between the stages that read them (the text pass,
/// summaries, rendering), so that a corpus's text sits in the system's file cache rather than in
/// the process's own memory. Writes and reads may come from any thread.
public final class BodyStore: @unchecked Sendable {
    /// Where one body lies in the file: its paragraphs' encoding, then its Markdown's bytes.
    struct Slot: Sendable {
        var region: ScratchFile.Region
        var paragraphBytes: Int
    }

    private let file: ScratchFile

    /// A store in `directory`, or nil when no file can be made there.
    public init?(directory: URL = FileManager.default.temporaryDirectory) {
        guard let file = ScratchFile(directory: directory, prefix: "gazette-bodies-") else { return nil }
        self.file = file
    }

    /// Writes a body; nil when the file cannot take it (a full disk), and the body stays in memory.
    func store(paragraphs: [String], markdown: String) -> Slot? {
        var out = BinaryWriter()
        out.storage.reserveCapacity(paragraphs.reduce(markdown.utf8.count + 16) { $0 + $1.utf8.count + 5 })
        out.write(paragraphs) { $0.write($1) }
        let paragraphBytes = out.bytes.count
        out.storage.append(contentsOf: markdown.utf8)
        guard let region = file.append(out.bytes) else { return nil }
        return Slot(region: region, paragraphBytes: paragraphBytes)
    }

    func paragraphs(_ slot: Slot) -> [String] {
        let region = ScratchFile.Region(offset: slot.region.offset, count: slot.paragraphBytes)
        return Self.paragraphs(file.read(region), from: "Gazette's temporary file of article bodies")
    }

    /// The paragraphs encoded in `bytes`, which were checked when they were stored: anything
    /// else is a file changed under the build, and the build stops.
    static func paragraphs(_ bytes: [UInt8], from file: String) -> [String] {
        var input = BinaryReader(bytes)
        guard let paragraphs = input.readArray({ $0.readString() }), input.isAtEnd else {
            fatalError("\(file) does not read back as it was written")
        }
        return paragraphs
    }

    func markdown(_ slot: Slot) -> String {
        let region = ScratchFile.Region(offset: slot.region.offset + slot.paragraphBytes,
                                        count: slot.region.count - slot.paragraphBytes)
        return String(decoding: file.read(region), as: UTF8.self)
    }
}

/// An article's body text: in memory, in a `BodyStore`, or in the ingest cache's file where it
/// was read from. Two bodies are equal when their texts are, wherever they are kept.
struct BodyText: Sendable, Hashable {
    private enum Storage: Sendable {
        case inline(paragraphs: [String], markdown: String)
        case stored(BodyStore, BodyStore.Slot)
        /// The paragraphs' encoding and the Markdown's bytes, at offsets of the file.
        case cached(CacheFileReader, paragraphs: Int64, paragraphBytes: Int, markdown: Int64, markdownBytes: Int)
    }

    private var storage: Storage
    /// Worked out when the body leaves memory (or read with it from the ingest cache), so that
    /// keys need not read it back.
    private var knownDigest: BodyDigest?

    init(paragraphs: [String], markdown: String) {
        storage = .inline(paragraphs: paragraphs, markdown: markdown)
    }

    /// The body's digest: kept when the body is stored, else worked out from it.
    var digest: BodyDigest {
        knownDigest ?? BodyDigest(paragraphs: paragraphs, markdown: markdown)
    }

    var paragraphs: [String] {
        get {
            switch storage {
            case .inline(let paragraphs, _): return paragraphs
            case .stored(let store, let slot): return store.paragraphs(slot)
            case .cached(let reader, let offset, let count, _, _):
                return BodyStore.paragraphs(Self.read(reader, offset, count), from: "Gazette's ingest cache file")
            }
        }
        set {
            storage = .inline(paragraphs: newValue, markdown: markdown)
            knownDigest = nil
        }
    }

    var markdown: String {
        get {
            switch storage {
            case .inline(_, let markdown): markdown
            case .stored(let store, let slot): store.markdown(slot)
            case .cached(let reader, _, _, let offset, let count): String(decoding: Self.read(reader, offset, count), as: UTF8.self)
            }
        }
        set {
            storage = .inline(paragraphs: paragraphs, markdown: newValue)
            knownDigest = nil
        }
    }

    var isStored: Bool {
        if case .inline = storage { false } else { true }
    }

    /// A body left where the ingest cache's `reader` reads it; the caller has checked that the
    /// bytes read as paragraphs (`BinaryReader.readArray` of strings).
    init(cachedIn reader: CacheFileReader, paragraphs: (offset: Int64, count: Int), markdown: (offset: Int64, count: Int),
         digest: BodyDigest) {
        storage = .cached(reader, paragraphs: paragraphs.offset, paragraphBytes: paragraphs.count,
                          markdown: markdown.offset, markdownBytes: markdown.count)
        knownDigest = digest
    }

    private static func read(_ reader: CacheFileReader, _ offset: Int64, _ count: Int) -> [UInt8] {
        guard let bytes = reader.bytes(at: offset, count: count) else {
            fatalError("cannot read back Gazette's ingest cache file")
        }
        return bytes
    }

    /// Moves the text into `store`; it stays in memory if the store cannot take it.
    mutating func move(to store: BodyStore) {
        guard case .inline(let paragraphs, let markdown) = storage,
              let slot = store.store(paragraphs: paragraphs, markdown: markdown) else { return }
        knownDigest = BodyDigest(paragraphs: paragraphs, markdown: markdown)
        storage = .stored(store, slot)
    }

    static func == (a: BodyText, b: BodyText) -> Bool {
        a.paragraphs == b.paragraphs && a.markdown == b.markdown
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(paragraphs)
        hasher.combine(markdown)
    }
}

/// Hashes of an article's body, for the keys of caches: the paragraphs (what the analysis reads)
/// and the Markdown (what the article page renders).
public struct BodyDigest: Sendable, Hashable {
    public var paragraphs: Hash128
    public var markdown: Hash128

    public init(paragraphs: Hash128, markdown: Hash128) {
        self.paragraphs = paragraphs
        self.markdown = markdown
    }

    public init(paragraphs: [String], markdown: String) {
        var hasher = Hasher128()
        hasher.add(UInt64(paragraphs.count))
        for paragraph in paragraphs { hasher.add(paragraph) }
        self.paragraphs = hasher.hash
        hasher = Hasher128()
        hasher.add(markdown)
        self.markdown = hasher.hash
    }
}
