import Foundation
import Testing
@testable import GazetteIngest

/// Corpus harness: with `GAZETTE_EXTRACTION_DIR` (a folder of `.html` pages) and
/// `GAZETTE_EXTRACTION_OUT` (a JSONL path) set, extracts every page and writes one line per
/// page in the shape `gazette analyze --body` prints (`path`, `title`, `body`), for
/// `score-extraction.py`. Skipped when the variables are unset; no corpus data lives here.
@Suite struct HTMLExtractionHarnessTests {
    static let directory = ProcessInfo.processInfo.environment["GAZETTE_EXTRACTION_DIR"]
    static let output = ProcessInfo.processInfo.environment["GAZETTE_EXTRACTION_OUT"]

    @Test(.enabled(if: directory != nil && output != nil, "set GAZETTE_EXTRACTION_DIR and GAZETTE_EXTRACTION_OUT"))
    func extractCorpus() throws {
        let folder = URL(fileURLWithPath: try #require(Self.directory))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }
            .sorted()
        var lines = ""
        for name in names {
            let extraction = HTMLExtractor.extract(try Data(contentsOf: folder.appendingPathComponent(name)))
            let record: [String: Any] = [
                "path": name,
                "title": extraction.title ?? "",
                "body": extraction.blocks.map(\.text).joined(separator: "\n\n"),
            ]
            let json = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            lines += String(decoding: json, as: UTF8.self) + "\n"
        }
        try lines.write(toFile: try #require(Self.output), atomically: true, encoding: .utf8)
        #expect(!names.isEmpty)
    }
}
