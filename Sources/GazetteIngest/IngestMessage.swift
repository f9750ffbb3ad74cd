import GazetteCore

/// The text of every diagnostic ingest reports, in one place so tests can pin it.
///
/// Messages are lower-case and read like a compiler's; the location (`path:line:column`) is
/// carried by the `Diagnostic`, never repeated here.
enum IngestMessage {
    static let emptyFile = "empty file; skipped"
    static let binaryFile = "binary file (not text); skipped"
    static let noText = "no article text found; skipped"
    static let unclosedFrontMatter = "front matter: no closing '---' line; skipped"
    static let frontMatterNotMapping = "front matter: expected a mapping; skipped"
    static let draftSkipped = "draft; skipped (drafts are not published)"

    static func unreadable(_ reason: String) -> String { "cannot read file: \(reason); skipped" }

    static func invalidUTF8(_ count: Int) -> String {
        "invalid UTF-8: \(count) byte sequence\(count == 1 ? "" : "s") replaced with U+FFFD"
    }

    static func truncated(limit: Int, kept: Int) -> String {
        "file is larger than \(limit) bytes; read the first \(kept) bytes, up to a paragraph boundary"
    }

    static func frontMatterSyntax(_ problem: String) -> String { "front matter: \(problem); skipped" }

    static func frontMatterType(_ key: String, _ expected: String) -> String {
        "front matter: '\(key)' should be \(expected); ignored"
    }

    static func unreadableDate(_ text: String) -> String {
        "front matter: cannot read date '\(text.prefix(60))'; ignored"
    }

    static func unsafeURL(_ text: String) -> String {
        "front matter: url '\(text.prefix(60))' is not http or https; ignored"
    }

    static func unusableImage(_ text: String) -> String {
        "front matter: image '\(text.prefix(60))' is neither a path beside the article nor an http or https URL; ignored"
    }

    static func staleUpdate(_ updated: PublicationDate, published: PublicationDate) -> String {
        "front matter: updated date \(updated) is not after the date \(published); ignored"
    }

    static let tooManyParams = "front matter: more than \(ArticleParam.maximumCount) keys Gazette does not read; the rest are left out"

    static func unusableAlias(_ text: String) -> String {
        "front matter: alias '\(text.prefix(60))' names no page of a static site (a path such as /2015/07/story/ or /news/story.html); ignored"
    }

    static func tooManyAliases(_ count: Int) -> String {
        "front matter: \(count) aliases; only the first \(AliasPath.maximumCount) are used"
    }

    static func html(_ warning: String) -> String { "html: \(warning)" }
}
