import Foundation
import GazetteCore
import GazetteIngest

/// Where the links and images of each article that point beside it (`Article.links`) lead on
/// the site, like Hugo's page resources and `relref`:
///
/// - a link to another article's input file (`other-story.md#quote`) leads to that article's page;
/// - any other regular file of the input folder (`photos/harbour.jpg`, `report.pdf`) is copied
///   to `media/` under the same path, and the link leads there;
/// - anything else (a missing file, a folder, an input file that gave no article, a path that
///   leaves the input folder or passes through a hidden name, a symbolic link) is left as
///   written, so `gazette check` reports it.
///
/// Only files some article links to are copied: notes or drafts lying beside the articles are
/// never published by accident.
public struct ArticleLinks: Sendable {
    public enum Target: Sendable, Hashable {
        /// The page of the article with this slug.
        case article(slug: String)
        /// The input file at this path, copied to `media/<path>`.
        case file(path: String)
    }

    /// Per article (by index), each destination that leads somewhere, as written.
    let targets: [[String: (target: Target, suffix: String)]]
    /// The input files some article links to, by path, sorted: what `media/` holds.
    public let files: [String]
    /// A warning for each local link that leads nowhere, by article in path order.
    public let problems: [Diagnostic]

    public static let mediaFolder = "media/"

    /// No article links anywhere (a site built without its input folder).
    public init(count: Int) {
        targets = Array(repeating: [:], count: count)
        files = []
        problems = []
    }

    /// - Parameter inputDirectory: where the articles' paths start; files are looked for there.
    public init(articles: [Article], inputDirectory: URL) {
        let root = inputDirectory.standardizedFileURL.path
        var slugs: [String: String] = [:]
        for article in articles { slugs[article.path] = article.slug }
        var found: [String: Bool] = [:]
        var files: Set<String> = []
        var problems: [Diagnostic] = []
        targets = articles.map { article in
            var targets: [String: (Target, String)] = [:]
            for destination in article.links {
                // The article's image is left out when its file leads nowhere, not left as written.
                let what = article.image?.source == destination ? "the image \(destination) is left out" : "the link to \(destination) is left as written"
                guard let link = LocalLink(destination, in: article.path) else {
                    problems.append(.warning(article.path, "\(what): it leaves the input folder or names a hidden file"))
                    continue
                }
                if let slug = slugs[link.path] {
                    targets[destination] = (.article(slug: slug), link.suffix)
                    continue
                }
                let isFile = found[link.path] ?? Self.isPublishable(link.path, in: root)
                found[link.path] = isFile
                guard isFile else {
                    problems.append(.warning(article.path, "\(what): \(link.path) is no article and no readable file of the input folder (symbolic links are not followed)"))
                    continue
                }
                targets[destination] = (.file(path: link.path), link.suffix)
                files.insert(link.path)
            }
            return targets
        }
        self.files = files.sorted()
        self.problems = problems
    }

    /// Whether `path` is a readable regular file that is no article input, reached through
    /// folders only: no part of the path is a symbolic link (one could lead out of the input folder).
    private static func isPublishable(_ path: String, in root: String) -> Bool {
        guard !ArticleLoader.isArticleInput(path) else { return false }
        let parts = path.split(separator: "/")
        var current = root
        for (position, part) in parts.enumerated() {
            current += "/" + part
            var info = stat()
            guard lstat(current, &info) == 0 else { return false }
            let wanted = position == parts.count - 1 ? S_IFREG : S_IFDIR
            guard info.st_mode & S_IFMT == wanted else { return false }
        }
        return access(current, R_OK) == 0
    }

    /// The URL that replaces `destination` in article `index`'s body, for a page or feed whose
    /// links to the site root start with `root` (`"../"` on an article page, the base URL in a
    /// feed); `nil` to leave it as written.
    public func url(for destination: String, in index: Int, root: String) -> String? {
        guard let (target, suffix) = targets[index][destination] else { return nil }
        switch target {
        case .article(let slug): return root + SitePaths.article(slug) + suffix
        case .file(let path): return root + Self.mediaFolder + PercentEncoding.encoded(path: path) + suffix
        }
    }

    /// The URL of the copied file `destination` in article `index` names (as `url(for:in:root:)`);
    /// `nil` when it leads to an article's page or nowhere: what an image may show.
    public func fileURL(for destination: String, in index: Int, root: String) -> String? {
        guard case .file = targets[index][destination]?.target else { return nil }
        return url(for: destination, in: index, root: root)
    }

    /// The input folder's path of the file `destination` in article `index` names, when it is
    /// one that is copied to `media/`.
    func filePath(for destination: String, in index: Int) -> String? {
        guard case .file(let path) = targets[index][destination]?.target else { return nil }
        return path
    }

    /// Whether some local link of article `index` leads somewhere.
    func leadsAnywhere(_ index: Int) -> Bool { !targets[index].isEmpty }

    /// Article `index`'s destinations that lead somewhere, with their URLs from the site root,
    /// sorted: what its page key hashes (a linked article's slug may change).
    func resolved(_ index: Int) -> [(String, String)] {
        targets[index].keys.sorted().map { ($0, url(for: $0, in: index, root: "") ?? "") }
    }
}
