/// A link or image destination in an article's Markdown that points at a file beside the
/// article (`photo.jpg`, `../2024/other-story.md#quote`), as opposed to a web address, an
/// absolute path or a fragment of the page itself.
public struct LocalLink: Sendable, Hashable {
    /// The target's path relative to the input folder, `/`-separated, percent-decoded, with `.`
    /// and `..` worked out (`2024/photos/a b.jpg`).
    public var path: String
    /// What followed the path in the destination, `?query` and `#fragment`, as written.
    public var suffix: String

    public init(path: String, suffix: String) {
        self.path = path
        self.suffix = suffix
    }

    /// Whether `destination` is relative to the page: not empty, no scheme (`https:`, `mailto:`,
    /// `javascript:`), not starting with `/`, `#`, `?` or `\`. Only these are ever resolved.
    public static func isLocal(_ destination: String) -> Bool {
        guard let first = destination.utf8.first, ![0x2F, 0x23, 0x3F, 0x5C].contains(first) else { return false }
        // A scheme is letters, digits, `+`, `-` or `.` before the first `:`, ahead of any `/`, `?` or `#`.
        for byte in destination.utf8 {
            switch byte {
            case 0x3A: return false
            case 0x2F, 0x3F, 0x23: return true
            default: continue
            }
        }
        return true
    }

    /// The file `destination` names, written in the article at `articlePath` (relative to the
    /// input folder); `nil` when it is not local, leaves the input folder, passes through a
    /// hidden file or folder (a name starting with `.`), holds a control character, a backslash
    /// or a bad percent escape, or names a folder.
    public init?(_ destination: String, in articlePath: String) {
        guard Self.isLocal(destination) else { return nil }
        let bytes = Array(destination.utf8)
        let end = bytes.firstIndex(where: { $0 == 0x3F || $0 == 0x23 }) ?? bytes.count
        guard end > 0, bytes[end - 1] != 0x2F, let decoded = PercentEncoding.decoded(bytes[..<end]).flatMap({ String(validating: $0, as: UTF8.self) }) else { return nil }
        var parts = articlePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default:
                // No control characters (a line break would split the site's manifest) and no backslash.
                guard !part.hasPrefix("."), !part.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x5C })
                else { return nil }
                parts.append(String(part))
            }
        }
        guard !parts.isEmpty else { return nil }
        path = parts.joined(separator: "/")
        suffix = String(decoding: bytes[end...], as: UTF8.self)
    }
}
