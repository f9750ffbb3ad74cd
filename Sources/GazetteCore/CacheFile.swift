import Foundation

/// A file of byte entries keyed by `Hash128`, written once in order and read entry by entry.
public struct CacheFile: Sendable {
    public let path: String
    /// Entries written under another version are not read.
    public let version: String

    public init(path: String, version: String) {
        self.path = path
        self.version = version
    }

    static let magic = Array("GZTXC1\n".utf8)
    static let endMagic = Array("GZTXEND\n".utf8)
}

// Layout (integers little-endian):
//   "GZTXC1\n", u32 version length, version bytes,
//   entries, one after the other,
//   varint count, then per entry: u64 key high, u64 key low, u64 offset, u32 length,
//   u64 offset of that index, "GZTXEND\n".

/// Reads entries of a cache file with `pread` (safe from several threads at once).
public final class CacheFileReader: Sendable {
    private let fd: Int32
    let entries: [Hash128: (offset: Int64, length: Int)]
    /// Where the entries end and the index begins; bytes before it never change.
    let indexOffset: Int64
    /// The file read (device and inode), so that a writer can tell it is still at the path.
    let identity: (device: UInt64, inode: UInt64)

    /// Opens `cache`'s file; `nil` when it is missing, damaged, of another version, or being
    /// extended by a `CacheFileWriter` right now.
    public init?(_ cache: CacheFile) {
        let fd = open(cache.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        // A writer extending the file holds an exclusive lock until its index is written (a
        // file system without locks reads on; its writers never extend files in place).
        let locked = flock(fd, LOCK_SH | LOCK_NB) == 0
        guard locked || errno != EWOULDBLOCK else {
            close(fd)
            return nil
        }
        defer { if locked { flock(fd, LOCK_UN) } }
        var info = stat()
        guard fstat(fd, &info) == 0, let (entries, indexOffset) = Self.index(fd: fd, version: cache.version) else {
            close(fd)
            return nil
        }
        self.fd = fd
        self.entries = entries
        self.indexOffset = indexOffset
        identity = (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    deinit { close(fd) }

    /// The stored bytes for `key`, if any.
    public func bytes(for key: Hash128) -> [UInt8]? {
        entry(for: key)?.bytes
    }

    /// The stored bytes for `key` and where they start in the file, if any.
    public func entry(for key: Hash128) -> (bytes: [UInt8], offset: Int64)? {
        guard let entry = entries[key], let bytes = Self.read(fd, at: entry.offset, count: entry.length) else { return nil }
        return (bytes, entry.offset)
    }

    /// `count` bytes at `offset` of the file (part of an entry, as `entry(for:)` placed it).
    /// The bytes of entries never change while a reader has the file open.
    public func bytes(at offset: Int64, count: Int) -> [UInt8]? {
        Self.read(fd, at: offset, count: count)
    }

    private static func index(fd: Int32, version: String) -> ([Hash128: (offset: Int64, length: Int)], Int64)? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int64(info.st_size)
        let versionBytes = Array(version.utf8)
        let headerSize = CacheFile.magic.count + 4 + versionBytes.count
        let footerSize = 8 + CacheFile.endMagic.count
        guard size >= Int64(headerSize + 4 + footerSize),
              let header = read(fd, at: 0, count: headerSize),
              header == CacheFile.magic + Self.littleEndian(UInt32(versionBytes.count)) + versionBytes,
              let footer = read(fd, at: size - Int64(footerSize), count: footerSize),
              Array(footer[8...]) == CacheFile.endMagic
        else { return nil }
        var footerReader = BinaryReader(Array(footer[..<8]))
        guard let indexOffset: UInt64 = footerReader.read(), Int64(indexOffset) >= Int64(headerSize),
              Int64(indexOffset) <= size - Int64(footerSize + 4),
              let table = read(fd, at: Int64(indexOffset), count: Int(size - Int64(footerSize) - Int64(indexOffset)))
        else { return nil }
        var input = BinaryReader(table)
        guard let rows = input.readArray({ input -> (Hash128, Int64, Int)? in
            guard let high: UInt64 = input.read(), let low: UInt64 = input.read(), let offset: UInt64 = input.read(),
                  let length: UInt32 = input.read(), offset >= UInt64(headerSize),
                  offset + UInt64(length) <= indexOffset else { return nil }
            return (Hash128(high: high, low: low), Int64(offset), Int(length))
        }), input.isAtEnd else { return nil }
        var entries: [Hash128: (offset: Int64, length: Int)] = [:]
        entries.reserveCapacity(rows.count)
        for (key, offset, length) in rows { entries[key] = (offset, length) }
        return (entries, Int64(indexOffset))
    }

    static func read(_ fd: Int32, at offset: Int64, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset) + off_t(done)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return nil }
            done += got
        }
        return bytes
    }

    fileprivate static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}

