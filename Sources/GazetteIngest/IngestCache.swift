import Foundation
import GazetteCore

/// Parsed Markdown and saved HTML files kept between builds, found again by path and content,
/// so that a rebuild after an edit parses only the files that changed. A Markdown parse is a
/// function of the file's path and text, an HTML one of its path and bytes, so a cached outcome
/// is the outcome a parse would give. A build also passes the content hashes its state keeps,
/// so that an unchanged file is found without being read. Plain text is always parsed: its cleaning reads line
/// statistics of the whole corpus.
///
/// Each load writes a new file holding its own files' entries (so it never grows past the
/// corpus) and renames it over the old one. A file written by another `version`, or damaged,
/// is ignored.
public struct IngestCache: Sendable {
    let file: CacheFile

    /// A cache kept at `path`; `version` identifies the code that writes it (for example the
    /// executable's identity).
    public init(path: String, version: String) {
        file = CacheFile(path: path, version: "ingest " + version)
    }

    /// The key of the parse of Markdown or HTML `file` whose bytes hash to `stamp` (the FNV-1a
    /// hash a build's state keeps, trusted while the file's size and modification time stay as
    /// they were, as git and make trust them), read warnings included; `nil` for plain text (its
    /// parse reads the whole corpus's line statistics) or without a stamp.
    static func key(_ file: InputFile, stamp: UInt64?, maxBytes: Int) -> Hash128? {
        guard let stamp, stamp != 0, let kind = InputKind(url: file.url), kind != .text else { return nil }
        var hasher = Hasher128()
        hasher.add(kind == .markdown ? "markdown file" : "html file")
        hasher.add(file.path)
        hasher.add(stamp)
        hasher.add(UInt64(maxBytes))
        return hasher.hash
    }

    /// The key of `loaded`'s parse, or `nil` when its parse is not cached.
    static func key(_ loaded: LoadedFile) -> Hash128? {
        var hasher = Hasher128()
        switch loaded.content {
        case .text(let source) where loaded.kind == .markdown:
            hasher.add("markdown")
            hasher.add(loaded.path)
            hasher.add(source.text)
        case .bytes(let data, _):
            hasher.add("html")
            hasher.add(loaded.path)
            data.withUnsafeBytes { hasher.add(bytes: $0) }
        case .text, .rejected:
            return nil
        }
        return hasher.hash
    }
}
