import Foundation
@testable import GazetteIngest

/// A fresh temporary folder for one test, removed when the value goes away.
final class TempFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-ingest-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> InputFile {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: Data) throws -> InputFile {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return InputFile(url: file, path: name)
    }

    /// Loads every input file in the folder.
    func load(_ options: IngestOptions = IngestOptions()) throws -> IngestResult {
        ArticleLoader(options: options).load(try ArticleLoader.inputFiles(in: url))
    }
}
