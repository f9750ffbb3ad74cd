import Foundation
import Mustache

/// HTML that a template inserts (`{{{card}}}`, `{{{article.body}}}`), made the first time a
/// template asks for it, then kept. A rebuild that finds a page unchanged by its fingerprint
/// never renders the story cards it lists or the article body it shows.
final class LazyHTML: MustacheCustomRenderable, @unchecked Sendable {
    /// What the HTML is made from, besides the page values beside it and the settings and
    /// templates (which seed every fingerprint): a card's link root, a body's Markdown.
    let source: String
    private let make: () -> String
    private var html: String?
    private let lock = NSLock()

    init(source: String, make: @escaping () -> String) {
        self.source = source
        self.make = make
    }

    var isNull: Bool { false }

    var renderText: String {
        lock.withLock {
            if let html { return html }
            let made = make()
            html = made
            return made
        }
    }
}
