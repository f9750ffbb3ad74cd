import Foundation
import Logging

/// A fresh temporary folder for one test, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-serve-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` at `path` (relative), creating folders.
    @discardableResult
    func write(_ text: String, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

enum Fixtures {
    /// The repository's `templates/` folder.
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    static var quietLogger: Logger {
        var logger = Logger(label: "gazette.serve.tests")
        logger.logLevel = .critical
        return logger
    }

    static func page(_ title: String, body: String = "") -> String {
        "<!DOCTYPE html><html><head><title>\(title)</title></head><body><h1 id=\"top-title\">\(title)</h1>\(body)</body></html>\n"
    }
}
