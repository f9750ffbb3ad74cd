import Foundation
import GazetteCore

/// Saved results of the per-article text pass (`ArticleText`: sentences, terms, shingle
/// signature, key-phrase candidates, entities, mentions), found again by the article's content,
/// so that a rebuild works out only the articles that changed. The corpus-wide steps always run
/// on every article, so a cached build gives the same analysis as one without the cache.
///
/// One file holds the entries; each build writes a new file with the entries of the articles it
/// read (so it never grows past the corpus) and renames it over the old one. The file is read
/// entry by entry with `pread`, never whole, so a warm cache costs no more memory than a cold one.
/// A file written by another `version` of the analyzer, or damaged, is ignored.
public struct TextCache: Sendable {
    public let path: String
    /// Identifies the code that wrote the entries (for example the executable's identity).
    public let version: String

    public init(path: String, version: String) {
        self.path = path
        self.version = version
    }

    /// How a build used the cache.
    public struct Report: Sendable, Equatable {
        /// Articles whose text was read from the cache.
        public var reused = 0
        /// Articles whose text was worked out.
        public var computed = 0
        /// Whether the new cache file was written.
        public var saved = false
    }

    /// An article's cache key: 128 bits over everything `ArticleText` reads of it.
    struct Key: Hashable, Sendable {
        var hash: Hash128

        init(hash: Hash128) {
            self.hash = hash
        }

        init(_ article: Article, keepEntities: Int) {
            var hasher = Hasher128()
            hasher.add(article.titleIsDerived ? "derived-title" : "title")
            hasher.add(article.title)
            hasher.add(UInt64(keepEntities))
            hasher.add(UInt64(article.paragraphs.count))
            for paragraph in article.paragraphs { hasher.add(paragraph) }
            hash = hasher.hash
        }
    }

    static let magic = Array("GZTXC1\n".utf8)
    static let endMagic = Array("GZTXEND\n".utf8)
}
