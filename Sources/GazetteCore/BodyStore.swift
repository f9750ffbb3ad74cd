import Foundation

/// Article bodies written out to a temporary file, so that between the stages that read them
/// (the text pass, summaries, rendering) a corpus's text sits in the system's file cache, which
/// the kernel may drop and read again, rather than in the process's own memory.
///
/// The file is unlinked as soon as it is made: nothing is left behind, whatever ends the run.
/// It lives until the store and every article stored in it are gone. Writes and reads may come
/// from any thread.
public final class BodyStore: @unchecked Sendable {
    /// Where one body lies in the file: its paragraphs' encoding, then its Markdown's bytes.
    struct Slot: Sendable {
        var offset: Int
        var paragraphBytes: Int
        var markdownBytes: Int
    }

    private let descriptor: Int32
    private let lock = NSLock()
    /// The end of the file, where the next body goes.
    private var end = 0

    /// A store in `directory`, or nil when no file can be made there.
    public init?(directory: URL = FileManager.default.temporaryDirectory) {
        var template = Array(directory.appendingPathComponent("gazette-bodies-XXXXXX").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Writes a body; nil when the file cannot take it (a full disk), and the body stays in memory.
    func store(paragraphs: [String], markdown: String) -> Slot? {
        var out = BinaryWriter()
        out.storage.reserveCapacity(paragraphs.reduce(markdown.utf8.count + 16) { $0 + $1.utf8.count + 5 })
        out.write(paragraphs) { $0.write($1) }
        let paragraphBytes = out.bytes.count
        out.storage.append(contentsOf: markdown.utf8)
        let bytes = out.bytes
        let offset = lock.withLock {
            defer { end += bytes.count }
            return end
        }
        guard write(bytes, at: offset) else { return nil }
        return Slot(offset: offset, paragraphBytes: paragraphBytes, markdownBytes: bytes.count - paragraphBytes)
    }

    func paragraphs(_ slot: Slot) -> [String] {
        var input = BinaryReader(read(slot.offset, count: slot.paragraphBytes))
        guard let paragraphs = input.readArray({ $0.readString() }), input.isAtEnd else {
            fatalError("Gazette's temporary file of article bodies does not read back as it was written")
        }
        return paragraphs
    }

    func markdown(_ slot: Slot) -> String {
        String(decoding: read(slot.offset + slot.paragraphBytes, count: slot.markdownBytes), as: UTF8.self)
    }

    private func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }

    /// The bytes written at `offset`. A body that was written but cannot be read back is a
    /// failing disk: the build stops rather than render articles without their text.
    private func read(_ offset: Int, count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                let n = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else {
                    fatalError("cannot read Gazette's temporary file of article bodies (errno \(errno))")
                }
                done += n
            }
            initialized = count
        }
    }
}

/// An article's body text: in memory, or in a `BodyStore`. Two bodies are equal when their
/// texts are, wherever they are kept.
struct BodyText: Sendable, Hashable {
    private enum Storage: Sendable {
        case inline(paragraphs: [String], markdown: String)
        case stored(BodyStore, BodyStore.Slot)
    }

    private var storage: Storage

    init(paragraphs: [String], markdown: String) {
        storage = .inline(paragraphs: paragraphs, markdown: markdown)
    }

    var paragraphs: [String] {
        get {
            switch storage {
            case .inline(let paragraphs, _): paragraphs
            case .stored(let store, let slot): store.paragraphs(slot)
            }
        }
        set { storage = .inline(paragraphs: newValue, markdown: markdown) }
    }

    var markdown: String {
        get {
            switch storage {
            case .inline(_, let markdown): markdown
            case .stored(let store, let slot): store.markdown(slot)
            }
        }
        set { storage = .inline(paragraphs: paragraphs, markdown: newValue) }
    }

    var isStored: Bool {
        if case .stored = storage { true } else { false }
    }

    /// Moves the text into `store`; it stays in memory if the store cannot take it.
    mutating func move(to store: BodyStore) {
        guard case .inline(let paragraphs, let markdown) = storage,
              let slot = store.store(paragraphs: paragraphs, markdown: markdown) else { return }
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
