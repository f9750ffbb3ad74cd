import Foundation
import Testing

@testable import GazetteSite

/// A fresh temporary folder per test, removed when the value is dropped.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ text: String, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}

enum Repository {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let seeds = root.appendingPathComponent("seeds")
    static let site = root.appendingPathComponent("site")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}

enum SiteFiles {
    /// Every regular file below `folder` with its bytes, keyed by relative path.
    static func read(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in OutputFolder.regularFiles(in: folder) {
            files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return files
    }

    /// Relative `href` and `src` targets of an HTML page that do not exist in the site.
    /// A deliberately small scanner for our own generated HTML (double-quoted attributes).
    static func brokenLinks(in page: String, html: String, site: URL) -> [String] {
        var broken: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                let target = String(tail[..<end]).replacingOccurrences(of: "&amp;", with: "&")
                rest = tail[end...]
                if target.contains(":") || target.hasPrefix("/") || target.hasPrefix("#") || target.isEmpty { continue }
                let written = String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                    .split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
                let path = written.removingPercentEncoding ?? written
                let resolved = site.appendingPathComponent(page).deletingLastPathComponent()
                    .appendingPathComponent(path).standardizedFileURL
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory)
                if !exists || (isDirectory.boolValue && !FileManager.default.fileExists(atPath: resolved.appendingPathComponent("index.html").path)) {
                    broken.append("\(page): \(target)")
                }
            }
        }
        return broken
    }
}
