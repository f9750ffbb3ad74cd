import Foundation

/// The kinds of input files, told apart by extension.
enum InputKind: Sendable, Equatable {
    case text
    case markdown
    case html

    /// Nil for extensions Gazette does not read.
    init?(url: URL) {
        switch url.pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }
}