/// Writes a cache file, in one of two ways:
/// - fresh: a new file next to the old one, renamed into place when finished; a writer that
///   fails (or is never finished) leaves the old file as it was;
/// - in place, continuing the file a `CacheFileReader` opened: entries it holds are kept where
///   they are and only new ones are appended, after its entries, with a new index. A rebuild
///   that changed one article then writes one entry, not the whole file again. Bytes before the
///   old index never change, so readers of the old index (this build's own) stay valid. The file
///   is locked while it has no index; readers then see no cache. Entries no longer wanted stay
///   in the file until they make up a fifth of it; `finish` then writes it afresh.
public struct CacheFileWriter: ~Copyable {
    private let cache: CacheFile
    /// The fresh file being written; nil when writing in place.
    private let temporary: String?
    private var fd: Int32
    private var offset: UInt64 = 0
    private var rows: [(key: Hash128, offset: UInt64, length: UInt32)] = []
    private var written = Set<Hash128>()
    /// In place: the entries the file held, where its header ends, and how many bytes of those
    /// entries are kept.
    private var base: [Hash128: (offset: Int64, length: Int)] = [:]
    private var headerEnd: UInt64 = 0
    private var baseEnd: UInt64 = 0
    private var kept: UInt64 = 0

    /// - Parameter reader: the reader of `cache`'s file, to continue it in place; a fresh file
    ///   is written when there is none, or when the file cannot be locked or is no longer the
    ///   one the reader opened.
    public init?(_ cache: CacheFile, continuing reader: CacheFileReader? = nil) {
        self.cache = cache
        let folder = (cache.path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let header = CacheFile.magic + CacheFileReader.littleEndian(UInt32(cache.version.utf8.count)) + Array(cache.version.utf8)
        if let reader, let fd = Self.openInPlace(cache.path, reader) {
            self.fd = fd
            temporary = nil
            base = reader.entries
            headerEnd = UInt64(header.count)
            baseEnd = UInt64(reader.indexOffset)
            offset = baseEnd
            return
        }
        let temporary = cache.path + ".\(getpid()).tmp"
        self.temporary = temporary
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        guard append(header) else { return nil }
    }

    /// The file open for writing, locked and cut back to its entries; nil when it cannot be.
    private static func openInPlace(_ path: String, _ reader: CacheFileReader) -> Int32? {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        let footerSize = 8 + CacheFile.endMagic.count
        // Still the file the reader read, with the index it read: another build may have
        // extended it since, and cutting it back would pull entries from under that build's
        // readers (its index ends elsewhere, so the check is exact).
        guard flock(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &info) == 0,
              UInt64(info.st_dev) == reader.identity.device, UInt64(info.st_ino) == reader.identity.inode,
              Int64(info.st_size) > reader.indexOffset + Int64(footerSize),
              let footer = CacheFileReader.read(fd, at: Int64(info.st_size) - Int64(footerSize), count: footerSize),
              Array(footer[8...]) == CacheFile.endMagic,
              footer.withUnsafeBytes({ UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }) == UInt64(reader.indexOffset),
              ftruncate(fd, off_t(reader.indexOffset)) == 0, lseek(fd, off_t(reader.indexOffset), SEEK_SET) >= 0
        else {
            close(fd)
            return nil
        }
        return fd
    }

    deinit {
        guard fd >= 0 else { return }
        if let temporary {
            close(fd)
            unlink(temporary)
        } else {
            // In place and never finished: index what is there, the old entries included, so
            // that the file stays usable (if this fails, it has no index and is not read).
            var all = rows
            for (key, entry) in base where !written.contains(key) {
                all.append((key, UInt64(entry.offset), UInt32(entry.length)))
            }
            all.sort { $0.offset < $1.offset }
            _ = Self.writeAll(fd, Self.index(all, at: offset))
            close(fd)
        }
    }

    /// Adds new entries (an entry already added under the same key is skipped).
    /// - Returns: false when the file could not be written; the writer is then closed.
    @discardableResult
    public mutating func add(_ entries: [(key: Hash128, bytes: [UInt8])]) -> Bool {
        add(entries.map { ($0.key, $0.bytes, false) })
    }

    /// Adds entries; in place, one `reused` (its bytes read from the file being continued, as
    /// `Cached.stored` says) is kept where it is. A value worked out again under a key the
    /// file holds (its bytes did not decode) is written anew.
    /// - Returns: false when the file could not be written; the writer is then closed.
    @discardableResult
    public mutating func add(_ entries: [(key: Hash128, bytes: [UInt8], reused: Bool)]) -> Bool {
        for (key, bytes, reused) in entries where written.insert(key).inserted {
            guard fd >= 0 else { return false }
            if reused, let entry = base[key], entry.length == bytes.count {
                rows.append((key, UInt64(entry.offset), UInt32(entry.length)))
                kept += UInt64(entry.length)
                continue
            }
            rows.append((key, offset, UInt32(bytes.count)))
            guard append(bytes) else { return false }
        }
        return fd >= 0
    }

    /// Writes the index and, for a fresh file, renames it over the old cache.
    public consuming func finish() -> Bool {
        guard fd >= 0 else { return false }
        if temporary == nil {
            let unused = baseEnd - headerEnd - kept
            if unused > (offset - headerEnd) / 5 { return rewrite() }
            let done = appendIndex()
            close(fd)
            fd = -1
            return done
        }
        guard appendIndex() else { return false }
        let closed = close(fd) == 0
        fd = -1
        guard closed, rename(temporary!, cache.path) == 0 else {
            unlink(temporary!)
            return false
        }
        return true
    }

    /// Finishes an in-place file by copying the entries wanted into a fresh one.
    private mutating func rewrite() -> Bool {
        defer {
            close(fd)
            fd = -1
        }
        guard var fresh = CacheFileWriter(cache) else { return false }
        for row in rows {
            guard let bytes = CacheFileReader.read(fd, at: Int64(row.offset), count: Int(row.length)),
                  fresh.add([(row.key, bytes)]) else { return false }
        }
        return fresh.finish()
    }

    /// Writes the index of `rows` and the footer.
    private mutating func appendIndex() -> Bool {
        append(Self.index(rows, at: offset))
    }

    /// The index of `rows` and the footer, for an index starting at `offset`.
    private static func index(_ rows: [(key: Hash128, offset: UInt64, length: UInt32)], at offset: UInt64) -> [UInt8] {
        var index = BinaryWriter()
        index.write(rows) { out, row in
            out.write(row.key.high)
            out.write(row.key.low)
            out.write(row.offset)
            out.write(row.length)
        }
        index.write(offset)
        return index.bytes + CacheFile.endMagic
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let put = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if put < 0, errno == EINTR { continue }
            guard put > 0 else { return false }
            done += put
        }
        return true
    }

