import Foundation

/// `gazette check`: verifies a built site without a server. Every internal `href`/`src`
/// (relative or root-relative) must name a file of the site, every `#fragment` an `id` in its
/// page; `.xml` files must be well-formed XML and `feed.json` a JSON Feed with `version` and
/// `items`. Links with a scheme (`https:`, `mailto:`) or a host (`//…`) are not followed.
public struct SiteChecker {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// All problems found, sorted by file.
    /// - Throws: `CheckError` when `root` is not a folder.
    public func check() throws -> [SiteProblem] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CheckError(message: "\(root.path) is not a folder; build the site first or pass --site")
        }
        let files = Self.files(in: root)
        var problems: [SiteProblem] = []
        for required in ["index.html", "404.html"] where !files.contains(required) {
            problems.append(SiteProblem(required, "missing"))
        }
        var pages: [String: HTMLScanner] = [:]
        for file in files.sorted() {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path) else {
                problems.append(SiteProblem(file, "cannot be read"))
                continue
            }
            let lowered = file.lowercased()
            if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
                pages[file] = HTMLScanner(String(decoding: data, as: UTF8.self))
            } else if lowered.hasSuffix(".xml") {
                problems += FeedChecks.xml(data, file: file)
            } else if file == "feed.json" {
                problems += FeedChecks.jsonFeed(data, file: file)
            }
        }
        let resolver = LinkResolver(files: files, ids: pages.mapValues(\.ids))
        for (file, page) in pages {
            for link in page.links {
                if let problem = resolver.problem(with: link.value, in: file) {
                    problems.append(SiteProblem(file, "<\(link.tag) \(link.attribute)=\"\(link.value)\">: \(problem)"))
                }
            }
        }
        return Array(Set(problems)).sorted()
    }

    /// Paths of the files below `root`, relative to it, without hidden files (the manifest).
    static func files(in root: URL) -> Set<String> {
        var files: Set<String> = []
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return files }
        while let relative = walker.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                walker.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                files.insert(relative)
            }
        }
        return files
    }
}

/// Why `gazette check` could not check at all.
public struct CheckError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "error: \(message)" }
}
