import Foundation
import Testing

@testable import GazetteSite

/// The committed `site/` must be exactly what the current code builds from `seeds/`.
/// Re-record with `GAZETTE_RECORD=1 swift test --filter GoldenSiteTests` (or `gazette build`).
@Suite("Committed site", .serialized)
struct GoldenSiteTests {
    static func config() throws -> SiteConfig {
        let file = Repository.root.appendingPathComponent("gazette.yml")
        return FileManager.default.fileExists(atPath: file.path) ? try SiteConfig.load(from: file) : SiteConfig()
    }

    @Test("site/ is byte for byte the build of seeds/")
    func committedSiteMatches() throws {
        let builder = try SiteBuilder(config: try Self.config(), templatesDirectory: Repository.templates)
        if ProcessInfo.processInfo.environment["GAZETTE_RECORD"] == "1" {
            _ = try builder.build(inputDirectory: Repository.seeds, output: Repository.site, strict: false)
        }
        let temporary = try TemporaryFolder()
        let output = temporary.url.appendingPathComponent("site")
        _ = try builder.build(inputDirectory: Repository.seeds, output: output, strict: false)
        let expected = try SiteFiles.read(Repository.site)
        let actual = try SiteFiles.read(output)
        #expect(!expected.isEmpty, "site/ is missing: record it with GAZETTE_RECORD=1")
        #expect(Set(actual.keys).subtracting(expected.keys).sorted() == [], "files missing from site/")
        #expect(Set(expected.keys).subtracting(actual.keys).sorted() == [], "stale files in site/")
        let different = actual.keys.sorted().filter { expected[$0] != nil && expected[$0] != actual[$0] }
        #expect(different == [], "site/ differs from a fresh build; re-record with GAZETTE_RECORD=1")
    }

    @Test("two builds of the same input are identical")
    func deterministic() throws {
        let builder = try SiteBuilder(config: try Self.config(), templatesDirectory: Repository.templates)
        let temporary = try TemporaryFolder()
        let first = temporary.url.appendingPathComponent("one")
        let second = temporary.url.appendingPathComponent("two")
        _ = try builder.build(inputDirectory: Repository.seeds, output: first, strict: false)
        _ = try builder.build(inputDirectory: Repository.seeds, output: second, strict: false)
        #expect(try SiteFiles.read(first) == SiteFiles.read(second))
    }
}