    private mutating func append(_ bytes: [UInt8]) -> Bool {
        guard Self.writeAll(fd, bytes) else {
            close(fd)
            if let temporary { unlink(temporary) }
            fd = -1
            return false
        }
        offset += UInt64(bytes.count)
        return true
    }
}

/// A value read back from a cache file or worked out, with the entry the next build needs.
public struct Cached<Value> {
    public var value: Value
    /// The entry to write (the bytes read, or the new value encoded); nil without a key.
    public var entry: (key: Hash128, bytes: [UInt8])?
    public var reused = false

    /// `entry` and whether its bytes were read from the cache (for `CacheFileWriter.add`).
    public var stored: (key: Hash128, bytes: [UInt8], reused: Bool)? {
        entry.map { ($0.key, $0.bytes, reused) }
    }

    /// The value stored under `key` when it decodes, else `make()`; without a key, just `make()`.
    public init(key: Hash128?, reader: CacheFileReader?, decode: ([UInt8]) -> Value?, encode: (Value) -> [UInt8],
         make: () -> Value) {
        self.init(key: key, reader: reader, decodeAt: { bytes, _ in decode(bytes) }, encode: encode, make: make)
    }

    /// `init(key:reader:decode:…)` whose `decode` is also told where the entry starts in the
    /// reader's file, to read parts of it later (`CacheFileReader.bytes(at:count:)`).
    public init(key: Hash128?, reader: CacheFileReader?, decodeAt decode: ([UInt8], Int64) -> Value?,
                encode: (Value) -> [UInt8], make: () -> Value) {
        guard let key else {
            value = make()
            return
        }
        if let (bytes, offset) = reader?.entry(for: key), let stored = decode(bytes, offset) {
            (value, entry, reused) = (stored, (key, bytes), true)
        } else {
            value = make()
            entry = (key, encode(value))
        }
    }
}

extension Cached: Sendable where Value: Sendable {}
