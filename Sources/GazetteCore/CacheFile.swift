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
    private let entries: [Hash128: (offset: Int64, length: Int)]

    /// Opens `cache`'s file; `nil` when it is missing, damaged or of another version.
    public init?(_ cache: CacheFile) {
        let fd = open(cache.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        guard let entries = Self.index(fd: fd, version: cache.version) else {
            close(fd)
            return nil
        }
        self.fd = fd
        self.entries = entries
    }

    deinit { close(fd) }

    /// The stored bytes for `key`, if any.
    public func bytes(for key: Hash128) -> [UInt8]? {
        guard let entry = entries[key] else { return nil }
        return Self.read(fd, at: entry.offset, count: entry.length)
    }

    private static func index(fd: Int32, version: String) -> [Hash128: (offset: Int64, length: Int)]? {
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
        return entries
    }

    private static func read(_ fd: Int32, at offset: Int64, count: Int) -> [UInt8]? {
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

/// Writes a new cache file next to the old one and renames it into place when finished;
/// a writer that fails (or is never finished) leaves the old file as it was.
public struct CacheFileWriter: ~Copyable {
    private let target: String
    private let temporary: String
    private var fd: Int32
    private var offset: UInt64 = 0
    private var rows: [(key: Hash128, offset: UInt64, length: UInt32)] = []
    private var written = Set<Hash128>()

    public init?(_ cache: CacheFile) {
        target = cache.path
        temporary = cache.path + ".\(getpid()).tmp"
        let folder = (cache.path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        let version = Array(cache.version.utf8)
        guard append(CacheFile.magic + CacheFileReader.littleEndian(UInt32(version.count)) + version) else { return nil }
    }

    deinit {
        if fd >= 0 {
            close(fd)
            unlink(temporary)
        }
    }

    /// Adds entries (an entry already added under the same key is skipped).
    /// - Returns: false when the file could not be written; the writer is then closed.
    @discardableResult
    public mutating func add(_ entries: [(key: Hash128, bytes: [UInt8])]) -> Bool {
        for (key, bytes) in entries where written.insert(key).inserted {
            guard fd >= 0 else { return false }
            rows.append((key, offset, UInt32(bytes.count)))
            guard append(bytes) else { return false }
        }
        return fd >= 0
    }

    /// Writes the index and renames the file over the old cache.
    public consuming func finish() -> Bool {
        guard fd >= 0 else { return false }
        var index = BinaryWriter()
        index.write(rows) { out, row in
            out.write(row.key.high)
            out.write(row.key.low)
            out.write(row.offset)
            out.write(row.length)
        }
        let indexOffset = offset
        index.write(indexOffset)
        guard append(index.bytes + CacheFile.endMagic) else { return false }
        let closed = close(fd) == 0
        fd = -1
        guard closed, rename(temporary, target) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private mutating func append(_ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let put = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if put < 0, errno == EINTR { continue }
            guard put > 0 else {
                close(fd)
                unlink(temporary)
                fd = -1
                return false
            }
            done += put
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

    /// The value stored under `key` when it decodes, else `make()`; without a key, just `make()`.
    public init(key: Hash128?, reader: CacheFileReader?, decode: ([UInt8]) -> Value?, encode: (Value) -> [UInt8],
         make: () -> Value) {
        guard let key else {
            value = make()
            return
        }
        if let bytes = reader?.bytes(for: key), let stored = decode(bytes) {
            (value, entry, reused) = (stored, (key, bytes), true)
        } else {
            value = make()
            entry = (key, encode(value))
        }
    }
}

extension Cached: Sendable where Value: Sendable {}
