import Foundation
import GazetteCore

/// Reads the repository's `seeds/` samples crudely (non-empty lines as paragraphs, no title),
/// so the analysis is tested on real, uncleaned text without depending on ingest.
enum SeedFiles {
    static func load() throws -> [Article] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            let paragraphs = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            return Fixtures.article(name, paragraphs)
        }
    }
}
