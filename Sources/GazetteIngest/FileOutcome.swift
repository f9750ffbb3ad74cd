import GazetteCore

/// What ingest made of one file: an article or nothing, and what to tell the user.
struct FileOutcome: Sendable {
    var article: Article?
    var diagnostics: [Diagnostic] = []

    init(article: Article?, diagnostics: [Diagnostic] = []) {
        self.article = article
        self.diagnostics = diagnostics
    }

    /// No article, and the error that says why.
    static func skipped(_ diagnostic: Diagnostic) -> FileOutcome {
        FileOutcome(article: nil, diagnostics: [diagnostic])
    }
}

/// Keeps titles to a sane length.
enum TitleText {
    static let maxLength = 300

    static func limit(_ title: String) -> String {
        TextSanitizer.shorten(TextSanitizer.clean(title), to: maxLength)
    }
}
