import Foundation
import Mustache

/// Story cards, built and rendered once per article and link root: a story is listed on many
/// pages (topic timelines, the front page, related stories), and rendering its card on every one
/// of them took a quarter of the rendering time for 10,000 articles. Rendering is deterministic,
/// so two threads that build the same card at once build the same one.
final class CardCache: @unchecked Sendable {
    private struct Key: Hashable {
        var index: Int
        var root: String
    }

    private var cards: [Key: [String: Any]] = [:]
    private let lock = NSLock()

    /// The card of `index` under `root`, made by `make` the first time.
    func card(_ index: Int, root: String, make: () -> [String: Any]) -> [String: Any] {
        let key = Key(index: index, root: root)
        if let known = lock.withLock({ cards[key] }) { return known }
        let card = make()
        lock.withLock { cards[key] = card }
        return card
    }
}

/// A card's HTML, rendered the first time a template asks for it (`{{{card}}}`), then kept: a
/// rebuild that finds a list page unchanged by its fingerprint never renders its cards.
final class LazyCard: MustacheCustomRenderable, @unchecked Sendable {
    /// The link root the card was made for (its HTML depends on it).
    let root: String
    private let make: () -> String
    private var html: String?
    private let lock = NSLock()

    init(root: String, make: @escaping () -> String) {
        self.root = root
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
