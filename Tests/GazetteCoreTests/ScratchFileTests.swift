import Foundation
import Testing

@testable import GazetteCore

@Suite("Scratch file")
struct ScratchFileTests {
    @Test("byte strings appended from several threads each read back as their own, empty ones too")
    func roundTrip() throws {
        let file = try #require(ScratchFile())
        let originals = (0..<400).map { i in (0..<(i * 37 % 300)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ i) } }
        let regions = Concurrent.map(originals.count) { file.append(originals[$0]) }
        let written = try regions.map { try #require($0) }
        #expect(written.map(\.count) == originals.map(\.count))
        // The regions tile the file: sorted by offset, each starts where the one before ends.
        let sorted = written.sorted { ($0.offset, $0.count) < ($1.offset, $1.count) }
        #expect(sorted.first?.offset == 0)
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.offset + $0.count == $1.offset })
        let readBack = Concurrent.map(written.count) { file.read(written[$0]) }
        #expect(readBack.indices.filter { readBack[$0] != originals[$0] } == [])
        #expect(originals.contains([]))
    }

    @Test("the file is gone from its folder as soon as it is made")
    func unlinked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(ScratchFile(directory: folder, prefix: "test-"))
        let region = try #require(file.append(Array("still readable".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
        #expect(file.read(region) == Array("still readable".utf8))
    }

    @Test("a folder where no file can be made gives no file")
    func noFolder() {
        #expect(ScratchFile(directory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")) == nil)
    }
}
