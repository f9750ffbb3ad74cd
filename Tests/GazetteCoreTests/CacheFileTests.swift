import Foundation
import Testing

@testable import GazetteCore

@Suite("Cache file")
struct CacheFileTests {
    /// A cache file in a folder of its own, removed afterwards.
    static func withCache(_ body: (CacheFile) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cachefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(CacheFile(path: folder.appendingPathComponent("test.cache").path, version: "test 1"))
    }

    static func key(_ n: UInt64) -> Hash128 { Hash128(high: n, low: ~n) }

    static func entry(_ n: UInt64, length: Int = 1_000) -> (key: Hash128, bytes: [UInt8]) {
        (key(n), (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ Int(n)) })
    }

    static func size(_ cache: CacheFile) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: cache.path)[.size] as? Int) ?? -1
    }

    static func write(_ cache: CacheFile, _ entries: [(key: Hash128, bytes: [UInt8])], continuing reader: CacheFileReader? = nil) throws {
        guard var writer = CacheFileWriter(cache, continuing: reader) else {
            Issue.record("no writer for \(cache.path)")
            return
        }
        // As `Cached` gives them: reused when the reader holds these very bytes.
        let added = writer.add(entries.map { ($0.key, $0.bytes, reader?.bytes(for: $0.key) == $0.bytes) })
        #expect(added)
        let finished = writer.finish()
        #expect(finished)
    }

    @Test("a rebuild that keeps most entries appends only the new ones; every reader reads its own entries")
    func inPlace() throws {
        try Self.withCache { cache in
            let first = (0..<20).map { Self.entry($0) }
            try Self.write(cache, first)
            let before = Self.size(cache)
            let reader = try #require(CacheFileReader(cache))
            // Entry 3 replaced by 100, and 7 worked out again (its stored bytes did not decode).
            let second = first.map { $0.key == Self.key(7) ? ($0.key, Array(repeating: 1, count: 1_000)) : $0 }
                .filter { $0.key != Self.key(3) } + [Self.entry(100)]
            try Self.write(cache, second, continuing: reader)
            let after = Self.size(cache)
            // The file grew by the two new entries (the index has as many rows as before),
            // not by a whole new copy.
            #expect(after == before + 2 * 1_000)
            let again = try #require(CacheFileReader(cache))
            for (key, bytes) in second { #expect(again.bytes(for: key) == bytes) }
            #expect(again.bytes(for: Self.key(3)) == nil)
            // The first reader still reads the entries it indexed.
            for (key, bytes) in first { #expect(reader.bytes(for: key) == bytes) }
        }
    }

    @Test("when unused entries pass a fifth of the file, it is written afresh")
    func rewrite() throws {
        try Self.withCache { cache in
            try Self.write(cache, (0..<10).map { Self.entry($0) })
            let full = Self.size(cache)
            // Keep 9 of 10: one unused entry (a tenth) stays in the file.
            try Self.write(cache, (0..<9).map { Self.entry($0) }, continuing: CacheFileReader(cache))
            #expect(Self.size(cache) > full - 100)
            // Keep 6 of those 9: four tenths unused, so the file shrinks to the six.
            try Self.write(cache, (0..<6).map { Self.entry($0) }, continuing: CacheFileReader(cache))
            #expect(Self.size(cache) < full * 7 / 10)
            let reader = try #require(CacheFileReader(cache))
            for n: UInt64 in 0..<10 { #expect((reader.bytes(for: Self.key(n)) != nil) == (n < 6), "entry \(n)") }
            #expect(reader.bytes(for: Self.key(5)) == Self.entry(5).bytes)
        }
    }

    @Test("while a writer extends the file, readers see no cache and a second writer writes afresh")
    func locked() throws {
        try Self.withCache { cache in
            try Self.write(cache, (0..<5).map { Self.entry($0) })
            guard var writer = CacheFileWriter(cache, continuing: CacheFileReader(cache)) else {
                Issue.record("no writer")
                return
            }
            let added = writer.add((0..<5).map { (Self.key($0), Self.entry($0).bytes, true) } + [(Self.key(50), Self.entry(50).bytes, false)])
            #expect(added)
            #expect(CacheFileReader(cache) == nil)
            // The second writer cannot lock the file: it writes a new one and renames it into
            // place; the first then finishes the file it had, no longer at the path.
            try Self.write(cache, [Self.entry(60)], continuing: nil)
            let finished = writer.finish()
            #expect(finished)
            let reader = try #require(CacheFileReader(cache))
            #expect(reader.bytes(for: Self.key(60)) == Self.entry(60).bytes)
            #expect(reader.bytes(for: Self.key(50)) == nil)
        }
    }

    @Test("a writer whose reader is out of date writes afresh, and readers of the newer index still read it")
    func staleReader() throws {
        try Self.withCache { cache in
            try Self.write(cache, (0..<5).map { Self.entry($0) })
            let first = try #require(CacheFileReader(cache)), second = try #require(CacheFileReader(cache))
            // One build extends the file; a third reads the index it wrote.
            try Self.write(cache, (0..<5).map { Self.entry($0) } + [Self.entry(50)], continuing: first)
            let third = try #require(CacheFileReader(cache))
            // A build that read the file before the first extended it must not cut it back.
            try Self.write(cache, (0..<5).map { Self.entry($0) } + [Self.entry(60, length: 2_000)], continuing: second)
            #expect(third.bytes(for: Self.key(50)) == Self.entry(50).bytes)
            let last = try #require(CacheFileReader(cache))
            #expect(last.bytes(for: Self.key(60)) == Self.entry(60, length: 2_000).bytes)
            #expect(last.bytes(for: Self.key(50)) == nil)
        }
    }

    @Test("an in-place writer dropped unfinished leaves the old entries and the new ones readable")
    func abandoned() throws {
        try Self.withCache { cache in
            try Self.write(cache, (0..<5).map { Self.entry($0) })
            do {
                guard var writer = CacheFileWriter(cache, continuing: CacheFileReader(cache)) else {
                    Issue.record("no writer")
                    return
                }
                let added = writer.add([Self.entry(2), Self.entry(70)])
                #expect(added)
            }
            let reader = try #require(CacheFileReader(cache))
            for n: UInt64 in [0, 1, 2, 3, 4, 70] { #expect(reader.bytes(for: Self.key(n)) == Self.entry(n).bytes, "entry \(n)") }
        }
    }

    @Test("a damaged file is not read, and a writer given no reader replaces it")
    func damaged() throws {
        try Self.withCache { cache in
            try Self.write(cache, (0..<3).map { Self.entry($0) })
            let handle = try #require(FileHandle(forUpdatingAtPath: cache.path))
            try handle.truncate(atOffset: UInt64(Self.size(cache) - 3))
            try handle.close()
            let reader = CacheFileReader(cache)
            #expect(reader == nil)
            try Self.write(cache, [Self.entry(9)], continuing: reader)
            #expect(try #require(CacheFileReader(cache)).bytes(for: Self.key(9)) == Self.entry(9).bytes)
        }
    }
}
